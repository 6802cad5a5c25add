package kz.reglament.client;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import kz.reglament.api.ApiProblems;
import kz.reglament.api.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates a machine client by the {@code X-API-Key} header; a wrong key is refused, not ignored. */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-API-Key";

    private final ApiClients clients;
    private final ApiProblems problems;

    public ApiKeyAuthenticationFilter(ApiClients clients, ApiProblems problems) {
        this.clients = clients;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key != null) {
            Optional<ApiClient> client = clients.byKey(key);
            if (client.isEmpty()) {
                ProblemResponses.write(response, problems.problem(request, HttpStatus.UNAUTHORIZED, "UNKNOWN_API_KEY"));
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(new ApiClientAuthentication(client.get()));
        }
        chain.doFilter(request, response);
    }
}
