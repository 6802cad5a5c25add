package kz.reglament.deadline;

import static kz.reglament.persistence.UtcTimestamps.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** On-time figures from the recorded steps: a step is on time when it was completed by its due moment. */
@Repository
public class SlaReport {

    private final JdbcTemplate jdbc;

    public SlaReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row per tenant, regulation, step and group, over the steps completed in the period, with the steps still
     * open past their due moment at the period's end.
     */
    public record OnTimeRate(String tenant, String regulation, String step, String stepName, String group,
            long completed, long completedOnTime, long openOverdue, Double onTimeRate) {
    }

    public List<OnTimeRate> onTimeRate(List<String> tenants, Instant from, Instant to, String regulation,
            String step, String group) {
        StringBuilder sql = new StringBuilder("select tenant_id, process_definition_key, step_id,"
                + " max(step_name) step_name, candidate_groups,"
                + " sum(case when completed_at >= ? and completed_at < ? then 1 else 0 end) completed,"
                + " sum(case when completed_at >= ? and completed_at < ? and completed_at <= due_at then 1 else 0 end)"
                + " on_time,"
                + " sum(case when created_at < ? and (completed_at is null or completed_at >= ?) and due_at < ?"
                + " then 1 else 0 end) open_overdue"
                + " from rgl_regulated_step where created_at < ? and (completed_at is null or completed_at >= ?)");
        // "Overdue" is judged at the period's end, or now if the period has not ended yet.
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant cutoff = to.isAfter(now) ? now : to;
        List<Object> arguments = new ArrayList<>(List.of(utc(from), utc(to), utc(from), utc(to), utc(cutoff),
                utc(cutoff), utc(cutoff), utc(to), utc(from)));
        ReportFilters.appendTenants(sql, arguments, tenants);
        ReportFilters.appendEquals(sql, arguments, "process_definition_key", regulation);
        ReportFilters.appendEquals(sql, arguments, "step_id", step);
        ReportFilters.appendGroup(sql, arguments, group);
        sql.append(" group by tenant_id, process_definition_key, step_id, candidate_groups"
                + " order by tenant_id, process_definition_key, step_id");
        return jdbc.query(sql.toString(), (row, index) -> {
            long completed = row.getLong("completed");
            long onTime = row.getLong("on_time");
            return new OnTimeRate(row.getString("tenant_id"), row.getString("process_definition_key"),
                    row.getString("step_id"), row.getString("step_name"), row.getString("candidate_groups"),
                    completed, onTime, row.getLong("open_overdue"), completed == 0 ? null : (double) onTime / completed);
        }, arguments.toArray());
    }
}
