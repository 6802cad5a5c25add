package kz.reglament.licence.aktobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.reglament.client.ApiClients;
import kz.reglament.support.FlowNodeCoverage;
import kz.reglament.deployment.ProcessFolderDeployer;
import kz.reglament.deployment.ProcessFolderReader;
import kz.reglament.identity.Bin;
import kz.reglament.registry.legalentity.EmbeddedLegalEntityRegistry;
import kz.reglament.registry.licence.EmbeddedLicenceRegistry;
import kz.reglament.registry.licence.Licence;
import kz.reglament.registry.licence.LicenceStatus;
import kz.reglament.registry.notary.EmbeddedPowerOfAttorneyRegistry;
import kz.reglament.registry.payment.EmbeddedPaymentGateway;
import kz.reglament.support.EngineClock;
import kz.reglament.support.ServiceTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of the Aktobe medical-licence processes: each channel, each decision, each refusal, each registry
 * refusal, an unavailable registry, and every term passing. After the last test, the flow-node coverage of each
 * process is computed from the engine's history and must be complete.
 */
@ServiceTest
class MedicalLicenceProcessesTest {

    static final List<String> KEYS = List.of("medical-licence-issue", "medical-licence-reissue",
            "medical-licence-duplicate", "medical-licence-portal-intake", "medical-licence-psc-intake",
            "medical-licence-office-intake");
    static ProcessEngine sharedEngine;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
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
    EmbeddedLicenceRegistry licences;
    @Autowired
    EmbeddedPaymentGateway payments;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApiClients clients;

    LicenceCases cases;

    @BeforeEach
    void deployedWithRegistryData() {
        sharedEngine = engine;
        BpmnAwareTests.init(engine);
        LicenceCases.deploy(reader, deployer);
        LicenceCases.registryData(legalEntities, notary);
        cases = new LicenceCases(runtimeService, taskService, managementService, jdbc);
    }

    @AfterEach
    void realTimeAgain() {
        EngineClock.reset();
    }

    // ------------------------------------------------------------------ issue (A1-A9)

    @Test
    void aLicenceIsIssuedThroughThePscWithARepresentativeAndEveryTermPassing() {
        ProcessInstance instance = cases.start("medical-licence-issue", "psc", Map.of("representativeIin",
                LicenceCases.REPRESENTATIVE_IIN, "powerOfAttorney", "AKT-POA-1"));
        ProcessInstance intake = cases.called(instance);
        cases.termPasses(instance, "Task_PscEnterRequest", "Timer_PscEnterRequestTerm");
        cases.complete(intake, "Task_PscEnterRequest", Map.of("receiptIssued", true));
        cases.runAsync(instance);
        cases.termPasses(instance, "Task_PscScanAndSign", "Timer_PscScanAndSignTerm");
        cases.complete(intake, "Task_PscScanAndSign", Map.of("signed", true, "paperMarked", true));
        assertThat(intake).isEnded().hasPassed("Task_CheckPowerOfAttorney", "End_Registered");

        cases.termPasses(instance, "Task_CheckCompleteness", "Timer_CheckCompletenessTerm");
        cases.complete(instance, "Task_CheckCompleteness", Map.of("documentsComplete", "yes"));
        assertThat(instance).isWaitingAt("Receive_AgreeingBodyAnswer");
        cases.termPasses(instance, "Receive_AgreeingBodyAnswer", "Timer_AgreeingBodyAnswerTerm");
        runtimeService.createMessageCorrelation("AgreeingBodyAnswer").processInstanceId(instance.getId())
                .setVariable("AgreeingBodyAnswer_compliant", "true").correlate();
        cases.termPasses(instance, "Task_ConsiderAgreement", "Timer_ConsiderAgreementTerm");
        cases.complete(instance, "Task_ConsiderAgreement", Map.of("agreementDecision", "REQUEST_TREATMENT_DEPT"));
        cases.termPasses(instance, "Task_QualificationOpinion", "Timer_QualificationOpinionTerm");
        cases.complete(instance, "Task_QualificationOpinion", Map.of("qualificationCompliant", "yes",
                "qualificationOpinion", "Талаптарға сәйкес"));
        cases.termPasses(instance, "Task_FillLicenceOrRefusal", "Timer_FillLicenceOrRefusalTerm");
        cases.complete(instance, "Task_FillLicenceOrRefusal", issueDecision());
        cases.termPasses(instance, "Task_SignLicenceOrRefusal", "Timer_SignLicenceOrRefusalTerm");
        cases.complete(instance, "Task_SignLicenceOrRefusal", Map.of("signed", true));
        cases.runAsync(instance);
        cases.termPasses(instance, "Task_PscHandOver", "Timer_PscHandOverTerm");
        cases.complete(instance, "Task_PscHandOver", Map.of("handedOver", true));

        assertThat(instance).isEnded().hasPassedInOrder("Call_PscIntake", "Task_CheckCompleteness",
                "Send_AgreementRequest", "Receive_AgreeingBodyAnswer", "Task_ConsiderAgreement",
                "Task_QualificationOpinion", "Task_FillLicenceOrRefusal", "Task_SignLicenceOrRefusal",
                "Task_RecordIssuedLicence", "Task_IssueLicence", "Task_PscHandOver", "End_LicenceIssued");
        String number = (String) historic(instance, "licenceNumber");
        assertThat(number).matches("AKTOBE-\\d{4}-\\d{6}");
        Licence licence = licences.find(number, Bin.parse(LicenceCases.CLINIC_BIN)).orElseThrow();
        assertThat(licence.subtypes()).containsExactly("Амбулаториялық-емханалық көмек", "Зертханалық диагностика");
        assertThat(historic(instance, "resultDocumentId")).isNotNull();
    }

