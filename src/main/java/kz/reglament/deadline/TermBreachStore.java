package kz.reglament.deadline;

import static kz.reglament.persistence.UtcTimestamps.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The breaches, one per step task or per case term; the unique breach key makes a retried job record none twice. */
@Repository
public class TermBreachStore {

    private final JdbcTemplate jdbc;

    public TermBreachStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String breachKey, TermBreach breach) {
        jdbc.update("insert into rgl_term_breach (id, breach_key, tenant_id, process_instance_id, business_key,"
                        + " process_definition_key, step_id, step_name, step_reference, term, candidate_groups,"
                        + " assignee, task_id, due_at, breached_at, escalation_task_id)"
                        + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                breach.id(), breachKey, breach.tenantId(), breach.processInstanceId(), breach.businessKey(),
                breach.processDefinitionKey(), breach.stepId(), breach.stepName(), breach.stepReference(),
                breach.term(), breach.candidateGroups(), breach.assignee(), breach.taskId(), utc(breach.dueAt()),
                utc(breach.breachedAt()), breach.escalationTaskId());
    }

    /** Breaches in a period, narrowed by whichever criteria are given (null means any). */
    public List<TermBreach> find(List<String> tenants, Instant from, Instant to, String regulation, String step,
            String group) {
        StringBuilder sql = new StringBuilder("select * from rgl_term_breach where breached_at >= ? and breached_at < ?");
        List<Object> arguments = new ArrayList<>(List.of(utc(from), utc(to)));
        ReportFilters.appendTenants(sql, arguments, tenants);
        ReportFilters.appendEquals(sql, arguments, "process_definition_key", regulation);
        ReportFilters.appendEquals(sql, arguments, "step_id", step);
        ReportFilters.appendGroup(sql, arguments, group);
        sql.append(" order by breached_at");
        return jdbc.query(sql.toString(), (row, index) -> new TermBreach(row.getString("id"),
                row.getString("tenant_id"), row.getString("process_instance_id"), row.getString("business_key"),
                row.getString("process_definition_key"), row.getString("step_id"), row.getString("step_name"),
                row.getString("step_reference"), row.getString("term"), row.getString("candidate_groups"),
                row.getString("assignee"), row.getString("task_id"),
                row.getObject("due_at", OffsetDateTime.class).toInstant(),
                row.getObject("breached_at", OffsetDateTime.class).toInstant(),
                row.getString("escalation_task_id")), arguments.toArray());
    }
}
