package kz.reglament.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import kz.reglament.client.ApiClients;
import kz.reglament.signature.DemoPki;
import kz.reglament.support.ServiceNode;
import kz.reglament.support.SignedApplications;
import kz.reglament.support.StaffUsers;
import kz.reglament.support.TestPkiInitializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A node is killed with SIGKILL while a portal submits Aktobe medical-licence applications and a licensing
 * specialist completes their completeness checks, then started again on the same database. The clients do what real
 * ones do: a request that failed is sent again, a submission with the same Idempotency-Key and body. Afterwards every
 * accepted submission exists once, every case is where it stood or further on, the asynchronous steps the dead node
 * held are run by the new one, and every completion is applied exactly once or, if it never arrived, can be made.
 */
@Tag("postgres")
class CrashRecoveryTest {

    private static final String URL = System.getenv("REGLAMENT_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("REGLAMENT_TEST_POSTGRES_USER", "postgres");
    private static final String PORTAL_KEY = "crash-test-portal-key-aktobe-medical-licence";
    private static final String PORTAL_CLIENT = "crash-test-portal";
    private static final String SPECIALIST = "crash-specialist";
    private static final String REVIEW = "Task_CheckCompleteness";
    private static final int SUBMITTERS = 3;
    private static final Duration PHASE_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * This test's cases and their called intakes. {@code .ci/run} gives all PostgreSQL tests one database, so every
     * check names its own cases rather than counting whole tables.
     */
    private static final String OUR_CASES = "select id_ from act_hi_procinst where business_key_ in (select"
            + " application_number from rgl_application where client_id = '" + PORTAL_CLIENT + "')";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** Idempotency key of each accepted submission → the application number the service answered with. */
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    /** Submissions whose request reached the node but whose answer never came back; each was sent again. */
    private final Set<String> submissionsCutOff = ConcurrentHashMap.newKeySet();
    /** Submissions answered 200: an earlier request with the same key had already created the application. */
    private final Set<String> acceptedEarlier = ConcurrentHashMap.newKeySet();
    private final AtomicInteger submissionsRefused = new AtomicInteger();
    /** Task id → case of each completion the service confirmed. */
    private final Map<String, String> completed = new ConcurrentHashMap<>();
    /** Task id → case of each completion cut off in flight: applied or not, nobody knows yet. */
    private final Map<String, String> completionsCutOff = new ConcurrentHashMap<>();
    private final List<String> unexpected = new ArrayList<>();
    private volatile boolean trafficOn = true;

    @Test
    void afterAKillNineNoAcceptedSubmissionOrConfirmedCompletionIsLostOrDoubledAndCasesGoOn() throws Exception {
        assertThat(URL).as("REGLAMENT_TEST_POSTGRES_URL, the JDBC URL of a fresh database").isNotBlank();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(URL, USER, ""));
        int port = ServiceNode.freePort();
        Map<String, String> configuration = node();

        ExecutorService clients = Executors.newFixedThreadPool(SUBMITTERS + 1);
        try (ServiceNode first = ServiceNode.launch("crash-node-1", port, URL, USER, configuration).awaitReady()) {
            paymentsFollowApplications(jdbc);
            specialist(first);

            List<Future<?>> traffic = new ArrayList<>();
            for (int i = 0; i < SUBMITTERS; i++) {
                traffic.add(clients.submit(() -> submitWhileTrafficOn(first)));
            }
            traffic.add(clients.submit(() -> completeWhileTrafficOn(first)));
            await("traffic before the crash", () -> accepted.size() >= 20 && completed.size() >= 5);

            int acceptedBefore = accepted.size();
            int completedBefore = completed.size();
            long killedAt = System.nanoTime();
            first.kill();
            awaitSessionsGone(jdbc, first.name());
            // What the database held at the moment of the crash: the open reviews and the asynchronous steps.
            Set<String> openAtCrash = new HashSet<>(jdbc.queryForList(
                    "select id_ from act_ru_task where task_def_key_ = ?", String.class, REVIEW));
            List<Map<String, Object>> jobsAtCrash = jdbc.queryForList(
                    "select id_, lock_owner_ from act_ru_job where type_ = 'message' and process_instance_id_ in ("
                            + OUR_CASES + ")");

            // The new node listens where the old one did, as behind a fixed address, so the clients simply go on.
            try (ServiceNode second = ServiceNode.launch("crash-node-2", port, URL, USER, configuration)
                    .awaitReady()) {
                long downMillis = (System.nanoTime() - killedAt) / 1_000_000;
                await("traffic after the restart",
                        () -> accepted.size() >= acceptedBefore + 15 && completed.size() >= completedBefore + 5);
                trafficOn = false;
                for (Future<?> client : traffic) {
                    client.get();
                }
                // The dead node's locks expire, then the new node runs every step that was waiting or in flight.
                await("asynchronous steps after the restart", () -> jdbc.queryForObject(
                        "select count(*) from act_ru_job where type_ = 'message' and process_instance_id_ in ("
                                + OUR_CASES + ")", Integer.class) == 0);

                int completedAgain = completeWhatNeverArrived(second, jdbc);

                assertThat(unexpected).as("answers no client should get").isEmpty();
                assertEverySubmissionOnce(jdbc);
                assertEveryCompletionOnce(jdbc);
                assertCasesWentOn(jdbc, openAtCrash, jobsAtCrash);
                System.out.printf("Killed after %d accepted submissions and %d completions; down %d ms;"
                                + " %d submissions (%d of them committed before the crash) and %d completions"
                                + " (%d of them never arrived, completed again) cut off in flight; %d submissions"
                                + " refused a connection; %d open reviews and %d asynchronous steps (%d locked by the"
                                + " dead node) at the crash; %d submissions and %d completions in all%n",
                        acceptedBefore, completedBefore, downMillis, submissionsCutOff.size(), acceptedEarlier.size(),
                        completionsCutOff.size(), completedAgain, submissionsRefused.get(), openAtCrash.size(),
                        jobsAtCrash.size(), jobsAtCrash.stream().filter(job -> job.get("lock_owner_") != null).count(),
                        accepted.size(), completed.size());
                second.stop();
            }
        } finally {
            trafficOn = false;
            clients.shutdownNow();
            paymentsNoLongerFollow(jdbc);
        }
    }

