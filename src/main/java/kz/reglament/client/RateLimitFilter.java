package kz.reglament.client;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import kz.reglament.api.ApiProblems;
import kz.reglament.api.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each client gets its own token bucket of {@code requests-per-minute}; a client over its rate gets 429 with
 * Retry-After, and no other client notices. Buckets are per node: a cluster of N nodes admits up to N times the rate.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ApiProblems problems;

    public RateLimitFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiClientAuthentication client) {
            ApiClient caller = client.getPrincipal();
            ConsumptionProbe probe = buckets.computeIfAbsent(caller.id(), id -> bucketOf(caller.requestsPerMinute()))
                    .tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()));
                response.setHeader("Retry-After", Long.toString(seconds));
                ProblemResponses.write(response, problems.problem(request, HttpStatus.TOO_MANY_REQUESTS,
                        "RATE_LIMITED"));
                return;
            }
            response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        }
        chain.doFilter(request, response);
    }

    private static Bucket bucketOf(int requestsPerMinute) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(requestsPerMinute)
                .refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build()).build();
    }
}
