package kz.reglament.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import kz.reglament.support.ServiceNode;

/**
 * Portal submissions at a fixed rate, sustained, against the service in a JVM of its own with a 512 MB heap on
 * PostgreSQL, with every signature verified. The clock of each submission starts when it was due, not when a thread
 * got round to sending it, so a service that falls behind shows in the latencies instead of slowing the load.
 */
final class LoadPhase {

    private static final Duration WARM_UP = Duration.ofSeconds(30);
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(5);

    private final BenchSettings settings;

    LoadPhase(BenchSettings settings) {
        this.settings = settings;
    }

    Map<String, Object> run() throws Exception {
        try (Database database = Database.fresh("postgres", "load", settings)) {
            int port = ServiceNode.freePort();
            Map<String, String> properties = BenchService.properties(database,
                    "./target/bench/data-load-" + System.currentTimeMillis(), port);
            try (ServiceNode node = ServiceNode.launch("bench-load", port, serviceJvmOptions(),
                    BenchService.class.getName(), properties).awaitReady()) {
                ServiceApi api = new ServiceApi(node.url(""));
                System.out.printf("load: warming up for %s at %d/s%n", WARM_UP, settings.loadRate());
                submitAtRate(api, WARM_UP);
                System.out.printf("load: measuring for %s at %d/s%n", settings.loadDuration(), settings.loadRate());
                Map<String, Object> result = submitAtRate(api, settings.loadDuration());
                // The intake steps each submission starts (fee, signature, registration).
                result.put("asyncJobsLeftAtEnd", database.pendingAsyncJobs());
                result.put("secondsToFinishAsyncJobs", Latency.round(drain(database)));
                // Not zero only when the service fell so far behind that the wait above gave up.
                result.put("asyncJobsLeftAfterWaiting", database.pendingAsyncJobs());
                result.put("asyncJobsOutOfRetries", database.failedAsyncJobs());
                result.put("serviceJvm", jvmMetrics(node));
                node.stop();
                return result;
            }
        }
    }

    /**
     * The heap the issue sets; with {@code bench.profile=true} also a flight recording of the whole run, to read with
     * {@code jfr print} or Mission Control and see where a submission's time goes.
     */
    private static List<String> serviceJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx512m"));
        if (Boolean.getBoolean("bench.profile")) {
            options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=target/bench/load.jfr");
        }
        return options;
    }

    private Map<String, Object> submitAtRate(ServiceApi api, Duration duration) throws InterruptedException {
        int total = (int) (settings.loadRate() * duration.toSeconds());
        List<String> submissions = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            submissions.add(ServiceApi.signedSubmission());
        }
        Latency submit = new Latency();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService senders = Executors.newCachedThreadPool();
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / settings.loadRate();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String submission = submissions.get(i);
            senders.execute(() -> {
                try {
                    api.submit(submission);
                    accepted.incrementAndGet();
                } catch (ServiceApi.UnexpectedAnswer refused) {
                    failures.computeIfAbsent(refused.kind(), kind -> new LongAdder()).increment();
                } catch (RuntimeException unanswered) {
                    failures.computeIfAbsent(String.valueOf(unanswered.getCause()), kind -> new LongAdder())
                            .increment();
                } finally {
                    submit.since(due);
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("submissions", total);
        result.put("accepted", accepted.get());
        result.put("seconds", Latency.round(seconds));
        result.put("achievedRatePerSecond", Latency.round(accepted.get() / seconds));
        result.put("submit", submit.summary());
        Map<String, Long> failed = new LinkedHashMap<>();
        failures.forEach((reason, count) -> failed.put(reason, count.sum()));
        result.put("failures", failed);
        return result;
    }

    private static double drain(Database database) throws Exception {
        long start = System.nanoTime();
        while (database.pendingAsyncJobs() > 0 && System.nanoTime() - start < DRAIN_LIMIT.toNanos()) {
            Thread.sleep(500);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Heap and garbage collection of the service's JVM over the run, from its Prometheus endpoint. */
    private static Map<String, Object> jvmMetrics(ServiceNode node) throws Exception {
        String credentials = "admin:" + BenchService.ADMIN_PASSWORD;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(node.url("/actuator/prometheus"))).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> metrics = new LinkedHashMap<>();
        double heapUsed = 0;
        double heapMax = 0;
        double gcPauses = 0;
        double gcSeconds = 0;
        double gcMax = 0;
        for (String line : response.body().split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                heapUsed += value;
            } else if (line.startsWith("jvm_memory_max_bytes{") && line.contains("area=\"heap\"") && value > 0) {
                heapMax += value;
            } else if (line.startsWith("jvm_gc_pause_seconds_count")) {
                gcPauses += value;
            } else if (line.startsWith("jvm_gc_pause_seconds_sum")) {
                gcSeconds += value;
            } else if (line.startsWith("jvm_gc_pause_seconds_max")) {
                gcMax = Math.max(gcMax, value);
            }
        }
        metrics.put("heapUsedMbAtEnd", Math.round(heapUsed / (1024 * 1024)));
        metrics.put("heapMaxMb", Math.round(heapMax / (1024 * 1024)));
        metrics.put("gcPauses", Math.round(gcPauses));
        metrics.put("gcPauseSecondsTotal", Latency.round(gcSeconds));
        metrics.put("gcPauseMsMaxRecent", Latency.round(gcMax * 1000));
        return metrics;
    }
}
