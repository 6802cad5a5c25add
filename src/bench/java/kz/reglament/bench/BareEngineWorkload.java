package kz.reglament.bench;

import java.util.Map;

/**
 * The baseline: the Aktobe medical-licence BPMN with no delegates, listeners or API of the service, on a bare Camunda
 * engine, driven through the Java API along the same positive path as {@link ServiceWorkload}: the same warm-up, the
 * same number of cases on as many client threads, the same kinds of latency. The engine ({@link BareEngine}), the
 * stripped BPMN ({@link BareBpmn}) and the cases ({@link BareCases}) live with the tests, which run them on every
 * build; docs/performance-baseline.md says what is stripped and what is kept.
 */
final class BareEngineWorkload {

    private BareEngineWorkload() {
    }

    static WorkloadResult run(Database database, int clients, int cases) {
        try (BareEngine engine = BareEngine.start(database.url(), database.user(), database.postgres())) {
            BareCases driver = new BareCases(engine.processEngine());
            int warmUp = Math.max(2 * clients, cases / 10);
            driver.drive(clients, warmUp, BareCases.Timings.NONE);
            Map<String, Latency> latencies = ServiceWorkload.latencies();
            long start = System.nanoTime();
            int completions = driver.drive(clients, cases, (kind, started) -> latencies.get(kind).since(started));
            double seconds = (System.nanoTime() - start) / 1e9;
            return new WorkloadResult(cases, completions, seconds, latencies);
        }
    }
}
