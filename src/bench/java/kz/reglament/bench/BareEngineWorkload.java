package kz.reglament.bench;

/**
 * The baseline: the Aktobe medical-licence BPMN with no delegates, listeners or API of the service, on a bare Camunda
 * engine, driven through the Java API along the same positive path as {@link ServiceWorkload}.
 */
final class BareEngineWorkload {

    private BareEngineWorkload() {
    }

    static WorkloadResult run(Database database, int clients, int cases) {
        throw new UnsupportedOperationException("not written yet");
    }
}
