package kz.reglament.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.reglament.support.EngineClock;
import kz.reglament.support.ReviewTasks;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class TasklistFiltersTest {

    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
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
    void aStaffMemberSeesTheirTenantsFiltersAndTheyFindTheirGroupsTasks() {
        EngineClock.at("2026-11-02T10:00+05:00");
        String dueWednesday = startReview("filters-aktobe", "aktobe");
        EngineClock.at("2026-11-04T11:00+05:00");
        String user = StaffUsers.member(identityService, "filters.aktobe.head", "aktobe.head");
        identityService.setAuthentication(user, List.of("aktobe.head"), List.of("aktobe"));

        List<Filter> visible = filterService.createFilterQuery().list();
        assertThat(visible).extracting(Filter::getName).containsExactlyInAnyOrder(
                TasklistFilters.Kind.MY_GROUPS.name, TasklistFilters.Kind.DUE_TODAY.name,
                TasklistFilters.Kind.OVERDUE.name, TasklistFilters.Kind.WAITING_FOR_EXTERNAL_BODY.name);
        assertThat(idsOf(filterService.list(filter(visible, TasklistFilters.Kind.WAITING_FOR_EXTERNAL_BODY))))
                .doesNotContain(dueWednesday);
        assertThat(idsOf(filterService.list(filter(visible, TasklistFilters.Kind.MY_GROUPS)))).contains(dueWednesday);
        assertThat(idsOf(filterService.list(filter(visible, TasklistFilters.Kind.DUE_TODAY)))).contains(dueWednesday);
        assertThat(idsOf(filterService.list(filter(visible, TasklistFilters.Kind.OVERDUE)))).doesNotContain(dueWednesday);

        EngineClock.at("2026-11-05T09:00+05:00");
        assertThat(idsOf(filterService.list(filter(visible, TasklistFilters.Kind.OVERDUE)))).contains(dueWednesday);
        assertThat(idsOf(filterService.list(filter(visible, TasklistFilters.Kind.DUE_TODAY))))
                .doesNotContain(dueWednesday);
    }

    @Test
    void theWaitingFilterShowsTheTasksOfCasesWaitingForAnExternalBody() {
        String waiting = startReview("filters-waiting", "aktobe");
        runtimeService.setVariable(taskService.createTaskQuery().taskId(waiting).singleResult().getProcessInstanceId(),
                "caseStatus", "WAITING_FOR_EXTERNAL_BODY");
        String user = StaffUsers.member(identityService, "filters.aktobe.waiting", "aktobe.head");
        identityService.setAuthentication(user, List.of("aktobe.head"), List.of("aktobe"));

        List<Filter> visible = filterService.createFilterQuery().list();

        assertThat(idsOf(filterService.list(filter(visible, TasklistFilters.Kind.WAITING_FOR_EXTERNAL_BODY))))
                .contains(waiting);
    }

    @Test
    void anotherTenantsFiltersAndTasksStayHidden() {
        String zhambylTask = startReview("filters-zhambyl", "zhambyl");
        String user = StaffUsers.member(identityService, "filters.aktobe.clerk", "aktobe.head");
        identityService.setAuthentication(user, List.of("aktobe.head"), List.of("aktobe"));

        List<Filter> visible = filterService.createFilterQuery().list();
        assertThat(visible).hasSize(TasklistFilters.Kind.values().length).allSatisfy(filter -> assertThat(
                filter.getProperties().get(TasklistFilters.MARKER).toString()).startsWith("aktobe:"));
        assertThat(idsOf(filterService.list(filter(visible, TasklistFilters.Kind.MY_GROUPS))))
                .doesNotContain(zhambylTask);
    }

    private String startReview(String businessKey, String tenant) {
        return ReviewTasks.open(runtimeService, taskService, businessKey, tenant);
    }

    private static String filter(List<Filter> filters, TasklistFilters.Kind kind) {
        return filters.stream().filter(filter -> filter.getName().equals(kind.name)).findFirst().orElseThrow().getId();
    }

    private static List<String> idsOf(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }
}
