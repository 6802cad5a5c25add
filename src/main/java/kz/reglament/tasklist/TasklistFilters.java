package kz.reglament.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import kz.reglament.tenant.Tenants;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The saved Tasklist filters every tenant's staff start from: their groups' tasks, those due today, those overdue,
 * and those of cases waiting for an external body's answer, sorted by due date. Each filter is readable only by its tenant's staff groups. Kept up to date at every
 * start, so a changed query here reaches existing installations.
 */
@Component
public class TasklistFilters implements SmartInitializingSingleton {

    static final String MARKER = "reglamentFilter";
    private static final String MY_GROUPS = "${currentUserGroups()}";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final Tenants tenants;

    public TasklistFilters(FilterService filterService, TaskService taskService,
            AuthorizationService authorizationService, Tenants tenants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.tenants = tenants;
    }

    public enum Kind {
        MY_GROUPS("Менің тобымның тапсырмалары / Задачи моей группы", "#1f77b4", -10, query -> query),
        DUE_TODAY("Бүгін мерзімі бітетіндер / Срок сегодня", "#ff7f0e", -9,
                query -> query.dueAfterExpression("${kazakhstanDay.start()}")
                        .dueBeforeExpression("${kazakhstanDay.end()}")),
        OVERDUE("Мерзімі өткендер / Просроченные", "#d62728", -8, query -> query.dueBeforeExpression("${now()}")),
        WAITING_FOR_EXTERNAL_BODY("Басқа органның жауабын күтетіндер / Ожидают ответа другого органа", "#9467bd", -7,
                query -> query.processVariableValueEquals("caseStatus", "WAITING_FOR_EXTERNAL_BODY"));

        final String name;
        final String color;
        final int priority;
        final UnaryOperator<TaskQuery> narrowing;

        Kind(String name, String color, int priority, UnaryOperator<TaskQuery> narrowing) {
            this.name = name;
            this.color = color;
            this.priority = priority;
            this.narrowing = narrowing;
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String tenantId : tenants.ids()) {
            for (Kind kind : Kind.values()) {
                Filter filter = ensure(tenantId, kind);
                for (String groupId : tenants.staffGroupIds(tenantId)) {
                    grantRead(filter.getId(), groupId);
                }
            }
        }
    }

    private Filter ensure(String tenantId, Kind kind) {
        String marker = tenantId + ":" + kind.name();
        Filter filter = filterService.createFilterQuery().filterResourceType(Resources.TASK.resourceName()).list()
                .stream().filter(existing -> marker.equals(existing.getProperties().get(MARKER))).findFirst()
                .orElseGet(() -> filterService.newTaskFilter());
        TaskQuery query = kind.narrowing.apply(taskService.createTaskQuery().tenantIdIn(tenantId)
                .taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()).orderByDueDate().asc();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(MARKER, marker);
        properties.put("description", kind.name + " (" + tenantId + ")");
        properties.put("color", kind.color);
        properties.put("priority", kind.priority);
        properties.put("refresh", true);
        properties.put("variables", List.of());
        filter.setName(kind.name).setQuery(query).setProperties(properties);
        return filterService.saveFilter(filter);
    }

    private void grantRead(String filterId, String groupId) {
        if (authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId)
                .groupIdIn(groupId).count() == 0) {
            Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(groupId);
            read.setResource(Resources.FILTER);
            read.setResourceId(filterId);
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
        }
    }
}