    @Test
    void incompleteDocumentsAtTheOfficeTerminateTheReview() {
        ProcessInstance instance = cases.start("medical-licence-issue", "office", Map.of());
        cases.termPasses(instance, "Task_AcceptAndRegister", "Timer_AcceptAndRegisterTerm");
        cases.complete(instance, "Task_AcceptAndRegister", Map.of("copyMarked", true));
        ProcessInstance intake = cases.called(instance);
        cases.termPasses(instance, "Task_EnterRequest", "Timer_EnterRequestTerm");
        cases.complete(intake, "Task_EnterRequest", Map.of());
        cases.runAsync(instance);
        cases.termPasses(instance, "Task_ScanAndAttach", "Timer_ScanAndAttachTerm");
        cases.complete(intake, "Task_ScanAndAttach", Map.of("paperMarked", true));

        cases.complete(instance, "Task_CheckCompleteness", Map.of("documentsComplete", "no",
                "refusalReasonCode", "INCOMPLETE_DOCUMENTS", "refusalReason", "Стандарттың 9-тармағындағы құжаттар жоқ"));
        cases.termPasses(instance, "Task_SignTermination", "Timer_SignTerminationTerm");
        cases.complete(instance, "Task_SignTermination", Map.of("signed", true));
        cases.termPasses(instance, "Task_OfficeHandOver", "Timer_OfficeHandOverTerm");
        cases.complete(instance, "Task_OfficeHandOver", Map.of("handedOver", true, "printedSealed", true));

        assertThat(instance).isEnded().hasPassed("Call_OfficeIntake", "Task_IssueTermination", "End_ReviewTerminated")
                .hasNotPassed("Send_AgreementRequest");
        assertThat(historic(instance, "outcome")).isEqualTo("REVIEW_TERMINATED");
    }