    private static Map<String, String> node() {
        Map<String, String> properties = new HashMap<>();
        TestPkiInitializer.properties().forEach((key, value) -> properties.put(key, value.toString()));
        properties.put("reglament.processes.location", "classpath:processes");
        properties.put("reglament.api.clients." + PORTAL_CLIENT + ".key-sha256", ApiClients.sha256(PORTAL_KEY));
        properties.put("reglament.api.clients." + PORTAL_CLIENT + ".tenants[0]", "aktobe");
        properties.put("reglament.api.clients." + PORTAL_CLIENT + ".services[0]", "medical-licence");
        properties.put("reglament.api.clients." + PORTAL_CLIENT + ".requests-per-minute", "100000");
        properties.put("camunda.bpm.job-execution.enabled", "true");
        // A killed node cannot unlock the jobs it acquired; another node takes them only when their lock expires,
        // five minutes by default. A short lock lets the test see them resume within its run; it is safe here
        // because every job of these processes finishes in well under a second.
        properties.put("camunda.bpm.job-execution.lock-time-in-millis", "10000");
        properties.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
        properties.put("camunda.bpm.job-execution.max-wait", "1000");
        return properties;
    }

    /**
     * The fee check looks for a payment towards the application's number, which exists only once the application
     * does. The applicant pays for each one in the same transaction that registers it (a trigger in the embedded
     * payment table's database), so a submission rolled back by the crash leaves no payment either, and the fee
     * check never races the test. Only this test's client pays so, and only during the test.
     */
    private static void paymentsFollowApplications(JdbcTemplate jdbc) {
        jdbc.execute("""
                create or replace function crash_test_pay() returns trigger language plpgsql as $$
                begin
                  insert into rgl_payment (reference, application_number, payer_id, amount, paid_at)
                  values ('PAY-' || new.id, new.application_number, new.applicant_id, 39320.00, now());
                  return new;
                end $$""");
        jdbc.execute("create trigger crash_test_pay after insert on rgl_application for each row when"
                + " (new.client_id = '" + PORTAL_CLIENT + "') execute function crash_test_pay()");
    }

    private static void paymentsNoLongerFollow(JdbcTemplate jdbc) {
        jdbc.execute("drop trigger if exists crash_test_pay on rgl_application");
        jdbc.execute("drop function if exists crash_test_pay()");
    }

    private void specialist(ServiceNode node) throws Exception {
        assertThat(send(node, admin(), "POST", "/engine-rest/user/create", """
                {"profile":{"id":"%s","firstName":"Crash","lastName":"Specialist","email":"crash@example.kz"},
                 "credentials":{"password":"%s"}}""".formatted(SPECIALIST, StaffUsers.PASSWORD)).statusCode())
                .isEqualTo(204);
        assertThat(send(node, admin(), "PUT", "/engine-rest/group/aktobe.licensing-specialist/members/" + SPECIALIST,
                null).statusCode()).isEqualTo(204);
    }

