package kz.reglament.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The positive-path workload through the service's own API, with the service running in this JVM: a portal submits
 * a signed application for a medical licence in Aktobe, staff complete every step of it over engine REST as Tasklist
 * does, the agreeing body's answer arrives through the portal API, and the portal follows the status until the
 * licence is issued.
 */
final class ServiceWorkload {

    /** How often a client looks again for the next step, as a person refreshing Tasklist would, but faster. */
    static final long POLL_MILLIS = 20;
    static final int STAFF_TASKS_PER_CASE = 5;

    private ServiceWorkload() {
    }

    static WorkloadResult run(Database database, int clients, int cases) {
        try (ConfigurableApplicationContext service = BenchService.start(database, database.kind())) {
            ServiceApi api = BenchService.api(service);
            int warmUp = Math.max(2 * clients, cases / 10);
            drive(api, clients, signedSubmissions(warmUp), latencies());
            Map<String, Latency> latencies = latencies();
            List<String> submissions = signedSubmissions(cases);
            long start = System.nanoTime();
            int completions = drive(api, clients, submissions, latencies);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new WorkloadResult(cases, completions, seconds, latencies);
        }
    }

    /** Signing is the portal's work, not the service's: done before the clock starts. */
    private static List<String> signedSubmissions(int count) {
        List<String> submissions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            submissions.add(ServiceApi.signedSubmission());
        }
        return submissions;
    }

    static Map<String, Latency> latencies() {
        Map<String, Latency> latencies = new LinkedHashMap<>();
        for (String kind : List.of("submit", "findTask", "complete", "status", "externalAnswer")) {
            latencies.put(kind, new Latency());
        }
        return latencies;
    }

    /** Runs every submission as a whole case on {@code clients} threads; returns the staff tasks completed. */
    private static int drive(ServiceApi api, int clients, List<String> submissions, Map<String, Latency> latencies) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completions = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < submissions.size(); i = next.getAndIncrement()) {
                        completions.addAndGet(new PortalCase(api, latencies).run(submissions.get(i)));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("A case did not run its course", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return completions.get();
    }

    /** One case from submission to the issued licence, or to one of the steps on the way. */
    record PortalCase(ServiceApi api, Map<String, Latency> latencies) {

        /** The positive path after submission: five staff steps and the agreeing body's answer, in order. */
        static final int STEPS = 6;

        int run(String submission) throws InterruptedException {
            String id = runSteps(submission, STEPS);
            awaitStatus(id, "ISSUED");
            return STAFF_TASKS_PER_CASE;
        }

        /** Submits and takes the case through its first {@code steps} steps; returns the application's id. */
        String runSteps(String submission, int steps) throws InterruptedException {
            long started = System.nanoTime();
            JsonNode created = api.submit(submission);
            latencies.get("submit").since(started);
            String id = created.get("id").asText();
            String number = created.get("number").asText();
            List<Runnable> path = List.of(
                    () -> work(id, number, "aktobe.licensing-specialist", "Task_CheckCompleteness", """
                            {"documentsComplete":{"value":"yes"},
                             "completenessChecklist":{"value":"[\\"application\\",\\"documents\\",\\"fee\\"]","type":"Json"}}"""),
                    () -> answerFromAgreeingBody(id),
                    () -> work(id, number, "aktobe.licensing-specialist", "Task_ConsiderAgreement", """
                            {"agreementDecision":{"value":"REQUEST_TREATMENT_DEPT"}}"""),
                    () -> work(id, number, "aktobe.treatment-dept-specialist", "Task_QualificationOpinion", """
                            {"qualificationCompliant":{"value":"yes"},
                             "qualificationOpinion":{"value":"Біліктілік талаптарына сәйкес"}}"""),
                    () -> work(id, number, "aktobe.licensing-specialist", "Task_FillLicenceOrRefusal", """
                            {"decision":{"value":"ISSUE"},"applicantName":{"value":"«Демо Клиника» ЖШС"},
                             "licenceSubtypes":{"value":"Терапиялық стоматология"}}"""),
                    () -> work(id, number, "aktobe.head", "Task_SignLicenceOrRefusal", """
                            {"signed":{"value":true,"type":"Boolean"}}"""));
            path.subList(0, steps).forEach(Runnable::run);
            return id;
        }

        /** A member of the step's group finds the task, claims it and completes it with the form's values. */
        private void work(String id, String number, String user, String step, String variables) {
            JsonNode tasks = find(user, number, step);
            for (int polls = 1; tasks.isEmpty(); polls++) {
                if (polls % 50 == 0) {
                    failIfEnded(id, step);
                }
                pause();
                tasks = find(user, number, step);
            }
            String taskId = tasks.get(0).get("id").asText();
            long started = System.nanoTime();
            api.claim(user, taskId);
            api.complete(user, taskId, variables);
            latencies.get("complete").since(started);
            status(id);
        }

        private JsonNode find(String user, String number, String step) {
            long started = System.nanoTime();
            JsonNode tasks = api.tasks(user, number, step);
            latencies.get("findTask").since(started);
            return tasks;
        }

        private static void pause() {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void answerFromAgreeingBody(String id) {
            long started = System.nanoTime();
            api.externalAnswer(id, """
                    {"message":"AgreeingBodyAnswer","answer":{"compliant":"true","comment":"Сәйкес"}}""");
            latencies.get("externalAnswer").since(started);
        }

        private void awaitStatus(String id, String expected) throws InterruptedException {
            while (!expected.equals(status(id))) {
                Thread.sleep(POLL_MILLIS);
            }
        }

        private void failIfEnded(String id, String step) {
            String status = status(id);
            if (List.of("ISSUED", "REFUSED", "WITHDRAWN").contains(status)) {
                throw new IllegalStateException("Case " + id + " ended as " + status + " before " + step);
            }
        }

        private String status(String id) {
            long started = System.nanoTime();
            JsonNode view = api.status(id);
            latencies.get("status").since(started);
            return view.get("status").get("code").asText();
        }
    }
}
