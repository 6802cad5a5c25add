package kz.reglament.licence.westkazakhstan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.reglament.deployment.ProcessFolder;
import kz.reglament.deployment.ProcessFolderDeployer;
import kz.reglament.deployment.ProcessFolderReader;
import kz.reglament.identity.Bin;
import kz.reglament.identity.TestIdentityNumbers;
import kz.reglament.registry.legalentity.EmbeddedLegalEntityRegistry;
import kz.reglament.registry.legalentity.LegalEntity;
import kz.reglament.registry.legalentity.LegalEntityStatus;
import kz.reglament.registry.licence.EmbeddedLicenceRegistry;
import kz.reglament.registry.licence.Licence;
import kz.reglament.registry.notary.EmbeddedPowerOfAttorneyRegistry;
import kz.reglament.registry.notary.PowerOfAttorney;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the West Kazakhstan licence tests share: the folder deployed, registry data, and a case driven step by step. */
abstract class WestKazakhstanCases {

    static final String TENANT = "west-kazakhstan";
    static final String PROCESSES = "file:processes";
    static final List<String> KEYS = List.of("medical-licence-issue", "medical-licence-reissue",
            "medical-licence-duplicate", "medical-licence-portal-intake", "medical-licence-psc-intake");
    private static int serial = (int) (System.nanoTime() % 40000);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessFolderReader reader;
    @Autowired
    ProcessFolderDeployer deployer;
    @Autowired
    EmbeddedLicenceRegistry licences;
    @Autowired
    EmbeddedLegalEntityRegistry legalEntities;
    @Autowired
    EmbeddedPowerOfAttorneyRegistry notary;

    /** Deploys processes/west-kazakhstan; an unchanged folder deploys nothing, so every test may call it. */
    void deployWestKazakhstan() {
        ProcessFolder folder = reader.read(PROCESSES).stream().filter(f -> f.name().equals(TENANT)).findFirst()
                .orElseThrow();
        deployer.deploy(folder);
    }

    static String newBin() {
        while (true) {
            String number = TestIdentityNumbers.withCheckDigit("160540" + String.format("%05d", serial++));
            if (number != null) {
                return number;
            }
        }
    }

    static String newIin() {
        while (true) {
            String number = TestIdentityNumbers.withCheckDigit("870915" + "3" + String.format("%04d", serial++ % 10000));
            if (number != null) {
                return number;
            }
        }
    }

    /** A clinic the database of legal entities knows. */
    String clinic() {
        String bin = newBin();
        legalEntities.save(new LegalEntity(bin, "«Орал Денсаулық» ЖШС", "ТОО «Орал Денсаулык»", LocalDate.of(2016, 5, 4),
                LegalEntityStatus.REGISTERED, "Орал қ., Достық-Дружба даңғылы, 10", newIin(), "Ахметов Ерлан"));
        return bin;
    }

    /** A representative of the clinic with a notarised power for the sub-service. */
    String representativeOf(String clinic, String processKey) {
        String representative = newIin();
        notary.save(new PowerOfAttorney("POA-" + representative, clinic, representative, LocalDate.of(2025, 1, 10),
                LocalDate.of(2030, 1, 9), null, Set.of(processKey)));
        return representative;
    }

    Licence licenceOf(String holder) {
        return licences.recordIssue(Bin.parse(holder), "MEDICAL_ACTIVITY", List.of("Стоматология", "Терапия"), TENANT,
                LocalDate.of(2024, 6, 1), "earlier-" + holder);
    }

    Case start(String subService, String channel, String applicantId, Map<String, Object> form) {
        Map<String, Object> variables = new HashMap<>(form);
        variables.put("channel", channel);
        variables.put("applicantId", applicantId);
        variables.put(applicantId.charAt(4) >= '4' ? "applicantBin" : "applicantIin", applicantId);
        variables.put("submittedAt", "2026-03-17T05:00:00Z");
        variables.putIfAbsent("activityType", "Стоматология");
        String number = "WKO-" + UUID.randomUUID();
        ProcessInstance instance = runtimeService.createProcessInstanceByKey("medical-licence-" + subService)
                .processDefinitionTenantId(TENANT).businessKey(number).setVariables(variables).execute();
        return new Case(number, instance);
    }

    /** One application: its business key is shared by the case and the intake it calls. */
    class Case {
        final String number;
        final ProcessInstance instance;

        Case(String number, ProcessInstance instance) {
            this.number = number;
            this.instance = instance;
        }

        String id() {
            return instance.getId();
        }

        List<String> instanceIds() {
            List<String> ids = new ArrayList<>();
            ids.add(instance.getId());
            runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list()
                    .forEach(sub -> ids.add(sub.getId()));
            return ids;
        }

        /** Runs the jobs that are due now (registry calls, signature checks), as the job executor would. */
        Case runJobs() {
            for (int round = 0; round < 10; round++) {
                List<Job> jobs = new ArrayList<>();
                for (String id : instanceIds()) {
                    jobs.addAll(managementService.createJobQuery().processInstanceId(id).messages().list());
                }
                if (jobs.isEmpty()) {
                    return this;
                }
                jobs.forEach(job -> managementService.executeJob(job.getId()));
            }
            return this;
        }

        Task task(String key) {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key)
                    .singleResult();
            assertThat(task).as("open task " + key + " of " + number).isNotNull();
            return task;
        }

        Case complete(String key, Object... keyValues) {
            Map<String, Object> variables = new HashMap<>();
            for (int i = 0; i < keyValues.length; i += 2) {
                variables.put((String) keyValues[i], keyValues[i + 1]);
            }
            taskService.complete(task(key).getId(), variables);
            return runJobs();
        }

        /** Lets the step's term pass: its timer fires, the breach is recorded, the step stays open. */
        Case termPasses(String key) {
            Task task = task(key);
            String timer = "Timer_" + key.substring("Task_".length()) + "Term";
            Job job = managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
                    .activityId(timer).singleResult();
            assertThat(job).as("term timer " + timer).isNotNull();
            managementService.executeJob(job.getId());
            assertThat(jdbc.queryForObject("select count(*) from rgl_term_breach where process_instance_id = ? and"
                    + " step_id = ?", Integer.class, task.getProcessInstanceId(), key)).as("breach of " + key)
                    .isEqualTo(1);
            assertThat(task(key).getId()).isEqualTo(task.getId());
            return this;
        }

        boolean passed(String activityId) {
            for (String id : allInstanceIds()) {
                if (historyService.createHistoricActivityInstanceQuery().processInstanceId(id).activityId(activityId)
                        .count() > 0) {
                    return true;
                }
            }
            return false;
        }

        List<String> allInstanceIds() {
            List<String> ids = new ArrayList<>();
            ids.add(instance.getId());
            historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId()).list()
                    .forEach(sub -> ids.add(sub.getId()));
            return ids;
        }

        boolean ended() {
            return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
        }

        Object variable(String name) {
            var found = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                    .variableName(name).singleResult();
            return found == null ? null : found.getValue();
        }
    }
}
