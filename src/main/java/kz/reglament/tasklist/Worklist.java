package kz.reglament.tasklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.reglament.application.ModelProperties;
import kz.reglament.engine.TaskQueryPlans;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's open tasks, one page at a time, in the four views of the saved Tasklist filters, read straight
 * from the engine's tables.
 *
 * <p>Camunda's task query for a staff member joins every task of the tenant with the authorizations that may grant
 * READ on it, de-duplicates and sorts them all before it can cut a page, so a page costs as much as the tasks the
 * group may see (docs/performance.md). This reads the same set the other way round: a task is the member's when one
 * of their groups is its candidate group and holds the READ grant Camunda gives a candidate group on each of its
 * tasks. The tasks are read in due-date order from an index ({@code rgl_idx_task_tenant_due}), each checked by
 * index probes of its candidate links and grants, so a page stops after its rows. A grant on process definitions
 * (READ_TASK) does not list tasks here: the service gives staff none, as it would show every group every task.
 */
@Component
public class Worklist {

    private static final String CASE_STATUS_VARIABLE = "caseStatus";
    private static final String WAITING_FOR_EXTERNAL_BODY = "WAITING_FOR_EXTERNAL_BODY";

    private final NamedParameterJdbcTemplate jdbc;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final RepositoryService repositoryService;
    private final KazakhstanDay kazakhstanDay;

    public Worklist(NamedParameterJdbcTemplate jdbc, ProcessEngineConfigurationImpl engineConfiguration,
            RepositoryService repositoryService, KazakhstanDay kazakhstanDay) {
        this.jdbc = jdbc;
        this.engineConfiguration = engineConfiguration;
        this.repositoryService = repositoryService;
        this.kazakhstanDay = kazakhstanDay;
    }

    /** A page of open tasks and how many there are in all. */
    public record Page(TasklistFilters.Kind view, long total, int firstResult, int maxResults, List<Entry> tasks) {
    }

    /** One open task, named in the caller's language, with the application whose case it belongs to. */
    public record Entry(String id, String name, String step, String processDefinitionId, String processInstanceId,
            String tenant, String assignee, Instant createdAt, Instant dueAt, boolean overdue,
            ApplicationReference application, String tasklistUrl) {
    }

    public record ApplicationReference(String id, String number) {
    }

