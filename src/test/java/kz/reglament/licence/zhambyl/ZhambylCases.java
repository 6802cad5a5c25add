package kz.reglament.licence.zhambyl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.reglament.deployment.ProcessFolder;
import kz.reglament.deployment.ProcessFolderDeployer;
import kz.reglament.deployment.ProcessFolderReader;
import kz.reglament.identity.Iin;
import kz.reglament.registry.licence.EmbeddedLicenceRegistry;
import kz.reglament.registry.licence.Licence;
import kz.reglament.signature.DemoPki;
import kz.reglament.support.EngineClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives Zhambyl's medical-licence cases as staff and the job executor would: deploys {@code processes/zhambyl}
 * from disk, starts cases, completes steps, runs asynchronous jobs and lets terms pass.
 */
final class ZhambylCases {

    static final String TENANT = "zhambyl";
    static final String APPLICANT = DemoPki.APPLICANT_IIN;

    enum SubService {
        ISSUE("issue"), REISSUE("reissue"), DUPLICATE("duplicate");

        final String id;

        SubService(String id) {
            this.id = id;
        }

        String key() {
            return "medical-licence-" + id;
        }
    }

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private Date frozenAt;

    ZhambylCases(ProcessEngine engine, JdbcTemplate jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.managementService = engine.getManagementService();
    }

    /**
     * Stops the engine's clock at this moment. A step's term is both its task's due date and its timer, computed a
     * few microseconds apart in one transaction; within working hours each counts from its own instant, so only a
     * stopped clock lets a test demand that they are equal.
     */
    void freezeClock() {
        frozenAt = new Date();
        ClockUtil.setCurrentTime(frozenAt);
    }

    /** Deploys the folders under {@code processes/} (only Zhambyl's here); an unchanged folder deploys nothing. */
    static void deploy(ProcessFolderReader reader, ProcessFolderDeployer deployer) {
        for (ProcessFolder folder : reader.read("file:processes")) {
            deployer.deploy(folder);
        }
    }

    static Licence licenceOf(EmbeddedLicenceRegistry licences, String holder) {
        return licences.recordIssue(Iin.parse(holder, LocalDate.now()), "MEDICAL_ACTIVITY",
                List.of("Стоматология"), TENANT, LocalDate.of(2015, 10, 1), "earlier-" + UUID.randomUUID());
    }

    /** Starts a case as the API or a staff member's start form would, under a fresh application number. */
    ProcessInstance start(SubService subService, String channel, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>();
        all.put("channel", channel);
        all.put("applicantId", APPLICANT);
        all.put("applicantIin", APPLICANT);
        all.put("activityType", "Стоматология");
        all.put("address", "Тараз қ., Абай даңғылы, 1");
        all.put("submittedAt", Instant.now().toString());
        all.putAll(variables);
        return runtimeService.createProcessInstanceByKey(subService.key()).processDefinitionTenantId(TENANT)
                .businessKey("ZH-" + UUID.randomUUID()).setVariables(all).execute();
    }

    Task task(String businessKey, String taskKey) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).list();
        assertThat(tasks).as("open step %s", taskKey).hasSize(1);
        return tasks.get(0);
    }

    void complete(String businessKey, String taskKey, Map<String, Object> variables) {
        taskService.complete(task(businessKey, taskKey).getId(), variables);
    }

    /** Lets the step's term pass: its timer fires, the breach is recorded and the step stays open. */
    void letTermPass(String businessKey, String taskKey) {
        Task task = task(businessKey, taskKey);
        String timerId = "Timer_" + taskKey.replace("Task_", "") + "Term";
        Job timer = managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
                .activityId(timerId).singleResult();
        assertThat(timer).as("term timer of %s", taskKey).isNotNull();
        assertThat(timer.getDuedate()).isEqualTo(task.getDueDate());
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        try {
            managementService.executeJob(timer.getId());
        } finally {
            if (frozenAt == null) {
                EngineClock.reset();
            } else {
                ClockUtil.setCurrentTime(frozenAt);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from rgl_term_breach where task_id = ?", Integer.class,
                task.getId())).as("breach of %s", taskKey).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("%s stays open", taskKey)
                .isEqualTo(1);
    }

    void letTermPassAndComplete(String businessKey, String taskKey, Map<String, Object> variables) {
        letTermPass(businessKey, taskKey);
        complete(businessKey, taskKey, variables);
    }

    /** Runs the asynchronous continuations of the case and of the blocks it called, as the job executor would. */
    void runJobs(String businessKey) {
        for (Job job = nextJob(businessKey); job != null; job = nextJob(businessKey)) {
            managementService.executeJob(job.getId());
        }
    }

    Job nextJob(String businessKey) {
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list()) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId()).messages()
                    .withRetriesLeft().list();
            if (!jobs.isEmpty()) {
                return jobs.get(0);
            }
        }
        return null;
    }

    List<String> passed(ProcessInstance instance) {
        return passed(instance.getId());
    }

    List<String> passed(String instanceId) {
        List<String> ids = new ArrayList<>();
        engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .orderByHistoricActivityInstanceStartTime().asc().list().forEach(a -> ids.add(a.getActivityId()));
        return ids;
    }

    Object variable(ProcessInstance instance, String name) {
        return variable(instance.getId(), name);
    }

    Object variable(String instanceId, String name) {
        var found = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId).variableName(name).list();
        return found.isEmpty() ? null : found.get(0).getValue();
    }

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
