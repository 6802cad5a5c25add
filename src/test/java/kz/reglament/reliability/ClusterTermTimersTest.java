package kz.reglament.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.reglament.support.ServiceNode;
import kz.reglament.support.ServiceTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two service nodes, separate JVMs with the job executor on in each, share one PostgreSQL database. They start
 * together on an empty database and must both come up with everything created once. Then a thousand regulated
 * steps' term timers fall due at the same moment; each must fire exactly once, leave exactly one breach and one
 * escalation, and the work must really have been shared between the nodes.
 */
@Tag("postgres")
class ClusterTermTimersTest {

    private static final String URL = System.getenv("REGLAMENT_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("REGLAMENT_TEST_POSTGRES_USER", "postgres");
    private static final int CASES = 1000;
    private static final String TIMER = "Timer_ReviewTerm";
    private static final Duration FIRING_TIMEOUT = Duration.ofSeconds(120);

    /** This run's cases: the checks name them rather than count whole tables, so nothing else can blur them. */
    private final String run = "cluster-" + Long.toString(System.currentTimeMillis(), 36);
    private final String ourCases = "select id_ from act_hi_procinst where business_key_ like '" + run + "-%'";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void twoNodesStartTogetherOnAnEmptyDatabaseAndFireAThousandTermTimersDueAtOnceOnceEach() throws Exception {
        assertThat(URL).as("REGLAMENT_TEST_POSTGRES_URL, the JDBC URL of a PostgreSQL database").isNotBlank();
        String database = emptyDatabase();
        String url = URL.substring(0, URL.lastIndexOf('/') + 1) + database;
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, USER, ""));
        try {
            fireOnTwoNodes(jdbc, url);
        } finally {
            server().execute("drop database if exists " + database + " with (force)");
        }
    }

    private void fireOnTwoNodes(JdbcTemplate jdbc, String url) throws Exception {
        // Both at once on an empty database, as two replicas of a first deployment start: both find no schema and
        // no deployments, and the start-up lock must let only one create them.
        try (ServiceNode a = ServiceNode.launch("cluster-node-a", ServiceNode.freePort(), url, USER, node());
                ServiceNode b = ServiceNode.launch("cluster-node-b", ServiceNode.freePort(), url, USER, node())) {
            a.awaitReady();
            b.awaitReady();
            assertStartedOnce(jdbc);

            long started = System.nanoTime();
            startCases(a, b);
            System.out.printf("Started %d cases in %d ms%n", CASES, (System.nanoTime() - started) / 1_000_000);

            assertThat(jdbc.queryForObject(timerJobs("count(*)") + " and j.duedate_ > now()", Integer.class))
                    .as("term timers waiting, none due yet").isEqualTo(CASES);
            assertThat(jdbc.queryForObject("select count(*) from rgl_term_breach where business_key like '" + run
                    + "-%'", Integer.class)).isZero();

            // The terms of all thousand steps run out now: one statement moves every timer's due date (and its
            // task's, as the term's end) to the same past moment, so both nodes find them all due at once.
            long due = System.nanoTime();
            int moved = jdbc.update("update act_ru_job set duedate_ = now() - interval '1 second' where id_ in ("
                    + timerJobs("j.id_") + ")");
            jdbc.update("update act_ru_task set due_date_ = now() - interval '1 second'"
                    + " where task_def_key_ = 'Task_Review' and proc_inst_id_ in (" + ourCases + ")");
            assertThat(moved).isEqualTo(CASES);

            awaitFired(jdbc);
            long firedMillis = (System.nanoTime() - due) / 1_000_000;

            // A graceful stop closes each engine, which writes its job-acquisition metrics to the database.
            a.stop();
            b.stop();

            assertFiredOnceEach(jdbc);
            Map<String, Integer> perNode = perNodeExecutions(jdbc);
            assertThat(perNode).as("timer jobs executed per node").containsOnlyKeys(a.name(), b.name());
            assertThat(perNode.values()).allSatisfy(count -> assertThat(count).isPositive());
            assertThat(perNode.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CASES);
            Map<String, Long> conflicts = acquisitionConflicts(jdbc);
            assertThat(conflicts.values().stream().mapToLong(Long::longValue).sum())
                    .as("jobs both nodes tried to take: the nodes really competed").isPositive();
            System.out.printf("%d timers fired in %d ms; executed per node %s; acquisition conflicts per node %s%n",
                    CASES, firedMillis, perNode, conflicts);
        }
    }

    private static Map<String, String> node() {
        return Map.of(
                "reglament.processes.location", ServiceTest.FIXTURE_PROCESSES,
                "camunda.bpm.job-execution.enabled", "true",
                // An idle job executor polls ever more slowly, up to a minute by default. The timers are made due by
                // the database, so no node gets the in-process hint it gets for jobs it creates itself; polling at
                // most a second apart keeps the test about firing, not about a node's idle back-off.
                "camunda.bpm.job-execution.wait-time-in-millis", "500",
                "camunda.bpm.job-execution.max-wait", "1000");
    }

    /** Each folder deployed once, each process at version 1, each Tasklist filter once: nothing done twice. */
    private static void assertStartedOnce(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForList("select name_ from act_re_deployment group by name_, tenant_id_"
                + " having count(*) > 1", String.class)).as("folders deployed twice").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class))
                .as("deployments: common, aktobe, zhambyl").isEqualTo(3);
        assertThat(jdbc.queryForObject("select max(version_) from act_re_procdef", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select name_ from act_ru_filter group by name_, owner_, query_"
                + " having count(*) > 1", String.class)).as("Tasklist filters made twice").isEmpty();
    }

    /** A database of its own next to the one CI names, so both nodes find it empty. */
    private static String emptyDatabase() {
        String given = URL.substring(URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String database = (given + "_cluster").toLowerCase();
        assertThat(database).matches("[a-z0-9_]{1,63}");
        server().execute("drop database if exists " + database + " with (force)");
        server().execute("create database " + database);
        return database;
    }

    /** The CI database's server, for creating and dropping the test's own database. */
    private static JdbcTemplate server() {
        return new JdbcTemplate(new DriverManagerDataSource(URL, USER, ""));
    }

    private void startCases(ServiceNode... nodes) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> starts = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                String businessKey = run + "-%04d".formatted(i);
                ServiceNode node = nodes[i % nodes.length];
                starts.add(clients.submit(() -> post(node, "/engine-rest/process-definition/key/fixture-review"
                        + "/tenant-id/aktobe/start", "{\"businessKey\":\"" + businessKey + "\"}")));
            }
            for (Future<Integer> start : starts) {
                assertThat(start.get()).as("case start").isEqualTo(200);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private int post(ServiceNode node, String path, String json) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + ServiceNode.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private String timerJobs(String select) {
        return "select " + select + " from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
                + " where d.act_id_ = '" + TIMER + "' and j.process_instance_id_ in (" + ourCases + ")";
    }

    private void awaitFired(JdbcTemplate jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + FIRING_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            int left = jdbc.queryForObject(timerJobs("count(*)"), Integer.class);
            int breaches = jdbc.queryForObject("select count(*) from rgl_term_breach where business_key like"
                    + " '" + run + "-%'", Integer.class);
            if (left == 0 && breaches >= CASES) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Timers still waiting after " + FIRING_TIMEOUT + ": "
                + jdbc.queryForObject(timerJobs("count(*)"), Integer.class));
    }

    private void assertFiredOnceEach(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForMap("select count(*) as fired, count(distinct proc_inst_id_) as cases"
                + " from act_hi_actinst where act_id_ = ? and proc_inst_id_ in (" + ourCases + ")", TIMER))
                .as("timer activity instances").containsEntry("fired", (long) CASES)
                .containsEntry("cases", (long) CASES);
        assertThat(jdbc.queryForMap("select count(*) as breaches, count(distinct process_instance_id) as cases,"
                + " count(distinct escalation_task_id) as escalations from rgl_term_breach"
                + " where process_instance_id in (" + ourCases + ")"))
                .as("breach records").containsEntry("breaches", (long) CASES).containsEntry("cases", (long) CASES)
                .containsEntry("escalations", (long) CASES);
        assertThat(jdbc.queryForObject("select count(*) from rgl_term_breach where step_id = 'Task_Review'"
                + " and business_key like '" + run + "-%'", Integer.class)).isEqualTo(CASES);
        // The head's escalation tasks are tasks of no process; each names its case in the variable caseId.
        assertThat(jdbc.queryForMap("select count(*) as escalations, count(distinct v.text_) as cases"
                + " from act_ru_variable v join act_ru_task t on t.id_ = v.task_id_ where v.name_ = 'caseId'"
                + " and t.proc_inst_id_ is null and v.text_ in (" + ourCases + ")"))
                .as("cases escalated to the head").containsEntry("escalations", (long) CASES)
                .containsEntry("cases", (long) CASES);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = 'Task_Review'"
                + " and proc_inst_id_ in (" + ourCases + ")", Integer.class))
                .as("reviews still open: a term does not cancel its step").isEqualTo(CASES);
        assertThat(jdbc.queryForObject("select count(*) from rgl_regulated_step where breached_at is not null"
                + " and process_instance_id in (" + ourCases + ")", Integer.class)).isEqualTo(CASES);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job where process_instance_id_ in ("
                + ourCases + ")", Integer.class)).as("jobs left").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident where proc_inst_id_ in (" + ourCases
                + ")", Integer.class)).as("incidents").isZero();
        // Each job ran to success once; a node that lost a job to the other never ran it, nor failed it.
        assertThat(jdbc.queryForList("select job_id_ from act_hi_job_log where job_state_ = 2 and act_id_ = ?"
                + " and process_instance_id_ in (" + ourCases + ") group by job_id_ having count(*) > 1",
                String.class, TIMER)).as("jobs that succeeded twice").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1"
                + " and process_instance_id_ in (" + ourCases + ")", Integer.class))
                .as("failed job executions").isZero();
    }

    private Map<String, Integer> perNodeExecutions(JdbcTemplate jdbc) {
        Map<String, Integer> perNode = new TreeMap<>();
        jdbc.query("select hostname_, count(*) as jobs from act_hi_job_log where job_state_ = 2"
                + " and act_id_ = ? and process_instance_id_ in (" + ourCases + ") group by hostname_", row -> {
                    perNode.put(row.getString("hostname_"), row.getInt("jobs"));
                }, TIMER);
        return perNode;
    }

    /** Jobs a node acquired but lost to the other node's optimistic lock: the attempts at running one twice. */
    private static Map<String, Long> acquisitionConflicts(JdbcTemplate jdbc) {
        Map<String, Long> perNode = new TreeMap<>();
        jdbc.query("select reporter_, sum(value_) as conflicts from act_ru_meter_log"
                + " where name_ = 'job-acquired-failure' and reporter_ like 'cluster-node-%' group by reporter_",
                row -> {
                    perNode.put(row.getString("reporter_"), row.getLong("conflicts"));
                });
        return perNode;
    }
}