    /**
     * @param groups the caller's groups; a task is listed when one of them is its candidate group
     * @param tenants the tenants to list, or null for every tenant
     */
    @Transactional(readOnly = true)
    public Page page(TasklistFilters.Kind view, List<String> groups, List<String> tenants, int firstResult,
            int maxResults, Locale locale) {
        if (groups.isEmpty() || (tenants != null && tenants.isEmpty())) {
            return new Page(view, 0, firstResult, maxResults, List.of());
        }
        if (isPostgres()) {
            // A generic plan knows neither the group nor the page size: it reads and sorts all the group's tasks
            // (28 ms at 5,000) where the plan for the values reads the index until the page is full (0.3 ms).
            jdbc.getJdbcTemplate().execute(TaskQueryPlans.FORCE_CUSTOM_PLANS);
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("groups", groups)
                .addValue("tenants", tenants).addValue("firstResult", firstResult)
                .addValue("maxResults", maxResults).addValue("now", Timestamp.from(now))
                .addValue("dayStart", new Timestamp(kazakhstanDay.start().getTime()))
                .addValue("dayEnd", new Timestamp(kazakhstanDay.end().getTime()))
                .addValue("grant", Authorization.AUTH_TYPE_GRANT)
                .addValue("taskResource", Resources.TASK.resourceType())
                .addValue("caseStatus", CASE_STATUS_VARIABLE).addValue("waiting", WAITING_FOR_EXTERNAL_BODY);
        String from = from(view, tenants != null);
        Long total = jdbc.queryForObject("select count(*)" + from, parameters, Long.class);
        List<Row> rows = jdbc.query("select t.ID_, t.NAME_, t.TASK_DEF_KEY_, t.PROC_DEF_ID_, t.PROC_INST_ID_,"
                + " t.TENANT_ID_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_" + from
                + " order by t.DUE_DATE_ asc nulls last, t.ID_ asc"
                + " offset :firstResult rows fetch next :maxResults rows only", parameters, Worklist::row);
        Map<String, ApplicationReference> applications = applicationsOf(rows);
        Map<String, BpmnModelInstance> models = new HashMap<>();
        List<Entry> entries = rows.stream().map(row -> new Entry(row.id, localizedName(row, models, locale),
                row.step, row.processDefinitionId, row.processInstanceId, row.tenant, row.assignee, row.createdAt,
                row.dueAt, row.dueAt != null && row.dueAt.isBefore(now), applications.get(row.processInstanceId),
                "/camunda/app/tasklist/default/#/?task=" + row.id)).toList();
        return new Page(view, total == null ? 0 : total, firstResult, maxResults, entries);
    }

    private String from(TasklistFilters.Kind view, boolean byTenant) {
        StringBuilder sql = new StringBuilder(" from ACT_RU_TASK t where ");
        if (byTenant) {
            sql.append("t.TENANT_ID_ in (:tenants) and ");
        }
        sql.append("exists (select 1 from ACT_RU_IDENTITYLINK i join ACT_RU_AUTHORIZATION a")
                .append(" on a.TYPE_ = :grant and a.GROUP_ID_ = i.GROUP_ID_ and a.RESOURCE_TYPE_ = :taskResource")
                .append(" and a.RESOURCE_ID_ = i.TASK_ID_ and ").append(grantsRead("a.PERMS_"))
                .append(" where i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate' and i.GROUP_ID_ in (:groups))");
        switch (view) {
            case MY_GROUPS -> { }
            // As the Tasklist filters ask: due after the day's start and before its end, or before now.
            case DUE_TODAY -> sql.append(" and t.DUE_DATE_ > :dayStart and t.DUE_DATE_ < :dayEnd");
            case OVERDUE -> sql.append(" and t.DUE_DATE_ < :now");
            case WAITING_FOR_EXTERNAL_BODY -> sql.append(" and exists (select 1 from ACT_RU_VARIABLE v")
                    .append(" where v.PROC_INST_ID_ = t.PROC_INST_ID_ and v.TASK_ID_ is null")
                    .append(" and v.NAME_ = :caseStatus and v.TEXT_ = :waiting)");
        }
        return sql.toString();
    }

    /** The permission bits are a mask; PostgreSQL and H2 spell "and" on bits differently. */
    private String grantsRead(String column) {
        int read = Permissions.READ.getValue();
        return isPostgres()
                ? "(" + column + " & " + read + ") = " + read
                : "bitand(" + column + ", " + read + ") = " + read;
    }

    private boolean isPostgres() {
        return "postgres".equals(engineConfiguration.getDatabaseType());
    }

    /** The application each task's case was submitted as; a task of a called block finds it by its case's root. */
    private Map<String, ApplicationReference> applicationsOf(List<Row> rows) {
        List<String> instances = rows.stream().map(row -> row.processInstanceId).filter(Objects::nonNull).toList();
        Map<String, ApplicationReference> applications = new HashMap<>();
        if (instances.isEmpty()) {
            return applications;
        }
        jdbc.query("select e.ID_, a.id, a.application_number from ACT_RU_EXECUTION e"
                + " join rgl_application a on a.process_instance_id = e.ROOT_PROC_INST_ID_ where e.ID_ in (:instances)",
                new MapSqlParameterSource("instances", instances),
                resultSet -> {
                    applications.put(resultSet.getString(1),
                            new ApplicationReference(resultSet.getString(2), resultSet.getString(3)));
                });
        return applications;
    }

    /** A task created on its own, outside any process, has only the name it was given. */
    private String localizedName(Row row, Map<String, BpmnModelInstance> models, Locale locale) {
        if (row.processDefinitionId == null) {
            return row.name;
        }
        BpmnModelInstance model = models.computeIfAbsent(row.processDefinitionId,
                repositoryService::getBpmnModelInstance);
        BaseElement element = model == null ? null : model.getModelElementById(row.step);
        return element == null ? row.name : ModelProperties.of(element).localized("name", row.name).in(locale);
    }

    private record Row(String id, String name, String step, String processDefinitionId, String processInstanceId,
            String tenant, String assignee, Instant createdAt, Instant dueAt) {
    }

    private static Row row(ResultSet resultSet, int rowNumber) throws SQLException {
        return new Row(resultSet.getString("ID_"), resultSet.getString("NAME_"), resultSet.getString("TASK_DEF_KEY_"),
                resultSet.getString("PROC_DEF_ID_"), resultSet.getString("PROC_INST_ID_"),
                resultSet.getString("TENANT_ID_"), resultSet.getString("ASSIGNEE_"),
                instant(resultSet.getTimestamp("CREATE_TIME_")), instant(resultSet.getTimestamp("DUE_DATE_")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
