package kz.reglament.deadline;

import java.util.List;

/** The WHERE clauses the SLA reports share; values are always bound, never spliced into the SQL. */
final class ReportFilters {

    private ReportFilters() {
    }

    static void appendTenants(StringBuilder sql, List<Object> arguments, List<String> tenants) {
        if (tenants == null) {
            return;
        }
        if (tenants.isEmpty()) {
            sql.append(" and 1 = 0");
            return;
        }
        sql.append(" and tenant_id in (").append(String.join(",", tenants.stream().map(t -> "?").toList()))
                .append(')');
        arguments.addAll(tenants);
    }

    static void appendEquals(StringBuilder sql, List<Object> arguments, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" and ").append(column).append(" = ?");
            arguments.add(value);
        }
    }

    /** Candidate groups are stored comma-joined; match one whole group, not a prefix of another. */
    static void appendGroup(StringBuilder sql, List<Object> arguments, String group) {
        if (group != null && !group.isBlank()) {
            sql.append(" and concat(',', candidate_groups, ',') like ?");
            arguments.add("%," + group.replace("%", "").replace("_", "\\_") + ",%");
        }
    }
}
