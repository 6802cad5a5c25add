package kz.reglament.calendar;

import static kz.reglament.support.EngineClock.moment;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

@ServiceTest
class CalendarApiTest {

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

    @AfterEach
    void realTimeAgain() {
        EngineClock.reset();
    }

    @Test
    void anAdministratorsNewDayOffMovesThePendingDueDateAndTimerItFallsOn() {
        EngineClock.at("2027-04-06T10:00+05:00");
        ProcessInstance instance = runtimeService.createProcessInstanceByKey("fixture-review")
                .processDefinitionTenantId("zhambyl").execute();
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getDueDate())
                .isEqualTo(moment("2027-04-08T18:30+05:00"));

        ResponseEntity<Map<String, Object>> applied = asAdmin().exchange(RequestEntity
                .post("/api/v1/calendar/corrections").contentType(MediaType.APPLICATION_JSON)
                .body("{\"date\":\"2027-04-08\",\"working\":false,\"reason\":\"Government resolution (test)\"}"),
                new ParameterizedTypeReference<>() { });

        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((Integer) applied.getBody().get("dueDatesMoved")).isPositive();
        assertThat((Integer) applied.getBody().get("timersMoved")).isPositive();
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getDueDate())
                .isEqualTo(moment("2027-04-09T18:30+05:00"));
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
                .getDuedate()).isEqualTo(moment("2027-04-09T18:30+05:00"));

        ResponseEntity<String> day = asAdmin().getForEntity("/api/v1/calendar/days?from=2027-04-08&to=2027-04-08",
                String.class);
        assertThat(day.getBody()).contains("\"working\":false").contains("Government resolution (test)");
    }

    @Test
    void onlyAnAdministratorCorrectsTheCalendarAndABadRequestIsALocalizedProblem() {
        String staff = StaffUsers.member(identityService, "calendar.clerk", "aktobe.office-clerk");

        ResponseEntity<Map<String, Object>> refused = rest.withBasicAuth(staff, StaffUsers.PASSWORD).exchange(
                RequestEntity.post("/api/v1/calendar/corrections").contentType(MediaType.APPLICATION_JSON)
                        .body("{\"date\":\"2027-05-03\",\"working\":false,\"reason\":\"no right\"}"),
                new ParameterizedTypeReference<>() { });
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).containsEntry("reason", "FORBIDDEN");

        ResponseEntity<Map<String, Object>> invalid = asAdmin().exchange(RequestEntity
                .post("/api/v1/calendar/corrections").header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
                .contentType(MediaType.APPLICATION_JSON).body("{\"date\":\"2027-05-03\",\"working\":false}"),
                new ParameterizedTypeReference<>() { });
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(invalid.getBody()).containsEntry("reason", "VALIDATION_FAILED")
                .containsEntry("detail", "Некоторые поля заполнены неверно; см. \"fields\".");
        assertThat(invalid.getBody().get("fields").toString()).contains("reason");
        assertThat(asAdmin().getForObject("/api/v1/calendar/corrections", String.class)).doesNotContain("2027-05-03");
    }

    @Test
    void theDeadlineEndpointShowsATermAsTheCalendarCountsIt() {
        ResponseEntity<Map<String, Object>> deadline = asAdmin().exchange(
                "/api/v1/calendar/deadline?tenant=aktobe&term={term}&start={start}", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { }, "3 working days", "2026-03-19T17:00+05:00");
        assertThat(deadline.getBody()).containsEntry("due", "2026-03-27T18:30:00+05:00");

        ResponseEntity<Map<String, Object>> ambiguous = asAdmin().exchange(RequestEntity
                .get("/api/v1/calendar/deadline?tenant=aktobe&term={term}", "2 days")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "kk").build(), new ParameterizedTypeReference<>() { });
        assertThat(ambiguous.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ambiguous.getBody()).containsEntry("reason", "INVALID_TERM");
        assertThat((String) ambiguous.getBody().get("detail")).startsWith("«2 days» қызмет түсінетін мерзім емес");

        assertThat(rest.getForEntity("/api/v1/calendar/days?from=2026-01-01&to=2026-01-02", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private TestRestTemplate asAdmin() {
        return rest.withBasicAuth("admin", ServiceTest.ADMIN_PASSWORD);
    }
}
