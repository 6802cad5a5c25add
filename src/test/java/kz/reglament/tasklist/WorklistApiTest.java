package kz.reglament.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.reglament.support.EngineClock;
import kz.reglament.support.ReviewTasks;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * The worklist reads the engine's tables itself, so each view is checked against the saved Tasklist filter it
 * stands for, asked through the engine with the same member's authorizations.
 */
@ServiceTest
class WorklistApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @AfterEach
    void realTimeAgain() {
        identityService.clearAuthentication();
        EngineClock.reset();
    }

    @Test
    void eachViewListsWhatItsTasklistFilterFindsInDueDateOrder() {
        EngineClock.at("2026-11-02T10:00+05:00");
        String dueWednesday = startReview("worklist-wednesday", "aktobe");
        EngineClock.at("2026-11-03T10:00+05:00");
        String dueThursday = startReview("worklist-thursday", "aktobe");
        String waiting = startReview("worklist-waiting", "aktobe");
        runtimeService.setVariable(processInstanceOf(waiting), "caseStatus", "WAITING_FOR_EXTERNAL_BODY");
        String standalone = standaloneTask("Қосымша тексеру", EngineClock.moment("2026-11-04T15:00+05:00"));
        String user = StaffUsers.member(identityService, "worklist.aktobe.head", "aktobe.head");

        EngineClock.at("2026-11-04T11:00+05:00");
        Map<String, Object> today = page(user, "?view=DUE_TODAY&maxResults=200");
        assertThat(idsOf(today)).contains(dueWednesday, standalone).doesNotContain(dueThursday);
        assertThat(tasks(today)).filteredOn("id", standalone).singleElement().satisfies(task -> assertThat(task)
                .containsEntry("name", "Қосымша тексеру").doesNotContainKey("application"));
        EngineClock.at("2026-11-05T09:00+05:00");
        assertThat(idsOf(page(user, "?view=OVERDUE&maxResults=200"))).contains(dueWednesday)
                .doesNotContain(dueThursday);

        for (TasklistFilters.Kind view : TasklistFilters.Kind.values()) {
            Map<String, Object> page = page(user, "?view=" + view + "&maxResults=200");
            List<String> filterFinds = filterFinds(user, view);
            assertThat(idsOf(page)).as(view.name()).containsExactlyInAnyOrderElementsOf(filterFinds);
            assertThat(((Number) page.get("total")).longValue()).as(view.name()).isEqualTo(filterFinds.size());
            assertThat(tasks(page)).extracting(task -> task.get("dueAt") == null ? Instant.MAX
                    : Instant.parse((String) task.get("dueAt")))
                    .as(view.name()).isSortedAccordingTo(Comparator.naturalOrder());
        }
        assertThat(idsOf(page(user, "?view=WAITING_FOR_EXTERNAL_BODY&maxResults=200"))).contains(waiting)
                .doesNotContain(dueWednesday);
        assertThat(tasks(page(user, "?view=OVERDUE&maxResults=200"))).filteredOn("id", dueWednesday).singleElement()
                .satisfies(task -> assertThat(task).containsEntry("overdue", true).containsEntry("step", "Task_Review")
                        .containsEntry("tenant", "aktobe").containsEntry("dueAt", "2026-11-04T13:30:00Z")
                        .containsEntry("tasklistUrl", "/camunda/app/tasklist/default/#/?task=" + dueWednesday));
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatingOrSkippingATask() {
        for (int i = 0; i < 5; i++) {
            startReview("worklist-paged-" + i, "aktobe");
        }
        String user = StaffUsers.member(identityService, "worklist.aktobe.pages", "aktobe.head");
        Map<String, Object> whole = page(user, "?maxResults=200");

        List<String> paged = new ArrayList<>();
        for (int first = 0; first < ((Number) whole.get("total")).intValue(); first += 3) {
            paged.addAll(idsOf(page(user, "?firstResult=" + first + "&maxResults=3")));
        }
        assertThat(paged).isEqualTo(idsOf(whole));
    }

    @Test
    void aTaskWhoseGrantWasTakenAwayIsNoLongerListed() {
        String task = startReview("worklist-revoked", "aktobe");
        String user = StaffUsers.member(identityService, "worklist.aktobe.revoked", "aktobe.head");
        assertThat(idsOf(page(user, "?maxResults=200"))).contains(task);

        authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
                .groupIdIn("aktobe.head").list()
                .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));

        assertThat(idsOf(page(user, "?maxResults=200"))).doesNotContain(task);
        assertThat(filterFinds(user, TasklistFilters.Kind.MY_GROUPS)).doesNotContain(task);
    }

    @Test
    void anotherTenantsTasksStayHiddenAndCannotBeAskedFor() {
        String zhambylTask = startReview("worklist-zhambyl", "zhambyl");
        String user = StaffUsers.member(identityService, "worklist.aktobe.clerk", "aktobe.head");

        assertThat(idsOf(page(user, "?maxResults=200"))).doesNotContain(zhambylTask);
        ResponseEntity<Map<String, Object>> forbidden = get(user, "?tenant=zhambyl", "en");
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forbidden.getBody()).containsEntry("reason", "FORBIDDEN");
    }

    @Test
    void aWrongRequestIsRefusedWithItsReasonInTheCallersLanguage() {
        String user = StaffUsers.member(identityService, "worklist.aktobe.wrong", "aktobe.head");

        ResponseEntity<Map<String, Object>> unknownView = get(user, "?view=EVERYTHING", "en");
        assertThat(unknownView.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownView.getBody()).containsEntry("reason", "INVALID_PARAMETER")
                .containsEntry("detail", "A request parameter is missing or invalid.");
        assertThat(unknownView.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(get(user, "?maxResults=0", "en").getBody()).containsEntry("reason", "INVALID_PARAMETER");
        assertThat(get(user, "?maxResults=201", "en").getBody()).containsEntry("reason", "INVALID_PARAMETER");
        assertThat(get(user, "?tenant=atlantis", "ru").getBody()).containsEntry("reason", "UNKNOWN_TENANT")
                .containsEntry("detail", "Организации «atlantis» нет.");
        ResponseEntity<Map<String, Object>> anonymous = rest.exchange(RequestEntity.get("/api/v1/worklist").build(),
                new ParameterizedTypeReference<>() { });
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody()).containsEntry("reason", "UNAUTHENTICATED");
    }

    private List<String> filterFinds(String user, TasklistFilters.Kind view) {
        identityService.setAuthentication(user, List.of("aktobe.head"), List.of("aktobe"));
        try {
            String filterId = filterService.createFilterQuery().list().stream()
                    .filter(filter -> filter.getName().equals(view.name)).findFirst().orElseThrow().getId();
            return filterService.<Task>list(filterId).stream().map(Task::getId).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Map<String, Object> page(String user, String query) {
        ResponseEntity<Map<String, Object>> response = get(user, query, "kk");
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<Map<String, Object>> get(String user, String query, String language) {
        return rest.withBasicAuth(user, StaffUsers.PASSWORD).exchange(RequestEntity.get("/api/v1/worklist" + query)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).build(), new ParameterizedTypeReference<>() { });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tasks(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("tasks");
    }

    private static List<String> idsOf(Map<String, Object> page) {
        return tasks(page).stream().map(task -> (String) task.get("id")).toList();
    }

    private String startReview(String businessKey, String tenant) {
        return ReviewTasks.open(runtimeService, taskService, businessKey, tenant);
    }

    /** A task made by hand in Tasklist, outside any process, for the group to do by the given moment. */
    private String standaloneTask(String name, Date due) {
        Task task = taskService.newTask();
        task.setName(name);
        task.setTenantId("aktobe");
        task.setDueDate(due);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), "aktobe.head");
        return task.getId();
    }

    private String processInstanceOf(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    }
}
