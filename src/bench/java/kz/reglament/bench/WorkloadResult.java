package kz.reglament.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** What one run of the positive-path workload achieved: throughput and the latencies per kind of request. */
public record WorkloadResult(int cases, int taskCompletions, double seconds, Map<String, Latency> latencies) {

    public double casesPerSecond() {
        return cases / seconds;
    }

    public double completionsPerSecond() {
        return taskCompletions / seconds;
    }

    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("cases", cases);
        summary.put("taskCompletions", taskCompletions);
        summary.put("seconds", Latency.round(seconds));
        summary.put("casesPerSecond", Math.round(casesPerSecond() * 100) / 100.0);
        summary.put("taskCompletionsPerSecond", Math.round(completionsPerSecond() * 100) / 100.0);
        Map<String, Object> latency = new LinkedHashMap<>();
        latencies.forEach((kind, recorded) -> latency.put(kind, recorded.summary()));
        summary.put("latency", latency);
        return summary;
    }
}
