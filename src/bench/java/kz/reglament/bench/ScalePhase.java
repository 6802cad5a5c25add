package kz.reglament.bench;

import java.util.Map;

/** The three staff and portal queries against 10,000 and then 100,000 cases in PostgreSQL. */
final class ScalePhase {

    private final BenchSettings settings;

    ScalePhase(BenchSettings settings) {
        this.settings = settings;
    }

    Map<String, Object> run() {
        throw new UnsupportedOperationException("not written yet");
    }
}