    private void submitWhileTrafficOn(ServiceNode node) {
        while (trafficOn) {
            String key = UUID.randomUUID().toString();
            String body = application();
            while (true) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                                    node.url("/api/v1/applications"))).timeout(Duration.ofSeconds(30))
                            .header("X-API-Key", PORTAL_KEY).header("Idempotency-Key", key)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 || response.statusCode() == 201) {
                        accepted.put(key, JSON.readTree(response.body()).get("number").asText());
                        if (response.statusCode() == 200) {
                            acceptedEarlier.add(key);
                        }
                        break;
                    }
                    unexpected("submission " + key + ": " + response.statusCode() + " " + response.body());
                    break;
                } catch (ConnectException | HttpConnectTimeoutException down) {
                    submissionsRefused.incrementAndGet();
                } catch (IOException inFlight) {
                    submissionsCutOff.add(key);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause();
            }
        }
    }

    private static String application() {
        String application = """
                {"applicant":{"bin":"%s"},"form":{"activityType":"Стоматология",
                 "activitySubtypes":"Терапиялық стоматология","address":"Ақтөбе, Абай 1"}}"""
                .formatted(DemoPki.LEGAL_ENTITY_BIN);
        return """
                {"tenant":"aktobe","service":"medical-licence","subService":"issue","channel":"portal",
                 "signature":"%s","documents":[]}""".formatted(SignedApplications.signedByLegalEntityHead(application));
    }

    /** The specialist works through the reviews as Tasklist would: the list, then one completion per task. */
    private void completeWhileTrafficOn(ServiceNode node) {
        while (trafficOn) {
            try {
                HttpResponse<String> list = send(node, specialist(), "GET", "/engine-rest/task?taskDefinitionKey="
                        + REVIEW + "&sortBy=created&sortOrder=asc&maxResults=5", null);
                if (list.statusCode() != 200) {
                    pause();
                    continue;
                }
                for (JsonNode task : JSON.readTree(list.body())) {
                    if (!trafficOn) {
                        return;
                    }
                    complete(node, task.get("id").asText(), task.get("processInstanceId").asText());
                }
            } catch (IOException down) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Completes a review; true when the service confirmed it. */
    private boolean complete(ServiceNode node, String taskId, String caseId) throws InterruptedException {
        try {
            HttpResponse<String> response = send(node, specialist(), "POST", "/engine-rest/task/" + taskId
                    + "/complete", "{\"variables\":{\"documentsComplete\":{\"value\":\"yes\",\"type\":\"String\"}}}");
            if (response.statusCode() == 204) {
                completed.put(taskId, caseId);
                return true;
            }
            unexpected("completion of " + taskId + ": " + response.statusCode() + " " + response.body());
        } catch (ConnectException | HttpConnectTimeoutException down) {
            // Never reached the node; the task comes round again in the list.
        } catch (IOException inFlight) {
            completionsCutOff.put(taskId, caseId);
        }
        return false;
    }

    /** A completion cut off in flight that never got applied leaves its task open: the specialist completes it now. */
    private int completeWhatNeverArrived(ServiceNode node, JdbcTemplate jdbc) throws InterruptedException {
        int again = 0;
        for (Map.Entry<String, String> cutOff : completionsCutOff.entrySet()) {
            boolean open = jdbc.queryForObject("select count(*) from act_ru_task where id_ = ?", Integer.class,
                    cutOff.getKey()) == 1;
            if (open) {
                assertThat(complete(node, cutOff.getKey(), cutOff.getValue()))
                        .as("completing %s again", cutOff.getKey()).isTrue();
            }
            if (completed.containsKey(cutOff.getKey())) {
                again++;
            }
        }
        return again;
    }

    private void assertEverySubmissionOnce(JdbcTemplate jdbc) {
        assertThat(submissionsCutOff).as("cut-off submissions were all accepted on a retry")
                .allSatisfy(key -> assertThat(accepted).containsKey(key));
        assertThat(submissionsCutOff).as("only a retried submission can find its application already there")
                .containsAll(acceptedEarlier);
        assertThat(jdbc.queryForObject("select count(*) from rgl_application where client_id = ?", Integer.class,
                PORTAL_CLIENT))
                .as("applications: one per accepted submission, none from a request the crash cut off")
                .isEqualTo(accepted.size());
        for (Map.Entry<String, String> submission : accepted.entrySet()) {
            assertThat(jdbc.queryForList("select application_number from rgl_application where client_id = ?"
                    + " and idempotency_key = ?", String.class, PORTAL_CLIENT, submission.getKey()))
                    .as("application of submission %s", submission.getKey()).containsExactly(submission.getValue());
        }
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ ="
                + " 'medical-licence-issue' and id_ in (" + OUR_CASES + ")", Integer.class)).as("cases")
                .isEqualTo(accepted.size());
        assertThat(jdbc.queryForList("select a.application_number from rgl_application a where a.client_id = '"
                + PORTAL_CLIENT + "' and (select count(*) from"
                + " act_hi_procinst p where p.business_key_ = a.application_number and p.proc_def_key_ ="
                + " 'medical-licence-issue' and p.id_ = a.process_instance_id) <> 1", String.class))
                .as("applications without exactly one case of their own").isEmpty();
    }

    private void assertEveryCompletionOnce(JdbcTemplate jdbc) {
        Set<String> applied = new HashSet<>(completed.keySet());
        applied.addAll(completionsCutOff.keySet());
        for (String taskId : applied) {
            assertThat(jdbc.queryForMap("select end_time_ is not null as ended, delete_reason_ from act_hi_taskinst"
                    + " where id_ = ?", taskId)).as("review %s in history", taskId)
                    .containsEntry("ended", true).containsEntry("delete_reason_", "completed");
        }
        assertThat(jdbc.queryForObject("select count(*) from act_hi_taskinst where task_def_key_ = ?"
                + " and end_time_ is not null and proc_inst_id_ in (" + OUR_CASES + ")", Integer.class, REVIEW))
                .as("reviews done, none twice, none unknown")
                .isEqualTo(applied.size());
        Set<String> casesDone = new HashSet<>(completed.values());
        casesDone.addAll(completionsCutOff.values());
        assertThat(new HashSet<>(jdbc.queryForList("select proc_inst_id_ from act_ru_execution where act_id_ ="
                + " 'Receive_AgreeingBodyAnswer' and proc_inst_id_ in (" + OUR_CASES + ")", String.class)))
                .as("cases waiting for the agreeing body")
                .isEqualTo(casesDone);
    }

    private static void assertCasesWentOn(JdbcTemplate jdbc, Set<String> openAtCrash,
            List<Map<String, Object>> jobsAtCrash) {
        assertThat(jdbc.queryForList("select p.business_key_ from act_hi_procinst p where p.proc_def_key_ ="
                + " 'medical-licence-issue' and p.id_ in (" + OUR_CASES + ") and (select count(*) from act_hi_actinst i"
                + " where i.proc_inst_id_ = p.id_"
                + " and i.act_id_ = ?) <> 1", String.class, REVIEW)).as("cases not at their review exactly once")
                .isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ ="
                + " 'medical-licence-portal-intake' and id_ in (" + OUR_CASES + ") and (end_time_ is null"
                + " or end_act_id_ <> 'End_Registered')",
                Integer.class)).as("portal intakes not registered").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident where proc_inst_id_ in (" + OUR_CASES
                + ")", Integer.class)).as("incidents").isZero();
        for (String taskId : openAtCrash) {
            assertThat(jdbc.queryForObject("select coalesce(delete_reason_, 'open') from act_hi_taskinst where id_ = ?",
                    String.class, taskId)).as("review %s, open at the crash", taskId).isIn("open", "completed");
        }
        for (Map<String, Object> job : jobsAtCrash) {
            assertThat(jdbc.queryForList("select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2",
                    String.class, job.get("id_"))).as("runs of step %s, waiting at the crash", job.get("id_"))
                    .containsExactly("crash-node-2");
        }
    }

    private HttpResponse<String> send(ServiceNode node, String credentials, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String admin() {
        return basic("admin", ServiceNode.ADMIN_PASSWORD);
    }

    private static String specialist() {
        return basic(SPECIALIST, StaffUsers.PASSWORD);
    }

    private static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private synchronized void unexpected(String what) {
        unexpected.add(what);
    }

    /** A killed node's sessions end when the server notices; until then a commit it sent may still land. */
    private static void awaitSessionsGone(JdbcTemplate jdbc, String node) throws InterruptedException {
        await("the killed node's database sessions to end", () -> jdbc.queryForObject(
                "select count(*) from pg_stat_activity where application_name = ?", Integer.class, node) == 0);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