    @Test
    void aNegativeAnswerOfTheAgreeingBodyEndsInARefusalSignedByTheHead() {
        ProcessInstance instance = cases.startAt("medical-licence-issue", "Task_CheckCompleteness",
                Map.of("channel", "portal"));
        cases.complete(instance, "Task_CheckCompleteness", Map.of("documentsComplete", "yes"));
        runtimeService.createMessageCorrelation("AgreeingBodyAnswer").processInstanceId(instance.getId())
                .setVariable("AgreeingBodyAnswer_compliant", "false").correlate();
        cases.complete(instance, "Task_ConsiderAgreement", Map.of("agreementDecision", "REFUSE",
                "refusalReasonCode", "AGREEING_BODY_NEGATIVE", "refusalReason", "Келісуші орган келіспеді"));
        cases.termPasses(instance, "Task_SignAgreementRefusal", "Timer_SignAgreementRefusalTerm");
        cases.complete(instance, "Task_SignAgreementRefusal", Map.of("signed", true));

        assertThat(instance).isEnded().hasPassed("Task_IssueAgreementRefusal", "Event_ResultInCabinet",
                "End_RefusedAgreeingBody").hasNotPassed("Task_QualificationOpinion");
    }

    @Test
    void unmetQualificationRequirementsEndInARefusal() {
        ProcessInstance instance = cases.startAt("medical-licence-issue", "Task_QualificationOpinion", Map.of());
        cases.complete(instance, "Task_QualificationOpinion", Map.of("qualificationCompliant", "no",
                "qualificationOpinion", "Мамандар жоқ"));
        cases.complete(instance, "Task_FillLicenceOrRefusal", Map.of("decision", "REFUSE",
                "refusalReasonCode", "QUALIFICATION_REQUIREMENTS", "refusalReason", "Біліктілік талаптарына сәйкес емес"));
        cases.complete(instance, "Task_SignLicenceOrRefusal", Map.of("signed", true));
        cases.complete(instance, "Task_PscHandOver", Map.of("handedOver", true));

        assertThat(instance).isEnded().hasPassed("Task_IssueQualificationRefusal", "End_RefusedQualification")
                .hasNotPassed("Task_RecordIssuedLicence");
    }

    @Test
    void anInvalidHolderNumberAtRecordingIsARegistryRefusal() {
        ProcessInstance instance = cases.startAt("medical-licence-issue", "Task_RecordIssuedLicence",
                Map.of("channel", "portal", "applicantId", LicenceCases.BAD_BIN, "licenceSubtypes", "A"));
        cases.runAsync(instance);

        assertThat(instance).isEnded().hasPassed("Boundary_HolderNumberInvalid", "Task_IssueRegistryRefusal",
                "End_RefusedRegistry");
        assertThat(historic(instance, "refusalCode")).isEqualTo("INVALID_IDENTITY_NUMBER");
    }

    @Test
    void anUnpaidPortalApplicationIsRefusedWithTheMessageOfProcess5() {
        PortalSubmissions portal = new PortalSubmissions(rest, clients);
        Map<String, Object> submitted = portal.submit("issue", "{\"activityType\":\"Стоматология\"}");
        ProcessInstance instance = byNumber((String) submitted.get("number"));
        cases.runAsync(instance);

        assertThat(instance).isEnded().hasPassed("Call_PortalIntake", "End_IntakeRefused");
        assertThat(historic(instance, "intakeOutcome")).isEqualTo("REFUSED");
        assertThat(historic(instance, "refusalCode")).isEqualTo("FEE_NOT_PAID");
        assertThat((Map<String, Object>) portal.get("/api/v1/applications/" + submitted.get("id")).get("status"))
                .containsEntry("code", "REFUSED");
    }

    @Test
    void anUnconfirmedSignatureOnThePortalIsRefused() {
        PortalSubmissions portal = new PortalSubmissions(rest, clients);
        Map<String, Object> submitted = portal.submit("issue", "{\"activityType\":\"Стоматология\"}");
        ProcessInstance instance = byNumber((String) submitted.get("number"));
        cases.paid(payments, (String) submitted.get("number"), "39320.00");
        ProcessInstance intake = cases.called(instance);
        managementService.executeJob(cases.job(instance, "Task_CheckFee").getId());
        // The signer no longer matches the applicant when the condition is checked.
        runtimeService.setVariable(intake.getId(), "applicantId", kz.reglament.signature.DemoPki.APPLICANT_IIN);
        cases.runAsync(instance);

        assertThat(intake).isEnded().hasPassed("Task_SignatureRefusalMessage", "End_SignatureRejected");
        assertThat(instance).isEnded().hasPassed("End_IntakeRefused");
    }

