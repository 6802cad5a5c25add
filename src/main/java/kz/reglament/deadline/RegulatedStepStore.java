package kz.reglament.deadline;

import static kz.reglament.persistence.UtcTimestamps.instant;
import static kz.reglament.persistence.UtcTimestamps.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One row per user task that carries a regulated term. Written in the engine's transaction, so a row exists
 * exactly when its task does.
 */
@Repository
public class RegulatedStepStore {

    private final JdbcTemplate jdbc;

    public RegulatedStepStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void opened(RegulatedStep step) {
        jdbc.update("insert into rgl_regulated_step (task_id, tenant_id, process_instance_id, business_key,"
                        + " process_definition_key, process_definition_id, step_id, step_name, step_reference, term,"
                        + " candidate_groups, assignee, created_at, due_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                step.taskId(), step.tenantId(), step.processInstanceId(), step.businessKey(),
                step.processDefinitionKey(), step.processDefinitionId(), step.stepId(), step.stepName(),
                step.stepReference(), step.term(), step.candidateGroups(), step.assignee(), utc(step.createdAt()),
                utc(step.dueAt()));
    }

    public void assigned(String taskId, String assignee) {
        jdbc.update("update rgl_regulated_step set assignee = ? where task_id = ?", assignee, taskId);
    }

    public void completed(String taskId, Instant at) {
        jdbc.update("update rgl_regulated_step set completed_at = ? where task_id = ?", utc(at), taskId);
    }

    /** A task that ended without being done (the case was withdrawn or moved on) is no step of the statistics. */
    public void cancelled(String taskId) {
        jdbc.update("delete from rgl_regulated_step where task_id = ?", taskId);
    }

    public void breached(String taskId, Instant at) {
        jdbc.update("update rgl_regulated_step set breached_at = ? where task_id = ?", utc(at), taskId);
    }

    public void rescheduled(String taskId, Instant dueAt) {
        jdbc.update("update rgl_regulated_step set due_at = ? where task_id = ?", utc(dueAt), taskId);
    }

    public List<RegulatedStep> open() {
        return jdbc.query("select * from rgl_regulated_step where completed_at is null", (row, index) ->
                new RegulatedStep(row.getString("task_id"), row.getString("tenant_id"),
                        row.getString("process_instance_id"), row.getString("business_key"),
                        row.getString("process_definition_key"), row.getString("process_definition_id"),
                        row.getString("step_id"), row.getString("step_name"), row.getString("step_reference"),
                        row.getString("term"), row.getString("candidate_groups"), row.getString("assignee"),
                        row.getObject("created_at", OffsetDateTime.class).toInstant(),
                        row.getObject("due_at", OffsetDateTime.class).toInstant(),
                        instant(row.getObject("breached_at", OffsetDateTime.class))));
    }
}
