package kz.reglament.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.reglament.support.EngineClock;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/** A week of 2025 in which zhambyl finishes one review on time and one late, and one stays open and overdue. */
@ServiceTest
class SlaReportApiTest {

    private static final String PERIOD = "from=2025-11-10&to=2025-11-16";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void aWeekOfReviewsInZhambyl() {
        if (taskService.createTaskQuery().processInstanceBusinessKey("sla-on-time").count() > 0
                || runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("sla-open").count() > 0) {
            return;
        }
        EngineClock.at("2025-11-10T10:00+05:00");
        String onTime = reviewTask(start("sla-on-time"));
        ProcessInstance late = start("sla-late");
        ProcessInstance open = start("sla-open");

        EngineClock.at("2025-11-11T12:00+05:00");
        taskService.complete(onTime);

        EngineClock.at("2025-11-12T18:31+05:00");
        fireTermTimer(late);
        fireTermTimer(open);
        EngineClock.at("2025-11-13T09:30+05:00");
        taskService.complete(reviewTask(late));
        EngineClock.reset();
    }

    @AfterEach
    void realTimeAgain() {
        EngineClock.reset();
    }

    @Test
    void theOnTimeRateCountsEachStepOfThePeriod() {
        List<Map<String, Object>> rates = asAdmin().exchange("/api/v1/sla/on-time-rate?" + PERIOD
                + "&tenant=zhambyl&regulation=fixture-review", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();

        assertThat(rates).hasSize(1);
        assertThat(rates.get(0)).containsEntry("tenant", "zhambyl").containsEntry("step", "Task_Review")
                .containsEntry("group", "zhambyl.head").containsEntry("completed", 2)
                .containsEntry("completedOnTime", 1).containsEntry("openOverdue", 1).containsEntry("onTimeRate", 0.5);
    }

    @Test
    void theBreachesOfThePeriodAreListedForTheTenantsHeadButNotForAnotherTenant() {
        String zhambylHead = StaffUsers.member(identityService, "sla.zhambyl.head", "zhambyl.head");
        String aktobeHead = StaffUsers.member(identityService, "sla.aktobe.head", "aktobe.head");

        List<Map<String, Object>> breaches = rest.withBasicAuth(zhambylHead, StaffUsers.PASSWORD).exchange(
                "/api/v1/sla/breaches?" + PERIOD + "&group=zhambyl.head", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        assertThat(breaches).extracting(breach -> breach.get("businessKey"))
                .containsExactlyInAnyOrder("sla-late", "sla-open");
        assertThat(breaches).allSatisfy(breach -> assertThat(breach).containsEntry("tenantId", "zhambyl")
                .containsEntry("dueAt", "2025-11-12T13:30:00Z").containsEntry("stepId", "Task_Review"));

        List<Map<String, Object>> othersView = rest.withBasicAuth(aktobeHead, StaffUsers.PASSWORD).exchange(
                "/api/v1/sla/breaches?" + PERIOD, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        assertThat(othersView).isEmpty();
        ResponseEntity<Map<String, Object>> forbidden = rest.withBasicAuth(aktobeHead, StaffUsers.PASSWORD)
                .exchange("/api/v1/sla/breaches?" + PERIOD + "&tenant=zhambyl", HttpMethod.GET, null,
                        new ParameterizedTypeReference<>() { });
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedInTheCallersLanguage() {
        ResponseEntity<Map<String, Object>> refused = asAdmin().exchange(RequestEntity
                .get("/api/v1/sla/breaches?from=2025-11-16&to=2025-11-10").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .build(), new ParameterizedTypeReference<>() { });

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("reason", "INVALID_PERIOD")
                .containsEntry("detail", "The period must start before it ends and span at most 400 days.");
    }

    private ProcessInstance start(String businessKey) {
        return runtimeService.createProcessInstanceByKey("fixture-review").processDefinitionTenantId("zhambyl")
                .businessKey(businessKey).execute();
    }

    private String reviewTask(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_Review")
                .singleResult().getId();
    }

    private void fireTermTimer(ProcessInstance instance) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .timers().activityId("Timer_ReviewTerm").singleResult().getId());
    }

    private TestRestTemplate asAdmin() {
        return rest.withBasicAuth("admin", ServiceTest.ADMIN_PASSWORD);
    }
}
