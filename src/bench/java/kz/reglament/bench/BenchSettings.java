package kz.reglament.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a run measures and how much of it; each value is a system property the Maven profile passes on. */
public record BenchSettings(List<String> phases, int clients, int cases, List<String> databases, String postgresUrl,
        String postgresUser, int scaleFinished, int scaleRunning, int loadRate, Duration loadDuration,
        boolean keepDatabases, String scaleDatabase) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(list("bench.phases", "workload,scale,load"), integer("bench.clients", 8),
                integer("bench.cases", 200), list("bench.databases", "h2,postgres"),
                System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/"),
                System.getProperty("bench.postgres.user", "postgres"), integer("bench.scale.finished", 100_000),
                integer("bench.scale.running", 10_000), integer("bench.load.rate", 20),
                Duration.parse(System.getProperty("bench.load.duration", "PT5M")),
                Boolean.parseBoolean(System.getProperty("bench.keep", "false")),
                System.getProperty("bench.scale.database", "").trim());
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("phases", phases);
        map.put("clients", clients);
        map.put("cases", cases);
        map.put("databases", databases);
        map.put("scaleFinished", scaleFinished);
        map.put("scaleRunning", scaleRunning);
        map.put("loadRatePerSecond", loadRate);
        map.put("loadDuration", loadDuration.toString());
        map.put("keepDatabases", keepDatabases);
        map.put("scaleDatabase", scaleDatabase);
        return map;
    }

    private static List<String> list(String name, String fallback) {
        return Arrays.stream(System.getProperty(name, fallback).split(",")).map(String::trim)
                .filter(value -> !value.isEmpty()).toList();
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    }
}
