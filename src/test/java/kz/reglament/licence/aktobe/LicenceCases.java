package kz.reglament.licence.aktobe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.reglament.deployment.ProcessFolder;
import kz.reglament.deployment.ProcessFolderDeployer;
import kz.reglament.deployment.ProcessFolderReader;
import kz.reglament.registry.legalentity.EmbeddedLegalEntityRegistry;
import kz.reglament.registry.legalentity.LegalEntity;
import kz.reglament.registry.legalentity.LegalEntityStatus;
import kz.reglament.registry.licence.EmbeddedLicenceRegistry;
import kz.reglament.registry.licence.Licence;
import kz.reglament.registry.notary.EmbeddedPowerOfAttorneyRegistry;
import kz.reglament.registry.notary.PowerOfAttorney;
import kz.reglament.registry.payment.EmbeddedPaymentGateway;
import kz.reglament.registry.payment.Payment;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deploys the Aktobe processes from the folder on disk and drives their cases as staff and systems would. */
final class LicenceCases {

    static final String TENANT = "aktobe";
    /** The clinic of the demo registry data; its head is the applicant's signatory. */
    static final String CLINIC_BIN = kz.reglament.signature.DemoPki.LEGAL_ENTITY_BIN;
    static final String CLINIC_HEAD_IIN = kz.reglament.signature.DemoPki.LEGAL_ENTITY_HEAD_IIN;
    static final String REPRESENTATIVE_IIN = "901102456780";
    static final String UNKNOWN_BIN = "120540024683";
    static final String BAD_BIN = "150540000018";

    private static boolean deployed;

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    LicenceCases(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
            JdbcTemplate jdbc) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    /** Deploys processes/ (idempotent: an unchanged folder deploys nothing). */
    static synchronized void deploy(ProcessFolderReader reader, ProcessFolderDeployer deployer) {
        if (deployed) {
            return;
        }
        for (ProcessFolder folder : reader.read("file:processes")) {
            deployer.deploy(folder);
        }
        deployed = true;
    }

    /** The clinic, its head, a valid and an expired power of attorney, in the embedded registries. */
    static void registryData(EmbeddedLegalEntityRegistry legalEntities, EmbeddedPowerOfAttorneyRegistry notary) {
        legalEntities.save(new LegalEntity(CLINIC_BIN, "«Ақтөбе Денсаулық» ЖШС", "ТОО «Актобе Денсаулык»",
                LocalDate.of(2015, 3, 10), LegalEntityStatus.REGISTERED, "Ақтөбе қ., Абай даңғылы, 1",
                CLINIC_HEAD_IIN, "Демо Басшы"));
        notary.save(new PowerOfAttorney("AKT-POA-1", CLINIC_BIN, REPRESENTATIVE_IIN, LocalDate.of(2025, 1, 10),
                LocalDate.of(2028, 1, 9), null, java.util.Set.of("medical-licence-issue", "medical-licence-reissue",
                "medical-licence-duplicate")));
    }

    static String newNumber() {
        return "AKT-" + UUID.randomUUID();
    }

    static Map<String, Object> variables(String channel, String applicantId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("channel", channel);
        variables.put("applicantId", applicantId);
        variables.put("applicantBin", applicantId);
        variables.put("applicationId", UUID.randomUUID().toString());
        variables.put("submittedAt", Instant.now().toString());
        variables.put("activityType", "Амбулаториялық-емханалық көмек");
        variables.put("address", "Ақтөбе қ., Абай даңғылы, 1");
        return variables;
    }

    ProcessInstance start(String key, String channel, Map<String, Object> extra) {
        Map<String, Object> variables = variables(channel, CLINIC_BIN);
        variables.putAll(extra);
        return runtimeService.createProcessInstanceByKey(key).processDefinitionTenantId(TENANT)
                .businessKey(newNumber()).setVariables(variables).execute();
    }

    /** Starts a case at one element, as if everything before it had happened. */
    ProcessInstance startAt(String key, String activityId, Map<String, Object> extra) {
        Map<String, Object> variables = variables("psc", CLINIC_BIN);
        variables.put("intakeOutcome", "ACCEPTED");
        variables.putAll(extra);
        return runtimeService.createProcessInstanceByKey(key).processDefinitionTenantId(TENANT)
                .businessKey(newNumber()).setVariables(variables).startBeforeActivity(activityId).execute();
    }

    ProcessInstance called(ProcessInstance caller) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
    }

    Task task(ProcessInstance instance, String activityId) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).list();
        assertThat(tasks).as("open task %s", activityId).hasSize(1);
        return tasks.get(0);
    }

    void complete(ProcessInstance instance, String activityId, Map<String, Object> form) {
        taskService.complete(task(instance, activityId).getId(), form);
    }

    /** Runs the asynchronous continuations (registry checks) waiting in the case and its called cases. */
    void runAsync(ProcessInstance instance) {
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = managementService.createJobQuery().rootProcessInstanceId(instance.getId()).messages()
                    .withRetriesLeft().list();
            if (jobs.isEmpty()) {
                return;
            }
            managementService.executeJob(jobs.get(0).getId());
        }
    }

    /** The async job of one element, which must fail (registry down) rather than refuse. */
    Job job(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().rootProcessInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
    }

    /** Fires the step's term timer and checks the breach is recorded while the step stays open. */
    void termPasses(ProcessInstance instance, String activityId, String timerId) {
        Job timer = managementService.createJobQuery().rootProcessInstanceId(instance.getId()).timers()
                .activityId(timerId).singleResult();
        assertThat(timer).as("term timer %s", timerId).isNotNull();
        managementService.executeJob(timer.getId());
        List<Map<String, Object>> breaches = jdbc.queryForList(
                "select * from rgl_term_breach where step_id = ? and process_instance_id in"
                        + " (select id_ from act_ru_execution where root_proc_inst_id_ = ?)",
                activityId, instance.getId());
        assertThat(breaches).as("breach of %s", activityId).hasSize(1);
        assertThat(breaches.get(0)).containsEntry("TENANT_ID", TENANT);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ = ?"
                + " and act_id_ = ? and end_time_ is null", Integer.class, timer.getProcessInstanceId(), activityId))
                .as("%s still open", activityId).isEqualTo(1);
    }

    void paid(EmbeddedPaymentGateway payments, String applicationNumber, String amount) {
        payments.save(new Payment("PAY-" + UUID.randomUUID(), applicationNumber, CLINIC_BIN, new BigDecimal(amount),
                Instant.now()));
    }

    static Licence existingLicence(EmbeddedLicenceRegistry licences) {
        return licences.recordIssue(kz.reglament.identity.Bin.parse(CLINIC_BIN), "MEDICAL_ACTIVITY",
                List.of("A", "B"), TENANT, LocalDate.of(2025, 6, 1), "earlier-case-" + UUID.randomUUID());
    }
}
