package kz.reglament.licence.westkazakhstan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import kz.reglament.registry.licence.Licence;
import kz.reglament.support.FlowNodeCoverage;
import kz.reglament.registry.licence.LicenceStatus;
import kz.reglament.client.ApiClients;
import kz.reglament.signature.DemoPki;
import kz.reglament.support.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every path of West Kazakhstan's medical licence (resolution No 101 of 29 March 2016): the provider's steps W1–W5
 * through the office, the State Corporation's items 8–9 and their refusals, each registry's refusal, an unavailable
 * registry, and each step's term passing. The last test proves every flow node of the five processes was run.
 */
@ServiceTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MedicalLicenceProcessTest extends WestKazakhstanCases {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApiClients clients;

    @BeforeEach
    void deployed() {
        deployWestKazakhstan();
    }

    /** W1–W5 through the office, each term passing once and the step still completed. */
    Case throughTheProvider(Case application, String decision, boolean termsPass) {
        if (termsPass) {
            application.termPasses("Task_RegisterApplication");
        }
        application.complete("Task_RegisterApplication", "registrationNumber", "01-12/345", "registeredCopyGiven",
                true);
        if (termsPass) {
            application.termPasses("Task_AssignExecutor");
        }
        application.complete("Task_AssignExecutor", "executorUserId", "wko-executor-1", "resolution", "Қарауға");
        if (application.ended() || !hasTask(application, "Task_CheckCompleteness")) {
            return application;
        }
        if (termsPass) {
            application.termPasses("Task_CheckCompleteness");
        }
        if ("TERMINATE".equals(decision)) {
            application.complete("Task_CheckCompleteness", "documentsComplete", "no", "refusalReasonCode",
                    "INCOMPLETE_PACKAGE", "refusalReason", "Стандарттың 9-тармағындағы құжаттар жоқ");
        } else {
            application.complete("Task_CheckCompleteness", "documentsComplete", "yes");
            if (termsPass) {
                application.termPasses("Task_PrepareDraft");
            }
            application.complete("Task_PrepareDraft", "decision", decision, "refusalReasonCode",
                    "ISSUE".equals(decision) ? null : "STANDARD_ITEM_10", "refusalReason",
                    "ISSUE".equals(decision) ? null : "Біліктілік талаптарына сәйкес емес");
        }
        return signAndHandOver(application, termsPass);
    }

    Case signAndHandOver(Case application, boolean termsPass) {
        if (termsPass) {
            application.termPasses("Task_SignResult");
        }
        application.complete("Task_SignResult", "signedByHead", true);
        if (termsPass) {
            application.termPasses("Task_HandOverResult");
        }
        application.complete("Task_HandOverResult", "resultHandedOver", true);
        return application;
    }

    boolean hasTask(Case application, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(application.number).taskDefinitionKey(key)
                .count() == 1;
    }

    Map<String, Object> formFor(String subService, String holder) {
        return switch (subService) {
            case "issue" -> Map.of("address", "Орал қ., Достық-Дружба даңғылы, 10");
            default -> Map.of("licenceNumber", licenceOf(holder).number());
        };
    }

    @Order(1)
    @ParameterizedTest
    @ValueSource(strings = {"issue", "reissue", "duplicate"})
    void atTheOfficeTheLicenceIsIssuedAfterW1ToW5WhileEveryTermIsRecordedWhenItPasses(String subService) {
        String clinic = clinic();
        Case application = start(subService, "office", clinic, formFor(subService, clinic));

        throughTheProvider(application.runJobs(), "ISSUE", true);

        assertThat(application.ended()).isTrue();
        assertThat(application.passed("End_ResultIssued")).isTrue();
        assertThat(application.passed("Call_PscIntake") || application.passed("Call_PortalIntake")).isFalse();
        String number = (String) application.variable("licenceNumber");
        Licence licence = licences.find(number, kz.reglament.identity.Bin.parse(clinic)).orElseThrow();
        assertThat(licence.status()).isEqualTo(LicenceStatus.ACTIVE);
        if (subService.equals("issue")) {
            assertThat(number).startsWith("WEST-KAZAKHSTAN-");
            assertThat(licence.subtypes()).containsExactly("Стоматология");
        }
        if (subService.equals("reissue")) {
            assertThat(licences.find((String) application.variable("previousLicenceNumber"),
                    kz.reglament.identity.Bin.parse(clinic)).orElseThrow().status()).isEqualTo(LicenceStatus.SUPERSEDED);
        }
        if (subService.equals("duplicate")) {
            assertThat(application.variable("duplicateIssuedOn")).isNotNull();
        }
        assertThat(application.variable("resultDocumentId")).isNotNull();
    }

    @Order(2)
    @ParameterizedTest
    @ValueSource(strings = {"issue", "reissue", "duplicate"})
    void theExecutorsReasonedRefusalIsSignedByTheHeadAndHandedOver(String subService) {
        String clinic = clinic();
        Case application = start(subService, "office", clinic, formFor(subService, clinic)).runJobs();

        throughTheProvider(application, "REFUSE", false);

        assertThat(application.passed("End_Refused")).isTrue();
        assertThat(application.passed("Task_IssueRefusal")).isTrue();
        assertThat(application.passed("End_ResultIssued")).isFalse();
    }

    @Order(3)
    @ParameterizedTest
    @ValueSource(strings = {"issue", "reissue", "duplicate"})
    void incompleteDocumentsTerminateTheReviewWithAWrittenReasonedResponse(String subService) {
        String clinic = clinic();
        Case application = start(subService, "office", clinic, formFor(subService, clinic)).runJobs();

        throughTheProvider(application, "TERMINATE", false);

        assertThat(application.passed("End_ReviewTerminated")).isTrue();
        assertThat(application.passed("Task_IssueTermination")).isTrue();
        assertThat(application.passed("Task_PrepareDraft")).isFalse();
    }

    @Order(4)
    @ParameterizedTest
    @ValueSource(strings = {"reissue", "duplicate"})
    void aLicenceTheRegistryDoesNotKnowIsRefusedAfterTheHeadSignsTheRefusal(String subService) {
        Case application = start(subService, "office", clinic(), Map.of("licenceNumber", "WEST-KAZAKHSTAN-1999-999999"));

        application.complete("Task_RegisterApplication", "registrationNumber", "1", "registeredCopyGiven", true)
                .complete("Task_AssignExecutor", "executorUserId", "wko-executor-1");
        assertThat(application.passed("Boundary_FindLicenceLicenceNotFound")).isTrue();
        assertThat(application.variable("refusalReasonCode")).isEqualTo("LICENCE_NOT_FOUND");
        signAndHandOver(application, false);

        assertThat(application.passed("End_Refused")).isTrue();
        assertThat(application.passed("Task_CheckCompleteness")).isFalse();
    }

    @Order(5)
    @ParameterizedTest
    @ValueSource(strings = {"reissue", "duplicate"})
    void anInvalidIdentityNumberFoundWhenLookingForTheLicenceIsRefused(String subService) {
        Case application = start(subService, "office", "150540000018", Map.of("licenceNumber", "X-1"));

        application.complete("Task_RegisterApplication", "registrationNumber", "1", "registeredCopyGiven", true)
                .complete("Task_AssignExecutor", "executorUserId", "wko-executor-1");
        assertThat(application.passed("Boundary_FindLicenceInvalidIdentityNumber")).isTrue();
        signAndHandOver(application, false);

        assertThat(application.passed("End_Refused")).isTrue();
    }

    @Order(6)
    @ParameterizedTest
    @ValueSource(strings = {"issue", "reissue", "duplicate"})
    void anInvalidIdentityNumberRefusedWhenRecordingTheLicenceEndsInARefusal(String subService) {
        String clinic = clinic();
        Case application = start(subService, "office", clinic, formFor(subService, clinic)).runJobs();
        application.complete("Task_RegisterApplication", "registrationNumber", "1", "registeredCopyGiven", true)
                .complete("Task_AssignExecutor", "executorUserId", "wko-executor-1")
                .complete("Task_CheckCompleteness", "documentsComplete", "yes")
                .complete("Task_PrepareDraft", "decision", "ISSUE");
        // The holder's number is mistyped after the licence was found: the registry refuses to record.
        runtimeService.setVariable(application.id(), "licenceHolderId", "150540000018");

        application.complete("Task_SignResult", "signedByHead", true);

        assertThat(application.passed("Boundary_" + recordTask(subService).substring(5) + "InvalidIdentityNumber"))
                .isTrue();
        application.complete("Task_HandOverResult", "resultHandedOver", true);
        assertThat(application.passed("End_Refused")).isTrue();
    }

    @Order(7)
    @ParameterizedTest
    @ValueSource(strings = {"reissue", "duplicate"})
    void aLicenceGoneWhenRecordingIsRefused(String subService) {
        String clinic = clinic();
        Case application = start(subService, "office", clinic, formFor(subService, clinic)).runJobs();
        application.complete("Task_RegisterApplication", "registrationNumber", "1", "registeredCopyGiven", true)
                .complete("Task_AssignExecutor", "executorUserId", "wko-executor-1")
                .complete("Task_CheckCompleteness", "documentsComplete", "yes")
                .complete("Task_PrepareDraft", "decision", "ISSUE");
        runtimeService.setVariable(application.id(), "licenceNumber", "WEST-KAZAKHSTAN-1999-999998");

        application.complete("Task_SignResult", "signedByHead", true);

        assertThat(application.passed("Boundary_" + recordTask(subService).substring(5) + "LicenceNotFound")).isTrue();
        application.complete("Task_HandOverResult", "resultHandedOver", true);
        assertThat(application.passed("End_Refused")).isTrue();
    }

    static String recordTask(String subService) {
        return switch (subService) {
            case "issue" -> "Task_RecordIssuedLicence";
            case "reissue" -> "Task_RecordReissuedLicence";
            default -> "Task_RecordLicenceDuplicate";
        };
    }

    @Order(10)
    @ParameterizedTest
    @ValueSource(strings = {"issue", "reissue", "duplicate"})
    void throughTheStateCorporationARepresentedClinicGetsItsLicenceWithEveryTermRecorded(String subService) {
        String clinic = clinic();
        String representative = representativeOf(clinic, "medical-licence-" + subService);
        Case application = start(subService, "psc", clinic, formFor(subService, clinic));

        application.termPasses("Task_PscCheckApplication").complete("Task_PscCheckApplication", "applicationComplete",
                "yes");
        application.termPasses("Task_PscEnterRequest").complete("Task_PscEnterRequest", "representativeIin",
                representative, "requestEntered", true);
        assertThat(application.passed("Task_CheckPowerOfAttorney")).isTrue();
        application.termPasses("Task_PscSignAndSend").complete("Task_PscSignAndSend", "signedAndSent", true);
        application.termPasses("Task_CheckCompliance").complete("Task_CheckCompliance", "packageCompliant", "yes");
        application.termPasses("Task_PscGiveReceipt").complete("Task_PscGiveReceipt", "receiptGiven", true);
        assertThat(runtimeService.getVariable(application.id(), "applicantName")).isEqualTo("«Орал Денсаулық» ЖШС");
        throughTheProvider(application, "ISSUE", false);
        application.termPasses("Task_PscHandOverResult").complete("Task_PscHandOverResult",
                "resultReceivedByApplicant", true);

        assertThat(application.ended()).isTrue();
        assertThat(application.passed("Task_PscLogIn")).isTrue();
        assertThat(application.passed("Task_RegisterInRegionalGateway")).isTrue();
        assertThat(application.passed("End_ResultIssued")).isTrue();
    }

    @Order(11)
    @ParameterizedTest
    @ValueSource(strings = {"issue", "reissue", "duplicate"})
    void theStateCorporationRefusesToAcceptAnIncompletePackageWithAReceipt(String subService) {
        Case application = start(subService, "psc", clinic(), Map.of("licenceNumber", "X-1"));

        application.complete("Task_PscCheckApplication", "applicationComplete", "no", "refusalReasonCode",
                "INCOMPLETE_PACKAGE", "refusalReason", "Өтініш толтырылмаған");

        assertThat(application.ended()).isTrue();
        assertThat(application.passed("End_RefusedToAccept")).isTrue();
        assertThat(application.passed("End_PscIntakeEnded")).isTrue();
        assertThat(application.passed("Task_RegisterApplication")).isFalse();
    }

    @Order(12)
    @ParameterizedTest
    @ValueSource(strings = {"issue", "reissue", "duplicate"})
    void aPackageTheProviderFindsNonCompliantIsRefusedThroughTheStateCorporation(String subService) {
        Case application = start(subService, "psc", clinic(), Map.of("licenceNumber", "X-1"));

        application.complete("Task_PscCheckApplication", "applicationComplete", "yes")
                .complete("Task_PscEnterRequest", "requestEntered", true)
                .complete("Task_PscSignAndSend", "signedAndSent", true)
                .complete("Task_CheckCompliance", "packageCompliant", "no", "refusalReasonCode",
                        "DOCUMENTS_NON_COMPLIANT", "refusalReason", "Құжаттар сәйкес емес");

        assertThat(application.ended()).isTrue();
        assertThat(application.passed("Task_FormRefusalMessage")).isTrue();
        assertThat(application.passed("Task_CheckPowerOfAttorney")).isFalse();
        assertThat(application.passed("End_PscIntakeEnded")).isTrue();
    }

    @Test
    @Order(13)
    void anApplicantTheDatabaseDoesNotKnowCannotBeAccepted() {
        Case application = start("issue", "psc", newBin(), Map.of());

        application.complete("Task_PscCheckApplication", "applicationComplete", "yes")
                .complete("Task_PscEnterRequest", "requestEntered", true);

        assertThat(application.passed("Boundary_LookUpApplicantApplicantNotFound")).isTrue();
        assertThat(application.passed("End_DataUnavailable")).isTrue();
        assertThat(application.variable("refusalReasonCode")).isEqualTo("APPLICANT_NOT_FOUND");
        assertThat(application.ended()).isTrue();
    }

    @Test
    @Order(14)
    void aMistypedApplicantNumberCannotBeLookedUp() {
        Case application = start("issue", "psc", "150540000018", Map.of());

        application.complete("Task_PscCheckApplication", "applicationComplete", "yes")
                .complete("Task_PscEnterRequest", "requestEntered", true);

        assertThat(application.passed("Boundary_LookUpApplicantInvalidIdentityNumber")).isTrue();
        assertThat(application.passed("End_DataUnavailable")).isTrue();
    }

    @Test
    @Order(15)
    void aRepresentativeWithoutAPowerOfAttorneyInTheNotarySystemCannotBeAccepted() {
        Case application = start("issue", "psc", clinic(), Map.of());

        application.complete("Task_PscCheckApplication", "applicationComplete", "yes")
                .complete("Task_PscEnterRequest", "representativeIin", newIin(), "requestEntered", true);

        assertThat(application.passed("Boundary_CheckPowerOfAttorneyPowerOfAttorneyInvalid")).isTrue();
        assertThat(application.variable("refusalReasonCode")).isEqualTo("POWER_OF_ATTORNEY_INVALID");
        assertThat(application.passed("End_DataUnavailable")).isTrue();
    }

    @Test
    @Order(16)
    void aMistypedRepresentativeNumberCannotBeChecked() {
        Case application = start("issue", "psc", clinic(), Map.of());

        application.complete("Task_PscCheckApplication", "applicationComplete", "yes")
                .complete("Task_PscEnterRequest", "representativeIin", "870915300000", "requestEntered", true);

        assertThat(application.passed("Boundary_CheckPowerOfAttorneyInvalidIdentityNumber")).isTrue();
        assertThat(application.passed("End_DataUnavailable")).isTrue();
    }

    @Test
    @Order(17)
    void anUnavailableRegistryIsRetriedThenAnIncidentAndTheCaseGoesOnOnceItAnswers() {
        String clinic = clinic();
        Case application = start("duplicate", "office", clinic, Map.of("licenceNumber", licenceOf(clinic).number()));
        application.complete("Task_RegisterApplication", "registrationNumber", "1", "registeredCopyGiven", true);
        // A modelling or system fault (here: the licence number is missing) is never a refusal: the job fails.
        runtimeService.removeVariable(application.id(), "licenceNumber");
        String licenceNumber = (String) historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(application.id()).variableName("licenceNumber").includeDeleted().list().get(0)
                .getValue();
        taskService.complete(application.task("Task_AssignExecutor").getId(),
                Map.of("executorUserId", "wko-executor-1"));

        Job job = managementService.createJobQuery().processInstanceId(application.id()).messages().singleResult();
        for (int attempt = 1; attempt <= 4; attempt++) {
            String id = job.getId();
            assertThatThrownBy(() -> managementService.executeJob(id)).isNotNull();
            job = managementService.createJobQuery().jobId(id).singleResult();
            if (job.getRetries() == 0) {
                break;
            }
        }
        assertThat(job.getRetries()).isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(application.id()).count()).isEqualTo(1);
        assertThat(application.passed("End_Refused")).isFalse();

        runtimeService.setVariable(application.id(), "licenceNumber", licenceNumber);
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());

        assertThat(application.task("Task_CheckCompleteness")).isNotNull();
    }


    Case submittedThroughThePortal(String subService) {
        String form = subService.equals("issue")
                ? "{\"activityType\":\"Стоматология\",\"address\":\"Орал қ., Достық-Дружба даңғылы, 201\"}"
                : "{\"activityType\":\"Стоматология\",\"licenceNumber\":\"" + licenceOf(DemoPki.LEGAL_ENTITY_BIN).number()
                        + "\"}";
        ResponseEntity<Map<String, Object>> submitted = PortalSubmissions.submit(rest, subService, form);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.CREATED);
        String number = (String) submitted.getBody().get("number");
        applicationIds.put(number, (String) submitted.getBody().get("id"));
        return new Case(number, runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("medical-licence-" + subService).singleResult());
    }

    final Map<String, String> applicationIds = new java.util.HashMap<>();

    String status(Case application) {
        return (String) ((Map<String, Object>) PortalSubmissions.get(rest, "/api/v1/applications/"
                + applicationIds.get(application.number)).getBody().get("status")).get("code");
    }

    @Order(20)
    @ParameterizedTest
    @ValueSource(strings = {"issue", "reissue", "duplicate"})
    void throughThePortalTheSignedRequestIsCheckedAndTheResultSentToThePersonalCabinet(String subService) {
        PortalSubmissions.register(clients);
        Case application = submittedThroughThePortal(subService).runJobs();
        assertThat(application.passed("Task_SendToRegionalGateway")).isTrue();

        application.termPasses("Task_CheckCompliance").complete("Task_CheckCompliance", "packageCompliant", "yes");
        throughTheProvider(application, "ISSUE", false);

        assertThat(application.passed("Event_SentToCabinet")).isTrue();
        assertThat(application.passed("End_ResultIssued")).isTrue();
        assertThat(status(application)).isEqualTo("ISSUED");
    }

    @Order(21)
    @ParameterizedTest
    @ValueSource(strings = {"issue", "reissue", "duplicate"})
    void theProviderRefusesThroughThePortalWhenTheDocumentsHaveDeficiencies(String subService) {
        PortalSubmissions.register(clients);
        Case application = submittedThroughThePortal(subService).runJobs();

        application.complete("Task_CheckCompliance", "packageCompliant", "no", "refusalReasonCode",
                "DOCUMENTS_NON_COMPLIANT", "refusalReason", "Құжаттарда кемшіліктер бар");

        assertThat(application.passed("Task_FormDeficiencyRefusal")).isTrue();
        assertThat(application.passed("End_PortalIntakeEnded")).isTrue();
        assertThat(status(application)).isEqualTo("REFUSED");
    }

    @Test
    @Order(22)
    void anEdsThatIsNotTheApplicantsIsRefused() {
        PortalSubmissions.register(clients);
        Case application = submittedThroughThePortal("issue");
        String intake = runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.id())
                .singleResult().getId();
        // The applicant's number no longer matches the certificate: portal condition 2 fails.
        runtimeService.setVariable(intake, "applicantId", DemoPki.APPLICANT_IIN);

        application.runJobs();

        assertThat(application.passed("Boundary_VerifySignatureSignatureRejected")).isTrue();
        assertThat(application.passed("End_EdsRefused")).isTrue();
        assertThat(application.ended()).isTrue();
        assertThat(status(application)).isEqualTo("REFUSED");
    }

    @Test
    @Order(100)
    void everyFlowNodeOfEveryWestKazakhstanProcessWasRun() {
        Map<String, Set<String>> missed = FlowNodeCoverage.missed(engine, TENANT, KEYS,
                "west-kazakhstan-medical-licence");
        assertThat(missed).as("flow nodes no test ran").allSatisfy((key, nodes) -> assertThat(nodes).isEmpty());
    }
}