    @Test
    void aPscApplicantUnknownToTheStateDatabaseIsNotAccepted() {
        ProcessInstance instance = cases.start("medical-licence-issue", "psc", Map.of("applicantId",
                LicenceCases.UNKNOWN_BIN));
        cases.complete(cases.called(instance), "Task_PscEnterRequest", Map.of("receiptIssued", true));
        cases.runAsync(instance);

        assertThat(instance).isEnded().hasPassed("Call_PscIntake", "End_IntakeNotAccepted");
        assertThat(historic(instance, "refusalCode")).isEqualTo("APPLICANT_NOT_FOUND");
    }

    @ParameterizedTest
    @CsvSource({"psc, 150540000018, , Boundary_ApplicantNumberInvalid",
            "psc, , 850721334566, Boundary_PowerOfAttorneyInvalid",
            "psc, , 850721334567, Boundary_RepresentativeNumberInvalid",
            "office, 150540000018, , Boundary_ApplicantNumberInvalid",
            "office, 120540024683, , Boundary_ApplicantNotFound"})
    void registryAnswersThatFailCondition1EndWithTheDataUnavailableMessage(String channel, String applicant,
            String representative, String boundary) {
        Map<String, Object> variables = new HashMap<>();
        if (applicant != null) {
            variables.put("applicantId", applicant);
        }
        if (representative != null) {
            variables.put("representativeIin", representative);
        }
        ProcessInstance instance = cases.start("medical-licence-issue", channel, variables);
        if (channel.equals("office")) {
            cases.complete(instance, "Task_AcceptAndRegister", Map.of("copyMarked", true));
        }
        ProcessInstance intake = cases.called(instance);
        cases.complete(intake, channel.equals("psc") ? "Task_PscEnterRequest" : "Task_EnterRequest", Map.of());
        cases.runAsync(instance);

        assertThat(intake).isEnded().hasPassed(boundary, "Task_DataUnavailableMessage", "End_DataUnavailable");
        assertThat(instance).isEnded().hasPassed("End_IntakeNotAccepted");
    }

    // ------------------------------------------------------------------ re-issue (B1-B3) and duplicate (C1-C3)

    @ParameterizedTest
    @CsvSource({"medical-licence-reissue, End_Reissued, REISSUED", "medical-licence-duplicate, End_DuplicateIssued,"
            + " DUPLICATE_ISSUED"})
    void aLicenceIsReissuedOrDuplicatedThroughThePscWithEveryTermPassing(String key, String end, String outcome) {
        Licence licence = LicenceCases.existingLicence(licences);
        ProcessInstance instance = cases.start(key, "psc", Map.of("licenceNumber", licence.number()));
        ProcessInstance intake = cases.called(instance);
        cases.complete(intake, "Task_PscEnterRequest", Map.of("receiptIssued", true));
        cases.runAsync(instance);
        cases.complete(intake, "Task_PscScanAndSign", Map.of("signed", true));
        cases.runAsync(instance);
        cases.termPasses(instance, "Task_Review", "Timer_ReviewTerm");
        cases.complete(instance, "Task_Review", Map.of("decision", "GRANT"));
        cases.termPasses(instance, "Task_Sign", "Timer_SignTerm");
        cases.complete(instance, "Task_Sign", Map.of("signed", true));
        cases.runAsync(instance);
        cases.termPasses(instance, "Task_PscHandOver", "Timer_PscHandOverTerm");
        cases.complete(instance, "Task_PscHandOver", Map.of("handedOver", true));

        assertThat(instance).isEnded().hasPassedInOrder("Task_FindLicence", "Task_Review", "Task_Sign", "Task_Record",
                "Task_IssueResult", end);
        assertThat(historic(instance, "outcome")).isEqualTo(outcome);
        if (key.endsWith("reissue")) {
            assertThat(licences.find(licence.number(), Bin.parse(LicenceCases.CLINIC_BIN)).orElseThrow().status())
                    .isEqualTo(LicenceStatus.SUPERSEDED);
        } else {
            assertThat(licences.find(licence.number(), Bin.parse(LicenceCases.CLINIC_BIN)).orElseThrow().history())
                    .hasSize(2);
        }
    }

