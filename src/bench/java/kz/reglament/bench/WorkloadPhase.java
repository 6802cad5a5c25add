package kz.reglament.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Full Aktobe medical-licence cases on the positive path, on each database: first the service through its API, then
 * the bare engine with the same BPMN through the Java API; the service's throughput as a ratio of the bare engine's.
 */
final class WorkloadPhase {

    private final BenchSettings settings;

    WorkloadPhase(BenchSettings settings) {
        this.settings = settings;
    }

    Map<String, Object> run() {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String kind : settings.databases()) {
            WorkloadResult service;
            try (Database database = Database.fresh(kind, "service", settings)) {
                service = ServiceWorkload.run(database, settings.clients(), settings.cases());
            }
            WorkloadResult bare;
            try (Database database = Database.fresh(kind, "bare", settings)) {
                bare = BareEngineWorkload.run(database, settings.clients(), settings.cases());
            }
            Map<String, Object> onDatabase = new LinkedHashMap<>();
            onDatabase.put("service", service.summary());
            onDatabase.put("bareEngine", bare.summary());
            onDatabase.put("ratioCasesPerSecond",
                    Math.round(service.casesPerSecond() / bare.casesPerSecond() * 100) / 100.0);
            result.put(kind, onDatabase);
            System.out.printf("%s: service %.2f cases/s, bare engine %.2f cases/s, ratio %.2f%n", kind,
                    service.casesPerSecond(), bare.casesPerSecond(), service.casesPerSecond() / bare.casesPerSecond());
        }
        return result;
    }
}
