package kz.reglament.licence.aktobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.reglament.client.ApiClients;
import kz.reglament.deployment.ProcessFolderDeployer;
import kz.reglament.deployment.ProcessFolderReader;
import kz.reglament.registry.legalentity.EmbeddedLegalEntityRegistry;
import kz.reglament.registry.notary.EmbeddedPowerOfAttorneyRegistry;
import kz.reglament.registry.payment.EmbeddedPaymentGateway;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clinic applies for a medical licence on the portal, signed by its head; the fee is paid, the staff of the
 * Aktobe Health Department and the agreeing body do their steps, and the portal fetches the signed licence and has
 * it verified.
 */
@ServiceTest
class MedicalLicencePortalEndToEndTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessFolderReader reader;
    @Autowired
    ProcessFolderDeployer deployer;
    @Autowired
    EmbeddedLegalEntityRegistry legalEntities;
    @Autowired
    EmbeddedPowerOfAttorneyRegistry notary;
    @Autowired
    EmbeddedPaymentGateway payments;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApiClients clients;

    LicenceCases cases;
    PortalSubmissions portal;

    @BeforeEach
    void deployed() {
        BpmnAwareTests.init(engine);
        LicenceCases.deploy(reader, deployer);
        LicenceCases.registryData(legalEntities, notary);
        cases = new LicenceCases(runtimeService, taskService, managementService, jdbc);
        portal = new PortalSubmissions(rest, clients);
    }

    @Test
    void aClinicGetsItsSignedLicenceThroughThePortal() {
        assertThat(portal.get("/api/v1/services/medical-licence").get("subServices").toString())
                .contains("issue", "reissue", "duplicate", "324");
        Map<String, Object> submitted = portal.submit("issue", """
                {"activityType":"Стоматология","activitySubtypes":"Терапиялық стоматология","address":"Ақтөбе, Абай 1"}""");
        String id = (String) submitted.get("id");
        String number = (String) submitted.get("number");
        cases.paid(payments, number, "39320.00");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("medical-licence-issue").singleResult();
        cases.runAsync(instance);
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");

        work("aktobe.licensing-specialist", "Task_CheckCompleteness", instance, Map.of("documentsComplete", "yes",
                "completenessChecklist", List.of("application", "documents", "fee")));
        assertThat(status(id)).isEqualTo("WAITING_FOR_EXTERNAL_BODY");
        assertThat(portal.post("/api/v1/applications/" + id + "/external-answers",
                "{\"message\":\"AgreeingBodyAnswer\",\"answer\":{\"compliant\":\"true\",\"comment\":\"Сәйкес\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(runtimeService.getVariable(instance.getId(), "AgreeingBodyAnswer_compliant")).isEqualTo("true");
        work("aktobe.licensing-specialist", "Task_ConsiderAgreement", instance,
                Map.of("agreementDecision", "REQUEST_TREATMENT_DEPT"));
        work("aktobe.treatment-dept-specialist", "Task_QualificationOpinion", instance,
                Map.of("qualificationCompliant", "yes", "qualificationOpinion", "Біліктілік талаптарына сәйкес"));
        work("aktobe.licensing-specialist", "Task_FillLicenceOrRefusal", instance, Map.of("decision", "ISSUE",
                "applicantName", "«Ақтөбе Денсаулық» ЖШС", "licenceSubtypes", "Терапиялық стоматология"));
        work("aktobe.head", "Task_SignLicenceOrRefusal", instance, Map.of("signed", true));
        cases.runAsync(instance);

        assertThat(instance).isEnded().hasPassed("Event_ResultInCabinet", "End_LicenceIssued");
        assertThat(status(id)).isEqualTo("ISSUED");
        // The history shows the called intake block's steps with the main process's, in the order they ran.
        Map<String, Object> view = portal.get("/api/v1/applications/" + id);
        assertThat((List<Map<String, Object>>) view.get("history")).extracting(step -> step.get("id"))
                .containsSubsequence("Task_VerifySignature", "Task_RegisterInELicensing", "Task_CheckCompleteness",
                        "Task_SignLicenceOrRefusal");
        assertThat((List<Map<String, Object>>) view.get("currentSteps")).isEmpty();
        String licence = new String(portal.bytes("/api/v1/applications/" + id + "/result"), StandardCharsets.UTF_8);
        assertThat(licence).contains("Лицензия").contains(number).contains("Стоматология")
                .contains("«Ақтөбе Денсаулық» ЖШС").containsPattern("AKTOBE-\\d{4}-\\d{6}");
        assertThat(portal.get("/api/v1/applications/" + id + "/result/verification"))
                .containsEntry("intact", true).containsEntry("trusted", true);
    }

    /** A member of the step's group claims and completes it, as Tasklist would, within the tenant. */
    private void work(String group, String activityId, ProcessInstance instance, Map<String, Object> form) {
        String user = StaffUsers.member(identityService, group.replace("aktobe.", "akt-"), group);
        Task task = cases.task(instance, activityId);
        assertThat(taskService.getIdentityLinksForTask(task.getId())).anySatisfy(link ->
                assertThat(link.getGroupId()).isEqualTo(group));
        identityService.setAuthentication(user, List.of(group), List.of(LicenceCases.TENANT));
        try {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), form);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String status(String id) {
        return (String) ((Map<String, Object>) portal.get("/api/v1/applications/" + id).get("status")).get("code");
    }
}
