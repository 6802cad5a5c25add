package kz.reglament.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark of docs/performance.md: each phase named in {@code bench.phases} runs in turn and leaves its numbers
 * in target/bench/&lt;phase&gt;.json, and all of them together in target/bench/benchmark.json.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", Machine.describe(settings));
        report.put("settings", settings.asMap());
        for (String phase : settings.phases()) {
            System.out.println("== bench phase " + phase);
            Map<String, Object> result = switch (phase) {
                case "workload" -> new WorkloadPhase(settings).run();
                case "scale" -> new ScalePhase(settings).run();
                case "load" -> new LoadPhase(settings).run();
                default -> throw new IllegalArgumentException("Unknown bench phase '" + phase
                        + "'; the phases are workload, scale and load");
            };
            report.put(phase, result);
            Reports.write(out.resolve(phase + ".json"), result);
            System.out.println(Reports.json(result));
        }
        Reports.write(out.resolve("benchmark.json"), report);
        // The engines' and servers' pools may leave non-daemon threads behind.
        System.exit(0);
    }
}
