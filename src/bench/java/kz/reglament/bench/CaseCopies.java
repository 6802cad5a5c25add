package kz.reglament.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Every row a real case left in the database (engine runtime and history, byte arrays, the application and its
 * documents), read once and written back as many times as asked, each copy under fresh ids and a fresh application
 * number. Running cases through the service at its own pace would take days for 110,000 of them; copying cases it
 * really ran gives the tables the same rows, shapes and references in minutes.
 *
 * <p>Which rows belong to the case is found from the columns that name a process instance, task or application;
 * which values are the case's own ids is found from the primary keys of those rows. A value equal to one of them is
 * replaced wherever it appears, so references between rows stay intact in every copy.
 */
final class CaseCopies {

    private static final Set<String> INSTANCE_COLUMNS = Set.of("proc_inst_id_", "root_proc_inst_id_",
            "process_instance_id_", "process_instance_id");
    private static final Set<String> TASK_COLUMNS = Set.of("task_id_", "task_id");
    private static final Set<String> APPLICATION_COLUMNS = Set.of("application_id");
    private static final Pattern TRAILING_UUID = Pattern
            .compile("^(.*?)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern APPLICATION_NUMBER = Pattern.compile("^(RG-\\d{8}-)[0-9A-Z]{8}$");
    private static final String NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final List<TableRows> tables;
    private final Set<String> ownIds;

    private CaseCopies(List<TableRows> tables, Set<String> ownIds) {
        this.tables = tables;
        this.ownIds = ownIds;
    }

    /** The rows of the case whose root process instance is given. */
    static CaseCopies of(Connection connection, String rootProcessInstanceId) throws SQLException {
        Set<String> instances = strings(connection,
                "select id_ from act_hi_procinst where root_proc_inst_id_ = ?", rootProcessInstanceId);
        Set<String> tasks = strings(connection,
                "select id_ from act_hi_taskinst where root_proc_inst_id_ = ?", rootProcessInstanceId);
        Set<String> applications = strings(connection,
                "select id from rgl_application where process_instance_id = ?", rootProcessInstanceId);
        Map<String, List<String>> columnsByTable = columnsByTable(connection);
        Map<String, List<String>> keysByTable = primaryKeys(connection);
        List<TableRows> tables = new ArrayList<>();
        Set<String> mentioned = new HashSet<>();
        for (Map.Entry<String, List<String>> table : columnsByTable.entrySet()) {
            String name = table.getKey();
            if (name.equals("act_ge_bytearray") || name.startsWith("act_re_") || name.startsWith("act_id_")) {
                continue;
            }
            List<String> conditions = new ArrayList<>();
            List<Set<String>> values = new ArrayList<>();
            for (String column : table.getValue()) {
                Set<String> matching = INSTANCE_COLUMNS.contains(column) ? instances
                        : TASK_COLUMNS.contains(column) ? tasks
                        : APPLICATION_COLUMNS.contains(column) ? applications
                        : name.equals("act_ru_authorization") && column.equals("resource_id_") ? union(instances, tasks)
                        : null;
                if (matching != null) {
                    conditions.add(column + " = any(?)");
                    values.add(matching);
                }
            }
            if (name.equals("rgl_application")) {
                conditions.add("id = any(?)");
                values.add(applications);
            }
            if (conditions.isEmpty()) {
                continue;
            }
            TableRows rows = TableRows.read(connection, name, table.getValue(),
                    String.join(" or ", conditions), values);
            if (!rows.rows().isEmpty()) {
                tables.add(rows);
                rows.rows().forEach(row -> mentioned.addAll(nonNull(row)));
            }
        }
        // Variables, job failures and history details keep their values in byte arrays, which name no instance.
        TableRows byteArrays = TableRows.read(connection, "act_ge_bytearray", columnsByTable.get("act_ge_bytearray"),
                "(id_ = any(?) and deployment_id_ is null) or root_proc_inst_id_ = any(?)",
                List.of(mentioned, instances));
        if (!byteArrays.rows().isEmpty()) {
            tables.add(byteArrays);
        }
        tables = parentsFirst(tables, foreignKeys(connection));
        Set<String> ownIds = new HashSet<>();
        for (TableRows table : tables) {
            for (int column : table.columnIndexes(keysByTable.getOrDefault(table.name(), List.of()))) {
                table.rows().forEach(row -> ownIds.add(row[column]));
            }
            if (table.name().equals("rgl_application")) {
                for (int column : table.columnIndexes(List.of("application_number", "idempotency_key"))) {
                    table.rows().forEach(row -> ownIds.add(row[column]));
                }
            }
        }
        ownIds.remove(null);
        return new CaseCopies(tables, ownIds);
    }

    /** How many rows one copy writes, per table. */
    Map<String, Integer> rowsPerCopy() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach(table -> counts.put(table.name(), table.rows().size()));
        return counts;
    }

