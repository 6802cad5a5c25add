package kz.reglament.bench;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kz.reglament.signature.DemoPki;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The bare-engine side of the workload: the same positive-path Aktobe medical-licence cases as the benchmark's
 * service workload, on a {@link BareEngine}, through the engine's Java API. Each case does what the portal and the
 * staff do there, with the same variables: the portal submits (the process definition looked up by key and tenant,
 * then started by id with the business key and the submission's variables), staff find each task by tenant, business
 * key and task key as Tasklist does, claim and complete it with the form's values, the agreeing body's answer is
 * correlated as a message, and the portal reads the case's status after every step and until the licence is issued.
 * Staff work authenticated as a member of the step's group in the tenant, so authorization and tenant checks run;
 * the portal's calls carry no engine identity, as in the service.
 */
public final class BareCases {

    /** How often a client looks again for the next step: as the service workload. */
    public static final long POLL_MILLIS = 20;
    public static final int STAFF_TASKS_PER_CASE = 5;
    static final String PROCESS_KEY = "medical-licence-issue";
    static final String ISSUED_END_EVENT = "End_LicenceIssued";
    static final String ISSUED = "ISSUED";
    /** Far beyond a case's longest wait; only a case that stopped running reaches it. */
    private static final long WAIT_LIMIT_MILLIS = TimeUnit.MINUTES.toMillis(2);
    private static final String NUMBER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Where the time of each request goes: submit, findTask (each look for a step's task), complete, status,
     * externalAnswer.
     */
    @FunctionalInterface
    public interface Timings {
        Timings NONE = (kind, startedNanos) -> {
        };

        void record(String kind, long startedNanos);
    }

    private final IdentityService identity;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    public BareCases(ProcessEngine engine) {
        this.identity = engine.getIdentityService();
        this.repository = engine.getRepositoryService();
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.history = engine.getHistoryService();
    }

    /** Runs {@code count} whole cases on {@code clients} threads; returns the staff tasks completed. */
    public int drive(int clients, int count, Timings timings) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completions = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        completions.addAndGet(new PortalCase(timings).run());
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

    /** The case's state as the portal would show it: ISSUED, IN_PROGRESS, or ENDED_AT_&lt;end event&gt;. */
    public String status(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        // The steps the status page lists; read as the service's status reads them, from history.
        history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).list();
        if (instance == null || instance.getEndTime() == null) {
            return "IN_PROGRESS";
        }
        return ISSUED_END_EVENT.equals(instance.getEndActivityId()) ? ISSUED
                : "ENDED_AT_" + instance.getEndActivityId();
    }

    /** The portal's submission as ApplicationService starts it, after its own checks. */
    String submit(String number) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .tenantIdIn(BareEngine.TENANT).latestVersion().singleResult();
        Map<String, Object> variables = new HashMap<>();
        variables.put("activityType", "Стоматология");
        variables.put("activitySubtypes", "Терапиялық стоматология");
        variables.put("address", "Ақтөбе, Абай 1");
        variables.put("applicationId", UUID.randomUUID().toString());
        variables.put("applicationNumber", number);
        variables.put("submittedAt", Instant.now().toString());
        variables.put("applicantId", DemoPki.LEGAL_ENTITY_BIN);
        variables.put("channel", "portal");
        variables.put("applicantIin", null);
        variables.put("applicantBin", DemoPki.LEGAL_ENTITY_BIN);
        variables.put("documentIds", "");
        variables.put("signatureDocumentId", UUID.randomUUID().toString());
        variables.put("signedContentDocumentId", null);
        variables.put("documentLinks", "—");
        return runtime.createProcessInstanceById(definition.getId()).businessKey(number).setVariables(variables)
                .execute().getId();
    }

    /** One case from submission to the issued licence, on the calling thread. */
    private final class PortalCase {

        private final Timings timings;

        PortalCase(Timings timings) {
            this.timings = timings;
        }

        int run() throws InterruptedException {
            String number = newNumber();
            long started = System.nanoTime();
            String id = submit(number);
            timings.record("submit", started);

            work(id, number, "licensing-specialist", "Task_CheckCompleteness", Variables
                    .putValue("documentsComplete", "yes")
                    .putValueTyped("completenessChecklist",
                            SpinValues.jsonValue("[\"application\",\"documents\",\"fee\"]").create()));
            answerFromAgreeingBody(id);
            work(id, number, "licensing-specialist", "Task_ConsiderAgreement", Variables
                    .putValue("agreementDecision", "REQUEST_TREATMENT_DEPT"));
            work(id, number, "treatment-dept-specialist", "Task_QualificationOpinion", Variables
                    .putValue("qualificationCompliant", "yes")
                    .putValue("qualificationOpinion", "Біліктілік талаптарына сәйкес"));
            work(id, number, "licensing-specialist", "Task_FillLicenceOrRefusal", Variables
                    .putValue("decision", "ISSUE")
                    .putValue("applicantName", "«Демо Клиника» ЖШС")
                    .putValue("licenceSubtypes", "Терапиялық стоматология"));
            work(id, number, "head", "Task_SignLicenceOrRefusal", Variables.putValue("signed", true));
            awaitIssued(id);
            return STAFF_TASKS_PER_CASE;
        }

        /** A member of the step's group finds the task, claims it and completes it with the form's values. */
        private void work(String id, String number, String group, String step, VariableMap variables)
                throws InterruptedException {
            String user = BareEngine.TENANT + "." + group;
            List<Task> found = find(user, number, step);
            long deadline = System.currentTimeMillis() + WAIT_LIMIT_MILLIS;
            for (int polls = 1; found.isEmpty(); polls++) {
                if (polls % 50 == 0) {
                    failIfStopped(id, step, deadline);
                }
                Thread.sleep(POLL_MILLIS);
                found = find(user, number, step);
            }
            String taskId = found.get(0).getId();
            long started = System.nanoTime();
            asStaff(user, () -> {
                tasks.claim(taskId, user);
                return null;
            });
            asStaff(user, () -> {
                tasks.complete(taskId, variables);
                return null;
            });
            timings.record("complete", started);
            status(id);
        }

        private List<Task> find(String user, String number, String step) {
            long started = System.nanoTime();
            List<Task> found = asStaff(user, () -> open(number, step));
            timings.record("findTask", started);
            return found;
        }

        /**
         * One request of a staff member: authenticated with their group and its tenant, as engine REST does for each
         * request after checking the password.
         */
        private <T> T asStaff(String user, Supplier<T> request) {
            identity.setAuthentication(user, List.of(user), List.of(BareEngine.TENANT));
            try {
                return request.get();
            } finally {
                identity.clearAuthentication();
            }
        }

        private List<Task> open(String number, String step) {
            return tasks.createTaskQuery().tenantIdIn(BareEngine.TENANT).processInstanceBusinessKey(number)
                    .taskDefinitionKey(step).list();
        }

        private void answerFromAgreeingBody(String id) {
            long started = System.nanoTime();
            runtime.createMessageCorrelation("AgreeingBodyAnswer").processInstanceId(id)
                    .setVariable("AgreeingBodyAnswer_compliant", "true")
                    .setVariable("AgreeingBodyAnswer_comment", "Сәйкес").correlateWithResult();
            timings.record("externalAnswer", started);
        }

        private void awaitIssued(String id) throws InterruptedException {
            long deadline = System.currentTimeMillis() + WAIT_LIMIT_MILLIS;
            for (String status = status(id); !ISSUED.equals(status); status = status(id)) {
                if (!"IN_PROGRESS".equals(status)) {
                    throw new IllegalStateException("Case " + id + " ended as " + status + ", not " + ISSUED);
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("Case " + id + " did not reach " + ISSUED + " within "
                            + WAIT_LIMIT_MILLIS / 1000 + " s");
                }
                Thread.sleep(POLL_MILLIS);
            }
        }

        private void failIfStopped(String id, String step, long deadline) {
            String status = status(id);
            if (!"IN_PROGRESS".equals(status)) {
                throw new IllegalStateException("Case " + id + " ended as " + status + " before " + step);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Case " + id + " did not reach " + step + " within "
                        + WAIT_LIMIT_MILLIS / 1000 + " s");
            }
        }

        /** The status as the portal reads it, timed. */
        private String status(String id) {
            long started = System.nanoTime();
            String status = BareCases.this.status(id);
            timings.record("status", started);
            return status;
        }
    }

    /** A number of the service's form, RG-20261122-K7M2Q9XA: the business key staff search by. */
    static String newNumber() {
        StringBuilder number = new StringBuilder("RG-")
                .append(LocalDate.now(KAZAKHSTAN).format(DateTimeFormatter.BASIC_ISO_DATE)).append('-');
        for (int i = 0; i < 8; i++) {
            number.append(NUMBER_ALPHABET.charAt(RANDOM.nextInt(NUMBER_ALPHABET.length())));
        }
        return number.toString();
    }
}
