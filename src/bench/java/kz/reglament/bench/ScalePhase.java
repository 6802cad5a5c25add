package kz.reglament.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The three queries people wait for, against a PostgreSQL database holding many cases: a staff member's "my group's
 * tasks" and "overdue", both as Tasklist's saved filters and as the service's worklist, and the portal's application
 * status. Measured first with a tenth of {@code bench.scale.finished} finished and {@code bench.scale.running}
 * running cases, then with all of them, to show how the time grows.
 *
 * <p>The cases are {@link CaseCopies copies} of cases the service really ran through its API: one issued licence
 * for the finished ones, and one case stopped at each step of the positive path for the running ones. A tenth of
 * the running tasks are made overdue, and the timers due within a day are moved a week on, so the job executor
 * stays quiet while the queries are timed.
 */
final class ScalePhase {

    private static final String STAFF_USER = "aktobe.licensing-specialist";
    private static final String MY_GROUPS_FILTER = "Менің тобымның тапсырмалары";
    private static final String OVERDUE_FILTER = "Мерзімі өткендер";
    /** Tasklist's page size. */
    private static final int PAGE = 15;
    private static final int WARM_UP_CALLS = 30;
    private static final int MEASURED_CALLS = 300;
    private static final int COPIES_PER_WRITE = 250;
    private static final int WRITERS = 2;

    private final BenchSettings settings;

    ScalePhase(BenchSettings settings) {
        this.settings = settings;
    }

    Map<String, Object> run() throws Exception {
        if (!settings.scaleDatabase().isEmpty()) {
            return measureAgain(Database.existing(settings.scaleDatabase(), settings));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        try (Database database = Database.fresh("postgres", "scale", settings)) {
            try (ConfigurableApplicationContext service = BenchService.start(database, "scale")) {
                ServiceApi api = BenchService.api(service);
                ServiceWorkload.PortalCase portal = new ServiceWorkload.PortalCase(api, ServiceWorkload.latencies());
                String finished = rootInstance(database, portal.runSteps(ServiceApi.signedSubmission(),
                        ServiceWorkload.PortalCase.STEPS));
                List<String> running = new ArrayList<>();
                for (int steps = 0; steps < ServiceWorkload.PortalCase.STEPS; steps++) {
                    running.add(rootInstance(database, portal.runSteps(ServiceApi.signedSubmission(), steps)));
                }
                awaitQuiet(database);
                CaseCopies finishedCase;
                List<CaseCopies> runningCases = new ArrayList<>();
                try (Connection connection = database.connect()) {
                    finishedCase = CaseCopies.of(connection, finished);
                    for (String instance : running) {
                        runningCases.add(CaseCopies.of(connection, instance));
                    }
                }
                result.put("rowsPerFinishedCase", finishedCase.rowsPerCopy());
                int finishedSoFar = 0;
                int runningSoFar = 0;
                List<Map<String, Object>> stages = new ArrayList<>();
                for (int share : List.of(10, 100)) {
                    int finishedTarget = settings.scaleFinished() * share / 100;
                    int runningTarget = settings.scaleRunning() * share / 100;
                    long started = System.nanoTime();
                    write(database, finishedCase, finishedTarget - finishedSoFar);
                    int perTemplate = (runningTarget - runningSoFar) / runningCases.size();
                    for (CaseCopies template : runningCases) {
                        write(database, template, perTemplate);
                    }
                    finishedSoFar = finishedTarget;
                    runningSoFar += perTemplate * runningCases.size();
                    double writeSeconds = (System.nanoTime() - started) / 1e9;
                    settle(database);
                    Map<String, Object> stage = new LinkedHashMap<>();
                    stage.put("finishedCases", finishedSoFar + 1);
                    stage.put("runningCases", runningSoFar + running.size());
                    stage.put("secondsToWrite", Latency.round(writeSeconds));
                    stage.put("tables", tableSizes(database));
                    stage.put("queries", measure(api, database));
                    stages.add(stage);
                    System.out.println("scale: " + Reports.json(stage));
                }
                result.put("stages", stages);
            }
        }
        return result;
    }

    /**
     * The three queries on a database an earlier scale run kept, as they stand, without writing anything: to measure a
     * change to the service or to the database's settings in minutes instead of writing the cases again.
     */
    private static Map<String, Object> measureAgain(Database database) throws Exception {
        try (ConfigurableApplicationContext service = BenchService.start(database, "scale")) {
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("database", database.url());
            stage.put("tables", tableSizes(database));
            stage.put("queries", measure(BenchService.api(service), database));
            System.out.println("scale: " + Reports.json(stage));
            return Map.of("stages", List.of(stage));
        }
    }

    /** The three queries, each {@link #MEASURED_CALLS} times in a row after a warm-up, as one person would. */
    private static Map<String, Object> measure(ServiceApi api, Database database) throws SQLException {
        JsonNode filters = api.filters(STAFF_USER);
        String myGroups = filterId(filters, MY_GROUPS_FILTER);
        String overdue = filterId(filters, OVERDUE_FILTER);
        List<String> applications = sampleApplications(database, WARM_UP_CALLS + MEASURED_CALLS);
        Map<String, Object> queries = new LinkedHashMap<>();
        queries.put("myGroupsTasks", time(() -> api.filterPage(STAFF_USER, myGroups, PAGE)));
        queries.put("overdue", time(() -> api.filterPage(STAFF_USER, overdue, PAGE)));
        queries.put("worklistMyGroupsTasks", time(() -> api.worklist(STAFF_USER, "MY_GROUPS", PAGE)));
        queries.put("worklistOverdue", time(() -> api.worklist(STAFF_USER, "OVERDUE", PAGE)));
        int[] next = {0};
        queries.put("applicationStatus", time(() -> api.status(applications.get(next[0]++))));
        JsonNode worklistMyGroups = api.worklist(STAFF_USER, "MY_GROUPS", PAGE);
        JsonNode worklistOverdue = api.worklist(STAFF_USER, "OVERDUE", PAGE);
        queries.put("tasksOnFirstPage", Map.of(
                "myGroupsTasks", pageSize(api.filterPage(STAFF_USER, myGroups, PAGE)),
                "overdue", pageSize(api.filterPage(STAFF_USER, overdue, PAGE)),
                "worklistMyGroupsTasks", worklistMyGroups.path("tasks").size(),
                "worklistOverdue", worklistOverdue.path("tasks").size()));
        queries.put("tasksInAll", Map.of(
                "myGroupsTasks", worklistMyGroups.path("total").asLong(),
                "overdue", worklistOverdue.path("total").asLong()));
        return queries;
    }

    private static Map<String, Object> time(Supplier<JsonNode> query) {
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            query.get();
        }
        Latency latency = new Latency();
        for (int i = 0; i < MEASURED_CALLS; i++) {
            long started = System.nanoTime();
            query.get();
            latency.since(started);
        }
        return latency.summary();
    }