    @ParameterizedTest
    @CsvSource({"medical-licence-reissue", "medical-licence-duplicate"})
    void anUnknownLicenceAtTheOfficeIsReviewedAndRefusedByTheHead(String key) {
        ProcessInstance instance = cases.start(key, "office", Map.of("licenceNumber", "AKTOBE-1999-000000"));
        cases.termPasses(instance, "Task_AcceptAndRegister", "Timer_AcceptAndRegisterTerm");
        cases.complete(instance, "Task_AcceptAndRegister", Map.of("copyMarked", true));
        ProcessInstance intake = cases.called(instance);
        cases.complete(intake, "Task_EnterRequest", Map.of());
        cases.runAsync(instance);
        cases.complete(intake, "Task_ScanAndAttach", Map.of());
        cases.runAsync(instance);
        assertThat(runtimeService.getVariable(instance.getId(), "refusalCode")).isEqualTo("LICENCE_NOT_FOUND");
        cases.complete(instance, "Task_Review", Map.of("decision", "REFUSE", "refusalReasonCode", "LICENCE_NOT_FOUND",
                "refusalReason", "Лицензия табылмады"));
        cases.complete(instance, "Task_Sign", Map.of("signed", true));
        cases.termPasses(instance, "Task_OfficeHandOver", "Timer_OfficeHandOverTerm");
        cases.complete(instance, "Task_OfficeHandOver", Map.of("handedOver", true));

        assertThat(instance).isEnded().hasPassed("Boundary_LicenceNotFound", "Task_IssueRefusal", "End_Refused");
    }

    @ParameterizedTest
    @CsvSource({"medical-licence-reissue", "medical-licence-duplicate"})
    void registryRefusalsWhenRecordingEndTheCase(String key) {
        ProcessInstance invalid = cases.startAt(key, "Task_FindLicence", Map.of("channel", "portal",
                "applicantId", LicenceCases.BAD_BIN, "licenceNumber", "AKTOBE-2020-000001"));
        cases.runAsync(invalid);
        cases.complete(invalid, "Task_Review", Map.of("decision", "GRANT"));
        cases.complete(invalid, "Task_Sign", Map.of("signed", true));
        cases.runAsync(invalid);
        assertThat(invalid).isEnded().hasPassed("Boundary_HolderNumberInvalid", "Boundary_RecordHolderNumberInvalid",
                "Task_IssueRegistryRefusal", "Event_ResultInCabinet", "End_RefusedRegistry");

        ProcessInstance vanished = cases.startAt(key, "Task_Record", Map.of("channel", "portal",
                "licenceNumber", "AKTOBE-1999-000001"));
        cases.runAsync(vanished);
        assertThat(vanished).isEnded().hasPassed("Boundary_RecordLicenceNotFound", "End_RefusedRegistry");
    }

    @ParameterizedTest
    @CsvSource({"medical-licence-reissue", "medical-licence-duplicate"})
    void intakeRefusalsEndTheReissueAndTheDuplicate(String key) {
        ProcessInstance refused = cases.startAt(key, "Gateway_IntakeOutcome", Map.of("intakeOutcome", "REFUSED"));
        assertThat(refused).isEnded().hasPassed("End_IntakeRefused");
        ProcessInstance notAccepted = cases.start(key, "psc", Map.of("applicantId", LicenceCases.UNKNOWN_BIN));
        cases.complete(cases.called(notAccepted), "Task_PscEnterRequest", Map.of());
        cases.runAsync(notAccepted);
        assertThat(notAccepted).isEnded().hasPassed("End_IntakeNotAccepted");
    }