    /** Writes {@code copies} copies with PostgreSQL's COPY, one table at a time, committing once at the end. */
    void write(Connection connection, int copies) throws SQLException, IOException {
        CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        List<Map<String, String>> renamings = new ArrayList<>(copies);
        for (int copy = 0; copy < copies; copy++) {
            renamings.add(new HashMap<>());
        }
        for (TableRows table : tables) {
            StringBuilder csv = new StringBuilder();
            for (Map<String, String> renaming : renamings) {
                for (String[] row : table.rows()) {
                    for (int column = 0; column < row.length; column++) {
                        if (column > 0) {
                            csv.append(',');
                        }
                        String value = row[column];
                        if (value != null) {
                            if (ownIds.contains(value)) {
                                value = renaming.computeIfAbsent(value, CaseCopies::fresh);
                            }
                            csv.append('"').append(value.replace("\"", "\"\"")).append('"');
                        }
                    }
                    csv.append('\n');
                }
            }
            copyManager.copyIn("copy " + table.name() + " (" + String.join(",", table.columns())
                    + ") from stdin with (format csv)", new StringReader(csv.toString()));
        }
    }

    /** A new value of the same shape: the same prefix before a new UUID, or a new application number. */
    private static String fresh(String id) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Matcher number = APPLICATION_NUMBER.matcher(id);
        if (number.matches()) {
            StringBuilder fresh = new StringBuilder(number.group(1));
            for (int i = 0; i < 8; i++) {
                fresh.append(NUMBER_ALPHABET.charAt(random.nextInt(NUMBER_ALPHABET.length())));
            }
            return fresh.toString();
        }
        Matcher uuid = TRAILING_UUID.matcher(id);
        String newUuid = new UUID(random.nextLong(), random.nextLong()).toString();
        if (uuid.matches()) {
            return uuid.group(1) + newUuid;
        }
        // Not an id the engine or the service makes (the default generator makes UUIDs): one that cannot collide.
        return newUuid;
    }

    /** Rows that others refer to are written first, since the engine's foreign keys are checked on each COPY. */
    private static List<TableRows> parentsFirst(List<TableRows> tables, Map<String, Set<String>> parentsByTable) {
        List<TableRows> ordered = new ArrayList<>();
        Set<String> written = new HashSet<>();
        Set<String> present = new HashSet<>();
        tables.forEach(table -> present.add(table.name()));
        while (ordered.size() < tables.size()) {
            int before = ordered.size();
            for (TableRows table : tables) {
                if (written.contains(table.name())) {
                    continue;
                }
                Set<String> waitingFor = new HashSet<>(parentsByTable.getOrDefault(table.name(), Set.of()));
                waitingFor.retainAll(present);
                waitingFor.remove(table.name());
                if (written.containsAll(waitingFor)) {
                    ordered.add(table);
                    written.add(table.name());
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("Foreign keys between the case's tables form a cycle: "
                        + parentsByTable);
            }
        }
        return ordered;
    }

    private static Map<String, Set<String>> foreignKeys(Connection connection) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select c.relname, p.relname"
                + " from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid"
                + " where k.contype = 'f' and k.connamespace = current_schema()::regnamespace");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                parents.computeIfAbsent(rows.getString(1).toLowerCase(), table -> new HashSet<>())
                        .add(rows.getString(2).toLowerCase());
            }
        }
        return parents;
    }

    private static Set<String> nonNull(String[] row) {
        Set<String> values = new HashSet<>();
        for (String value : row) {
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new HashSet<>(first);
        union.addAll(second);
        return union;
    }

    private static Set<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        Set<String> values = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private static Map<String, List<String>> columnsByTable(Connection connection) throws SQLException {
        return columnsByTable(connection, "select table_name, column_name from information_schema.columns"
                + " where table_schema = current_schema() order by table_name, ordinal_position");
    }

    private static Map<String, List<String>> primaryKeys(Connection connection) throws SQLException {
        return columnsByTable(connection, "select k.table_name, k.column_name"
                + " from information_schema.table_constraints c join information_schema.key_column_usage k"
                + " on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema"
                + " where c.constraint_type = 'PRIMARY KEY' and c.table_schema = current_schema()");
    }

    /** A query's rows of table and column name, the columns of each table in the query's order. */
    private static Map<String, List<String>> columnsByTable(Connection connection, String sql) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1).toLowerCase(), table -> new ArrayList<>())
                        .add(rows.getString(2).toLowerCase());
            }
        }
        return columns;
    }

    /** One table's rows of the case, every value as PostgreSQL writes it as text, which COPY reads back. */
    private record TableRows(String name, List<String> columns, List<String[]> rows) {

        static TableRows read(Connection connection, String name, List<String> columns, String condition,
                List<Set<String>> parameters) throws SQLException {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("select " + String.join(",", columns)
                    + " from " + name + " where " + condition)) {
                for (int i = 0; i < parameters.size(); i++) {
                    Array array = connection.createArrayOf("varchar", parameters.get(i).toArray());
                    statement.setArray(i + 1, array);
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        String[] row = new String[columns.size()];
                        for (int column = 0; column < row.length; column++) {
                            row[column] = result.getString(column + 1);
                        }
                        rows.add(row);
                    }
                }
            }
            return new TableRows(name, columns, rows);
        }

        int[] columnIndexes(List<String> names) {
            return names.stream().mapToInt(columns::indexOf).filter(index -> index >= 0).toArray();
        }
    }
}