    private static int pageSize(JsonNode page) {
        return page.path("_embedded").path("task").size();
    }

    private static String filterId(JsonNode filters, String namePrefix) {
        for (JsonNode filter : filters) {
            if (filter.path("name").asText().startsWith(namePrefix)) {
                return filter.path("id").asText();
            }
        }
        throw new IllegalStateException("No filter named " + namePrefix + " among " + filters);
    }

    /** Writes the copies on {@link #WRITERS} connections at once, each committing every {@link #COPIES_PER_WRITE}. */
    private static void write(Database database, CaseCopies template, int copies) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int share = copies / WRITERS + (writer < copies % WRITERS ? 1 : 0);
                running.add(writers.submit(() -> {
                    try (Connection connection = database.connect()) {
                        connection.setAutoCommit(false);
                        for (int done = 0; done < share; done += COPIES_PER_WRITE) {
                            template.write(connection, Math.min(COPIES_PER_WRITE, share - done));
                            connection.commit();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }
    }

    /**
     * Makes a tenth of the running tasks overdue, then lets PostgreSQL take stock as autovacuum would have by the time
     * a database grew this large.
     */
    private static void settle(Database database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update act_ru_task set due_date_ = current_timestamp - interval '3 days'"
                    + " where abs(hashtext(id_)) % 10 = 0");
            // The copies' terms count from when the templates ran, minutes ago; the shortest would otherwise fall
            // due for thousands of cases at once in the middle of the measurement.
            statement.executeUpdate("update act_ru_job set duedate_ = duedate_ + interval '7 days'"
                    + " where type_ = 'timer' and duedate_ < current_timestamp + interval '1 day'");
            statement.execute("vacuum analyze");
        }
    }

    private static Map<String, Long> tableSizes(Database database) throws SQLException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String table : List.of("rgl_application", "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
                    "act_hi_varinst", "act_hi_detail", "act_ru_execution", "act_ru_task", "act_ru_variable",
                    "act_ru_identitylink", "act_ru_job", "act_ru_authorization")) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    sizes.put(table, rows.getLong(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("select pg_database_size(current_database()) / 1048576")) {
                rows.next();
                sizes.put("databaseMb", rows.getLong(1));
            }
        }
        return sizes;
    }

    private static List<String> sampleApplications(Database database, int count) throws SQLException {
        List<String> ids = new ArrayList<>(count);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from rgl_application order by random() limit "
                        + count)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No applications to ask the status of");
        }
        // Fewer applications than calls only in a tiny run: ask again about the same ones.
        for (int i = 0; ids.size() < count; i++) {
            ids.add(ids.get(i));
        }
        return ids;
    }

    private static String rootInstance(Database database, String applicationId) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select process_instance_id from rgl_application where id = '"
                        + applicationId + "'")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Until no asynchronous step of the template cases is still waiting for the job executor. */
    private static void awaitQuiet(Database database) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            if (database.pendingAsyncJobs() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The template cases still have asynchronous steps waiting after a minute");
    }
}