    @ParameterizedTest
    @CsvSource({"reissue", "duplicate"})
    void aPortalApplicationIsReissuedOrDuplicatedThroughTheApi(String subService) {
        Licence licence = LicenceCases.existingLicence(licences);
        PortalSubmissions portal = new PortalSubmissions(rest, clients);
        Map<String, Object> submitted = portal.submit(subService, """
                {"activityType":"Амбулаториялық-емханалық көмек","licenceNumber":"%s"}""".formatted(licence.number()));
        cases.paid(payments, (String) submitted.get("number"), "39320.00");
        ProcessInstance instance = byNumber((String) submitted.get("number"));
        cases.runAsync(instance);
        cases.complete(instance, "Task_Review", Map.of("decision", "GRANT"));
        cases.complete(instance, "Task_Sign", Map.of("signed", true));
        cases.runAsync(instance);

        assertThat(instance).isEnded().hasPassed("Call_PortalIntake", "Event_ResultInCabinet", "End_"
                + (subService.equals("reissue") ? "Reissued" : "DuplicateIssued"));
        assertThat((Map<String, Object>) portal.get("/api/v1/applications/" + submitted.get("id")).get("status"))
                .containsEntry("code", "ISSUED");
    }

    // ------------------------------------------------------------------ a registry that does not answer

    @Test
    void aRegistryThatCannotAnswerIsRetriedThenAnIncidentAndTheCaseGoesOnAfterTheOperatorsRetry() {
        // No licence number reaches the check: the job fails like an unavailable system, never a refusal.
        ProcessInstance instance = cases.startAt("medical-licence-duplicate", "Task_FindLicence", Map.of());
        Job job = cases.job(instance, "Task_FindLicence");
        for (int attempt = 0; attempt < 4; attempt++) {
            String id = job.getId();
            assertThatThrownBy(() -> managementService.executeJob(id)).isInstanceOf(Exception.class);
            job = cases.job(instance, "Task_FindLicence");
        }
        assertThat(job.getRetries()).isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        assertThat(instance).isWaitingAt("Task_FindLicence");

        Licence licence = LicenceCases.existingLicence(licences);
        runtimeService.setVariable(instance.getId(), "licenceNumber", licence.number());
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());
        assertThat(instance).isWaitingAt("Task_Review");
        assertThat(runtimeService.getVariable(instance.getId(), "licenceStatus")).isEqualTo("ACTIVE");
    }

    // ------------------------------------------------------------------ helpers and coverage

    private Map<String, Object> issueDecision() {
        return Map.of("decision", "ISSUE", "applicantName", "«Ақтөбе Денсаулық» ЖШС",
                "licenceSubtypes", "Амбулаториялық-емханалық көмек\nЗертханалық диагностика");
    }

    private ProcessInstance byNumber(String number) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).superProcessInstanceId(null)
                .list().stream().filter(p -> p.getProcessDefinitionId().startsWith("medical-licence-")
                        && !p.getProcessDefinitionId().contains("intake")).findFirst().orElseThrow();
    }

    private Object historic(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).list().stream().map(v -> v.getValue()).findFirst().orElse(null);
    }

    /** Flow-node coverage of each process, from the engine's history of every case these tests ran. */
    @AfterAll
    static void everyFlowNodeOfEveryProcessIsCovered() {
        Map<String, Set<String>> missing = FlowNodeCoverage.missed(sharedEngine, LicenceCases.TENANT, KEYS,
                "aktobe-medical-licence");
        assertThat(missing).as("flow nodes no test reached").allSatisfy((key, nodes) -> assertThat(nodes).isEmpty());
    }
}
