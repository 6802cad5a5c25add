package kz.reglament.deadline;

import static kz.reglament.support.EngineClock.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import java.util.List;
import java.util.Map;
import kz.reglament.support.EngineClock;
import kz.reglament.support.ServiceTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceTest
class TermBreachTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void tuesdayMorningInAktobe() {
        BpmnAwareTests.init(engine);
        EngineClock.at("2026-03-17T10:00+05:00");
    }

    @AfterEach
    void realTimeAgain() {
        EngineClock.reset();
    }

    @Test
    void aStepsDueDateAndTermTimerAreTheEndOfItsSecondWorkingDay() {
        ProcessInstance instance = start("aktobe", "term-on-time");
        Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        Job timer = termTimerOf(instance);

        assertThat(review.getDueDate()).isEqualTo(moment("2026-03-19T18:30+05:00"));
        assertThat(timer.getDuedate()).isEqualTo(review.getDueDate());
        Map<String, Object> step = jdbc.queryForMap("select * from rgl_regulated_step where task_id = ?", review.getId());
        assertThat(step).containsEntry("TERM", "2 working days").containsEntry("STEP_ID", "Task_Review")
                .containsEntry("CANDIDATE_GROUPS", "aktobe.head").containsEntry("TENANT_ID", "aktobe");
    }

    @Test
    void whenATermPassesTheBreachIsRecordedTheHeadEscalatedAndTheStepStaysOpen() {
        ProcessInstance instance = start("aktobe", "term-breached");
        Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        taskService.claim(review.getId(), "aktobe.reviewer");

        EngineClock.at("2026-03-19T18:31+05:00");
        managementService.executeJob(termTimerOf(instance).getId());

        assertThat(instance).isWaitingAt("Task_Review").hasPassed("Timer_ReviewTerm", "End_ReviewTermBreached");
        List<Map<String, Object>> breaches = jdbc.queryForList(
                "select * from rgl_term_breach where process_instance_id = ?", instance.getId());
        assertThat(breaches).hasSize(1);
        Map<String, Object> breach = breaches.get(0);
        assertThat(breach).containsEntry("TENANT_ID", "aktobe").containsEntry("BUSINESS_KEY", "term-breached")
                .containsEntry("PROCESS_DEFINITION_KEY", "fixture-review").containsEntry("STEP_ID", "Task_Review")
                .containsEntry("CANDIDATE_GROUPS", "aktobe.head").containsEntry("ASSIGNEE", "aktobe.reviewer")
                .containsEntry("TASK_ID", review.getId()).containsEntry("TERM", "2 working days");
        assertThat(((java.time.OffsetDateTime) breach.get("DUE_AT")).toInstant())
                .isEqualTo(moment("2026-03-19T18:30+05:00").toInstant());
        assertThat(((java.time.OffsetDateTime) breach.get("BREACHED_AT")).toInstant())
                .isEqualTo(moment("2026-03-19T18:31+05:00").toInstant());

        Task escalation = taskService.createTaskQuery().taskId((String) breach.get("ESCALATION_TASK_ID")).singleResult();
        assertThat(escalation.getTenantId()).isEqualTo("aktobe");
        assertThat(escalation.getName()).contains("Review");
        assertThat(taskService.getIdentityLinksForTask(escalation.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("aktobe.head");

        complete(BpmnAwareTests.task(instance));
        assertThat(instance).isEnded().hasPassed("End_Reviewed");
        assertThat(jdbc.queryForObject("select count(*) from rgl_regulated_step where task_id = ?"
                + " and completed_at is not null and breached_at is not null", Integer.class, review.getId()))
                .isEqualTo(1);
    }

    @Test
    void aSharedBlockCalledFromATenantsCaseRecordsItsBreachUnderThatTenant() {
        ProcessInstance caller = runtimeService.createProcessInstanceByKey("fixture-calls-shared")
                .processDefinitionTenantId("aktobe").businessKey("shared-term").execute();
        ProcessInstance shared = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
                .singleResult();

        EngineClock.at("2026-03-19T18:31+05:00");
        managementService.executeJob(termTimerOf(shared).getId());

        assertThat(jdbc.queryForObject("select tenant_id from rgl_term_breach where process_instance_id = ?",
                String.class, shared.getId())).isEqualTo("aktobe");
    }

    @Test
    void theCasesOverallTermIsTrackedTheSameWayAndTheCaseGoesOn() {
        ProcessInstance instance = runtimeService.createProcessInstanceByKey("fixture-case-term")
                .processDefinitionTenantId("aktobe").businessKey("case-term").execute();
        Job caseTimer = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId("Timer_CaseTerm").singleResult();
        // Tuesday 17 March + 5 calendar days is Sunday the 22nd, a Nauryz holiday: the term ends on the next working
        // day, Thursday the 26th (23 March is Nauryz, 24 and 25 are owed for 21 and 22 March).
        assertThat(caseTimer.getDuedate()).isEqualTo(moment("2026-03-26T18:30+05:00"));

        EngineClock.at("2026-03-26T18:31+05:00");
        managementService.executeJob(caseTimer.getId());

        Map<String, Object> breach = jdbc.queryForMap("select * from rgl_term_breach where process_instance_id = ?"
                + " and step_id = 'case'", instance.getId());
        assertThat(breach).containsEntry("TERM", "5 calendar days").containsEntry("STEP_NAME", "5 calendar days")
                .containsEntry("STEP_REFERENCE", "Standard, term of service").containsEntry("TENANT_ID", "aktobe");
        assertThat(((java.time.OffsetDateTime) breach.get("DUE_AT")).toInstant())
                .isEqualTo(moment("2026-03-26T18:30+05:00").toInstant());
        assertThat(taskService.createTaskQuery().taskId((String) breach.get("ESCALATION_TASK_ID")).singleResult()
                .getTenantId()).isEqualTo("aktobe");
        assertThat(instance).isWaitingAt("Task_Decide");
    }

    @Test
    void aWaitForAnExternalBodyHasItsTermRecordedWithoutATask() {
        ProcessInstance instance = runtimeService.createProcessInstanceByKey("fixture-wait-term")
                .processDefinitionTenantId("aktobe").businessKey("wait-term").execute();
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        // Tuesday 17 March 2026 + 10 working days, with Nauryz and its carried-over days (23-25 March) skipped.
        assertThat(timer.getDuedate()).isEqualTo(moment("2026-04-03T18:30+05:00"));

        EngineClock.at("2026-04-03T18:31+05:00");
        managementService.executeJob(timer.getId());

        Map<String, Object> breach = jdbc.queryForMap("select * from rgl_term_breach where process_instance_id = ?",
                instance.getId());
        assertThat(breach).containsEntry("STEP_ID", "Receive_BodyAnswer").containsEntry("STEP_REFERENCE", "A4")
                .containsEntry("TERM", "10 working days").containsEntry("TASK_ID", null);
        assertThat(((java.time.OffsetDateTime) breach.get("DUE_AT")).toInstant())
                .isEqualTo(moment("2026-04-03T18:30+05:00").toInstant());
        assertThat(instance).isWaitingAt("Receive_BodyAnswer");
    }

    private ProcessInstance start(String tenant, String businessKey) {
        return runtimeService.createProcessInstanceByKey("fixture-review").processDefinitionTenantId(tenant)
                .businessKey(businessKey).execute();
    }

    private Job termTimerOf(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId("Timer_ReviewTerm").singleResult();
    }
}
