package kz.reglament.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bare-engine baseline runs whole cases to the issued licence, with the engine's checks really applied. */
class BareEngineCasesTest {

    private static BareEngine bare;
    private static ProcessEngine engine;

    @BeforeAll
    static void startTheBareEngine() {
        bare = BareEngine.start("jdbc:h2:mem:bare-" + UUID.randomUUID(), "sa", false);
        engine = bare.processEngine();
    }

    @AfterAll
    static void stopIt() {
        bare.close();
    }

    @Test
    void itRunsWithTheServicesChecksHistoryAndSpinButNoneOfItsCode() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.isTenantCheckEnabled()).isTrue();
        assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(configuration.getDefaultSerializationFormat()).isEqualTo("application/json");
        assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("PT1M,PT5M,PT15M");
        assertThat(configuration.getProcessEnginePlugins()).extracting(plugin -> plugin.getClass().getName())
                .containsExactly("org.camunda.spin.plugin.impl.SpinProcessEnginePlugin");
        // Only the engine's own parse listeners (its failed-job retry cycles); the service's are not there.
        assertThat(configuration.getCustomPreBPMNParseListeners()).isNullOrEmpty();
        assertThat(configuration.getCustomPostBPMNParseListeners()).extracting(listener -> listener.getClass()
                .getName()).allMatch(name -> name.startsWith("org.camunda.bpm.engine."));
        assertThat(configuration.getBeans()).isEmpty();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().tenantIdIn("aktobe")
                .processDefinitionKey("medical-licence-issue").count()).isOne();
    }

    @Test
    void twoClientsRunThreeCasesToTheIssuedLicence() {
        Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

        int completions = new BareCases(engine).drive(2, 3,
                (kind, started) -> requests.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet());

        assertThat(completions).isEqualTo(3 * BareCases.STAFF_TASKS_PER_CASE);
        assertThat(requests.get("submit")).hasValue(3);
        assertThat(requests.get("complete")).hasValue(15);
        assertThat(requests.get("findTask").get()).isGreaterThanOrEqualTo(15);
        assertThat(requests.get("externalAnswer")).hasValue(3);
        assertThat(requests.get("status").get()).isGreaterThanOrEqualTo(15 + 3);
        HistoryService history = engine.getHistoryService();
        List<HistoricProcessInstance> cases = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("medical-licence-issue").completed().list();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(3).allSatisfy(instance -> {
            assertThat(instance.getEndActivityId()).isEqualTo("End_LicenceIssued");
            assertThat(instance.getTenantId()).isEqualTo("aktobe");
        });
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("medical-licence-portal-intake")
                .completed().list()).extracting(HistoricProcessInstance::getEndActivityId)
                .hasSizeGreaterThanOrEqualTo(3).containsOnly("End_Registered");
        // Each step was claimed by a member of its group, through the task's candidate-group authorization.
        assertThat(history.createHistoricTaskInstanceQuery().taskDefinitionKey("Task_SignLicenceOrRefusal")
                .finished().list()).allSatisfy(task -> assertThat(task.getAssignee()).isEqualTo("aktobe.head"));
    }

    @Test
    void staffSeeATaskOnlyInTheirTenantAndThroughTheirGroup() throws InterruptedException {
        BareCases cases = new BareCases(engine);
        String number = BareCases.newNumber();
        cases.submit(number);
        IdentityService identity = engine.getIdentityService();

        List<Task> specialist = List.of();
        for (int polls = 0; specialist.isEmpty() && polls < 500; polls++) {
            Thread.sleep(BareCases.POLL_MILLIS);
            specialist = openAs(identity, "aktobe.licensing-specialist", "aktobe", number);
        }

        assertThat(specialist).extracting(Task::getTaskDefinitionKey).containsExactly("Task_CheckCompleteness");
        assertThat(openAs(identity, "aktobe.head", "aktobe", number)).isEmpty();
        assertThat(openAs(identity, "aktobe.licensing-specialist", "zhambyl", number)).isEmpty();
    }

    private static List<Task> openAs(IdentityService identity, String group, String tenant, String number) {
        identity.setAuthentication(group, List.of(group), List.of(tenant));
        try {
            return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).list();
        } finally {
            identity.clearAuthentication();
        }
    }
}
