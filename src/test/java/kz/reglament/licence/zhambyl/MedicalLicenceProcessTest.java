package kz.reglament.licence.zhambyl;

import static kz.reglament.licence.zhambyl.ZhambylCases.APPLICANT;
import static kz.reglament.licence.zhambyl.ZhambylCases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.reglament.client.ApiClient;
import kz.reglament.support.EngineClock;
import kz.reglament.support.FlowNodeCoverage;
import kz.reglament.client.ApiClients;
import kz.reglament.deployment.ProcessFolderDeployer;
import kz.reglament.deployment.ProcessFolderReader;
import kz.reglament.identity.Iin;
import kz.reglament.licence.zhambyl.ZhambylCases.SubService;
import kz.reglament.registry.licence.EmbeddedLicenceRegistry;
import kz.reglament.registry.licence.Licence;
import kz.reglament.registry.licence.LicenceStatus;
import kz.reglament.registry.notary.EmbeddedPowerOfAttorneyRegistry;
import kz.reglament.registry.notary.PowerOfAttorney;
import kz.reglament.registry.person.EmbeddedPersonRegistry;
import kz.reglament.registry.person.Person;
import kz.reglament.registry.person.PersonStatus;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.SignedApplications;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of Zhambyl's medical-licence processes: the three sub-services through the office, the PSC and the
 * portal, every decision, every refusal the regulation names, every registry refusal, an unavailable registry, and
 * each step's term passing. The last test proves that together they pass every flow node of every Zhambyl BPMN.
 */
@ServiceTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MedicalLicenceProcessTest {

    static final String PORTAL_KEY = "test-portal-key-zhambyl-processes";
    static final Map<String, Object> COMPLETE = vars("completeness", "COMPLETE");
    static final Map<String, Object> ISSUE = vars("decision", "ISSUE", "licenceSubtypes", "Стоматология\nТерапия");
    static final Map<String, Object> SIGNED = vars("resultSigned", true);
    static final Map<String, Object> HANDED_OVER = vars("resultHandedOver", true);
    static final Map<String, Object> CONFORM = vars("conformity", "CONFORM");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessFolderReader reader;
    @Autowired
    ProcessFolderDeployer deployer;
    @Autowired
    EmbeddedLicenceRegistry licences;
    @Autowired
    EmbeddedPersonRegistry persons;
    @Autowired
    EmbeddedPowerOfAttorneyRegistry notary;
    @Autowired
    ApiClients clients;
    @Autowired
    TestRestTemplate rest;

    ZhambylCases cases;

    @BeforeEach
    void deployZhambyl() {
        ZhambylCases.deploy(reader, deployer);
        BpmnAwareTests.init(engine);
        cases = new ZhambylCases(engine, jdbc);
        cases.freezeClock();
        clients.register(ApiClients.sha256(PORTAL_KEY), new ApiClient("zhambyl-portal-processes", List.of("zhambyl"),
                List.of("medical-licence"), 10_000));
        Iin applicant = Iin.parse(APPLICANT, LocalDate.now());
        persons.save(new Person(APPLICANT, "Демо", "Өтініш", "Берушіұлы", applicant.birthDate(), PersonStatus.LIVING,
                "Тараз қ."));
    }

    @AfterEach
    void realTimeAgain() {
        EngineClock.reset();
    }

    // ------------------------------------------------------------------------------------------ the office

    @Order(1)
    @ParameterizedTest
    @EnumSource(SubService.class)
    void anOfficeCaseRunsTheProvidersFiveStepsEveryTermPassingAndTheStepStayingOpen(SubService subService) {
        Licence held = subService == SubService.ISSUE ? null : ZhambylCases.licenceOf(licences, APPLICANT);
        ProcessInstance instance = cases.start(subService, "office", held == null ? Map.of()
                : vars("licenceNumber", held.number()));
        String key = instance.getBusinessKey();

        cases.letTermPassAndComplete(key, "Task_Register", vars("registrationNumber", "Ж-1"));
        cases.letTermPassAndComplete(key, "Task_HeadReview", vars("headResolution", "Бөлім басшысына"));
        cases.letTermPassAndComplete(key, "Task_DepartmentHeadReview", vars("departmentResolution", "Орындаушыға"));
        cases.runJobs(key);
        cases.letTermPassAndComplete(key, "Task_CheckCompleteness", COMPLETE);
        cases.letTermPassAndComplete(key, "Task_SendRequest", vars("requestAddressee", "ТҚҚ"));
        cases.letTermPassAndComplete(key, "Task_PrepareResult", ISSUE);
        cases.letTermPassAndComplete(key, "Task_SignResult", SIGNED);
        cases.runJobs(key);
        cases.letTermPassAndComplete(key, "Task_OfficeHandOverResult", HANDED_OVER);

        assertThat(instance).isEnded().hasPassedInOrder("Task_Register", "Task_HeadReview",
                "Task_DepartmentHeadReview", "Task_CheckCompleteness", "Task_SendRequest", "Task_PrepareResult",
                "Task_SignResult", "Task_RecordLicence", "Task_IssueLicenceDocument", "Task_OfficeHandOverResult",
                "End_LicenceIssued");
        assertThat(jdbc.queryForObject("select count(*) from rgl_term_breach where business_key = ?", Integer.class,
                key)).isEqualTo(8);
        assertThat(cases.variable(instance, "resultDocumentId")).isNotNull();
        String number = (String) cases.variable(instance, "licenceNumber");
        Licence recorded = licences.find(number, Iin.parse(APPLICANT, LocalDate.now())).orElseThrow();
        switch (subService) {
            case ISSUE -> {
                assertThat(number).startsWith("ZHAMBYL-");
                assertThat(recorded.subtypes()).containsExactly("Стоматология", "Терапия");
            }
            case REISSUE -> {
                assertThat(recorded.supersedes()).isEqualTo(held.number());
                assertThat(licences.find(held.number(), Iin.parse(APPLICANT, LocalDate.now())).orElseThrow()
                        .status()).isEqualTo(LicenceStatus.SUPERSEDED);
            }
            case DUPLICATE -> assertThat(recorded.history()).hasSize(2);
        }
    }

    @Order(2)
    @ParameterizedTest
    @EnumSource(SubService.class)
    void incompleteDocumentsGoStraightToTheHeadAndEndInAReasonedRefusal(SubService subService) {
        ProcessInstance instance = officeCaseUpToCompleteness(subService);
        String key = instance.getBusinessKey();

        cases.complete(key, "Task_CheckCompleteness", vars("completeness", "INCOMPLETE", "refusalReasonCode",
                "DOCUMENTS_INCOMPLETE", "refusalReason", "Стандарттың 9-тармағындағы құжаттар жоқ"));
        cases.complete(key, "Task_SignResult", SIGNED);
        cases.complete(key, "Task_OfficeHandOverResult", HANDED_OVER);

        assertThat(instance).isEnded().hasPassed("Task_IssueRefusalDocument", "End_RefusedIncomplete")
                .hasNotPassed("Task_SendRequest", "Task_PrepareResult", "Task_RecordLicence");
        assertThat(cases.variable(instance, "outcome")).isEqualTo("REFUSED_INCOMPLETE");
    }

    // ------------------------------------------------------------------------------------------ the PSC

    @Order(3)
    @ParameterizedTest
    @EnumSource(SubService.class)
    void aRepresentedPscCaseIsAcceptedThenRefusedOnTheMeritsAndHandedOverAtThePsc(SubService subService) {
        Iin representative = Iin.parse("901102456780", LocalDate.now());
        notary.save(new PowerOfAttorney("ZH-POA-" + UUID.randomUUID(), APPLICANT, representative.value(),
                LocalDate.now().minusYears(1), LocalDate.now().plusYears(1), null, Set.of(subService.key())));
        ProcessInstance instance = cases.start(subService, "psc", withLicence(subService,
                vars("representativeIin", representative.value())));
        String key = instance.getBusinessKey();

        cases.letTermPassAndComplete(key, "Task_PscCheckApplication", vars("applicationCheck", "COMPLETE"));
        cases.letTermPassAndComplete(key, "Task_PscEnterRequest", vars("requestFormFilled", true));
        cases.runJobs(key);
        cases.letTermPassAndComplete(key, "Task_PscSignAndSend", vars("requestSignedAndSent", true));
        cases.letTermPassAndComplete(key, "Task_CheckConformity", CONFORM);
        cases.letTermPassAndComplete(key, "Task_PscHandReceipt", vars("receiptHandedOver", true));
        reviewUpToPreparation(key);
        cases.complete(key, "Task_PrepareResult", vars("decision", "REFUSE", "refusalReasonCode",
                "REQUIREMENTS_NOT_MET", "refusalReason", "Біліктілік талаптарына сәйкес емес"));
        cases.complete(key, "Task_SignResult", SIGNED);
        cases.letTermPassAndComplete(key, "Task_PscHandOverResult", HANDED_OVER);

        assertThat(instance).isEnded().hasPassed("Call_PscIntake", "Task_IssueRefusalDocument", "End_Refused")
                .hasNotPassed("Task_RecordLicence");
        String intake = calledIntake(instance);
        assertThat(cases.passed(intake)).contains("Task_LookUpApplicant", "Task_CheckPowerOfAttorney",
                "Event_RegisteredAtRegionalGateway", "End_Accepted");
        assertThat(cases.variable(instance, "powerOfAttorneyNumber")).asString().startsWith("ZH-POA-");
        assertThat(cases.variable(instance, "applicantName")).isEqualTo("Демо Өтініш Берушіұлы");
    }

    @Order(4)
    @ParameterizedTest
    @EnumSource(SubService.class)
    void anIncompleteApplicationAtThePscIsRefusedWithAReceipt(SubService subService) {
        ProcessInstance instance = cases.start(subService, "psc", withLicence(subService, Map.of()));
        String key = instance.getBusinessKey();

        cases.complete(key, "Task_PscCheckApplication", vars("applicationCheck", "INCOMPLETE", "refusalReasonCode",
                "DOCUMENTS_INCOMPLETE", "refusalReason", "Өтінім толық емес"));
        cases.complete(key, "Task_PscHandOverResult", HANDED_OVER);

        assertThat(instance).isEnded().hasPassed("Boundary_PscRefusedToAccept", "End_RefusedToAccept")
                .hasNotPassed("Task_Register");
        assertThat(cases.passed(calledIntake(instance))).contains("Task_IssueRefusalToAccept", "End_RefusedToAccept");
    }

    @Order(5)
    @ParameterizedTest
    @EnumSource(SubService.class)
    void documentsThatDoNotConformAtThePscEndInTheRefusalMessage(SubService subService) {
        ProcessInstance instance = cases.start(subService, "psc", withLicence(subService, Map.of()));
        String key = instance.getBusinessKey();

        pscIntakeUpToConformity(key);
        cases.complete(key, "Task_CheckConformity", vars("conformity", "NOT_CONFORM", "refusalReasonCode",
                "DOCUMENTS_NOT_CONFORM", "refusalReason", "Құжаттарда бұзушылық бар"));
        cases.complete(key, "Task_PscHandOverResult", HANDED_OVER);

        assertThat(instance).isEnded().hasPassed("Boundary_PscDocumentsNotConform", "End_RefusedDocumentsNotConform");
        assertThat(cases.passed(calledIntake(instance))).contains("Task_IssueConformityRefusal",
                "End_DocumentsNotConform").doesNotContain("Task_PscHandReceipt");
    }

    @Order(6)
    @Test
    void anApplicantUnknownToTheRegistriesCannotBeServedAtThePsc() {
        ProcessInstance instance = cases.start(SubService.ISSUE, "psc", vars("applicantId", "780514301231",
                "applicantIin", "780514301231"));
        String key = instance.getBusinessKey();
        cases.complete(key, "Task_PscCheckApplication", vars("applicationCheck", "COMPLETE"));
        cases.complete(key, "Task_PscEnterRequest", vars("requestFormFilled", true));
        cases.runJobs(key);
        cases.complete(key, "Task_PscHandOverResult", HANDED_OVER);

        assertThat(instance).isEnded().hasPassed("End_RefusedToAccept");
        String intake = calledIntake(instance);
        assertThat(cases.passed(intake)).contains("Boundary_ApplicantNotFound", "Task_IssueDataUnavailableNotice",
                "End_DataUnavailable");
        assertThat(cases.variable(intake, "refusalCode")).isEqualTo("APPLICANT_NOT_FOUND");
    }

    @Order(7)
    @Test
    void aMistypedApplicantNumberCannotBeServedAtThePsc() {
        ProcessInstance instance = pscCaseUpToRegistries(vars("applicantId", "900101300018"));
        String intake = calledIntake(instance);
        assertThat(cases.passed(intake)).contains("Boundary_ApplicantIdInvalid", "End_DataUnavailable");
        assertThat(cases.variable(intake, "refusalReason")).isEqualTo("BAD_CHECK_DIGIT");
    }

    @Order(8)
    @Test
    void aRepresentativeWithoutAValidPowerOfAttorneyCannotBeServedAtThePsc() {
        ProcessInstance instance = pscCaseUpToRegistries(vars("representativeIin", "950215400171"));
        String intake = calledIntake(instance);
        assertThat(cases.passed(intake)).contains("Boundary_PowerOfAttorneyInvalid", "End_DataUnavailable");
        assertThat(cases.variable(intake, "refusalCode")).isEqualTo("POWER_OF_ATTORNEY_INVALID");
        assertThat(instance).isEnded().hasPassed("End_RefusedToAccept");
    }

    @Order(9)
    @Test
    void aRepresentativeGivenAsABinCannotBeServedAtThePsc() {
        ProcessInstance instance = pscCaseUpToRegistries(vars("representativeIin", "150540000017"));
        String intake = calledIntake(instance);
        assertThat(cases.passed(intake)).contains("Boundary_RepresentativeIdInvalid", "End_DataUnavailable");
        assertThat(cases.variable(intake, "refusalReason")).isEqualTo("NOT_AN_IIN");
    }

    // ------------------------------------------------------------------------------------------ the portal

    @Order(10)
    @ParameterizedTest
    @EnumSource(SubService.class)
    void aPortalCaseIsVerifiedCheckedAndItsResultLeftOnThePortal(SubService subService) {
        Licence held = subService == SubService.ISSUE ? null : ZhambylCases.licenceOf(licences, APPLICANT);
        ProcessInstance instance = submitOnPortal(subService, held);
        String key = instance.getBusinessKey();

        cases.runJobs(key);
        cases.letTermPassAndComplete(key, "Task_CheckConformity", CONFORM);
        cases.complete(key, "Task_Register", vars("registrationNumber", "Ж-2"));
        cases.complete(key, "Task_HeadReview", vars("headResolution", "Бөлім басшысына"));
        cases.complete(key, "Task_DepartmentHeadReview", vars("departmentResolution", "Орындаушыға"));
        cases.runJobs(key);
        cases.complete(key, "Task_CheckCompleteness", COMPLETE);
        cases.complete(key, "Task_SendRequest", vars("requestAddressee", "ТҚҚ"));
        cases.complete(key, "Task_PrepareResult", ISSUE);
        cases.complete(key, "Task_SignResult", SIGNED);
        cases.runJobs(key);

        assertThat(instance).isEnded().hasPassed("Call_PortalIntake", "Event_ResultOnPortal", "End_LicenceIssued")
                .hasNotPassed("Task_OfficeHandOverResult", "Task_PscHandOverResult");
        assertThat(cases.passed(calledIntake(instance))).contains("Task_VerifySignature",
                "Event_SentToRegionalGateway", "End_Accepted");
        assertThat(jdbc.queryForObject("select status from rgl_application where application_number = ?", String.class, key))
                .isEqualTo("ISSUED");
    }

    @Order(11)
    @ParameterizedTest
    @EnumSource(SubService.class)
    void anUnconfirmedSignatureOnThePortalEndsInTheRefusal(SubService subService) {
        ProcessInstance instance = submitOnPortal(subService, null);
        String key = instance.getBusinessKey();
        String intake = calledIntake(instance);
        // The signer no longer matches the applicant the case names.
        runtimeService.setVariable(intake, "applicantId", "880520400015");

        cases.runJobs(key);

        assertThat(instance).isEnded().hasPassed("Boundary_PortalSignatureRefused", "End_RefusedSignature");
        assertThat(cases.passed(intake)).contains("Boundary_SignatureRejected", "Task_IssueSignatureRefusal",
                "End_SignatureRefused");
        assertThat(cases.variable(intake, "signatureRejectionReason")).isEqualTo("IDENTITY_MISMATCH");
        assertThat(jdbc.queryForObject("select status from rgl_application where application_number = ?", String.class, key))
                .isEqualTo("REFUSED");
    }

    @Order(12)
    @ParameterizedTest
    @EnumSource(SubService.class)
    void portalDocumentsThatDoNotConformEndInTheRefusal(SubService subService) {
        ProcessInstance instance = submitOnPortal(subService, null);
        String key = instance.getBusinessKey();
        cases.runJobs(key);

        cases.complete(key, "Task_CheckConformity", vars("conformity", "NOT_CONFORM", "refusalReasonCode",
                "DOCUMENTS_NOT_CONFORM", "refusalReason", "Құжаттар лайық емес"));

        assertThat(instance).isEnded().hasPassed("Boundary_PortalDocumentsNotConform",
                "End_RefusedDocumentsNotConform");
        assertThat(cases.passed(calledIntake(instance))).contains("Task_IssueConformityRefusal",
                "End_DocumentsNotConform");
    }

    // ------------------------------------------------------------------------------------------ e-licensing

    @Order(13)
    @ParameterizedTest
    @EnumSource(value = SubService.class, names = {"REISSUE", "DUPLICATE"})
    void aLicenceTheApplicantDoesNotHoldIsRefused(SubService subService) {
        ProcessInstance instance = cases.start(subService, "office", vars("licenceNumber", "ZHAMBYL-2015-999999"));
        String key = instance.getBusinessKey();
        reviewUpToRegistry(key);

        cases.runJobs(key);
        cases.complete(key, "Task_OfficeHandOverResult", HANDED_OVER);

        assertThat(instance).isEnded().hasPassed("Boundary_FindLicenceNotFound", "Task_IssueRegistryRefusal",
                "End_RefusedRegistry").hasNotPassed("Task_CheckCompleteness");
        assertThat(cases.variable(instance, "refusalCode")).isEqualTo("LICENCE_NOT_FOUND");
    }

    @Order(14)
    @ParameterizedTest
    @EnumSource(value = SubService.class, names = {"REISSUE", "DUPLICATE"})
    void aMistypedHolderNumberIsRefusedWhenTheLicenceIsLookedUp(SubService subService) {
        ProcessInstance instance = cases.start(subService, "office", vars("licenceNumber", "ZHAMBYL-2015-000001",
                "applicantId", "900101300018"));
        String key = instance.getBusinessKey();
        reviewUpToRegistry(key);

        cases.runJobs(key);
        cases.complete(key, "Task_OfficeHandOverResult", HANDED_OVER);

        assertThat(instance).isEnded().hasPassed("Boundary_FindLicenceHolderIdInvalid", "End_RefusedRegistry");
    }

    @Order(15)
    @ParameterizedTest
    @EnumSource(value = SubService.class, names = {"REISSUE", "DUPLICATE"})
    void aLicenceGoneBeforeItIsRecordedIsRefused(SubService subService) {
        ProcessInstance instance = officeCaseUpToCompleteness(subService);
        String key = instance.getBusinessKey();
        runtimeService.setVariable(instance.getId(), "licenceNumber", "ZHAMBYL-2015-999998");

        signAnIssue(key);

        assertThat(instance).isEnded().hasPassed("Boundary_RecordLicenceNotFound", "End_RefusedRegistry")
                .hasNotPassed("Task_IssueLicenceDocument");
    }

    @Order(16)
    @ParameterizedTest
    @EnumSource(SubService.class)
    void aHolderNumberThatIsNotValidWhenRecordingIsRefused(SubService subService) {
        ProcessInstance instance = officeCaseUpToCompleteness(subService);
        String key = instance.getBusinessKey();
        runtimeService.setVariable(instance.getId(), "applicantId", "900101300018");

        signAnIssue(key);

        assertThat(instance).isEnded().hasPassed("Boundary_RecordHolderIdInvalid", "End_RefusedRegistry");
        assertThat(cases.variable(instance, "refusalReason")).isEqualTo("BAD_CHECK_DIGIT");
    }

    @Order(17)
    @ParameterizedTest
    @EnumSource(SubService.class)
    void anUnavailableRegistryIsRetriedThenAnIncidentAndTheCaseGoesOnOnceItIsBack(SubService subService) {
        ProcessInstance instance = officeCaseUpToCompleteness(subService);
        String key = instance.getBusinessKey();
        // A registry that cannot be asked fails its job just as an input it lacks does: never a refusal.
        runtimeService.removeVariable(instance.getId(), "applicantId");
        cases.complete(key, "Task_CheckCompleteness", COMPLETE);
        cases.complete(key, "Task_SendRequest", vars("requestAddressee", "ТҚҚ"));
        cases.complete(key, "Task_PrepareResult", ISSUE);
        cases.complete(key, "Task_SignResult", SIGNED);

        Job record = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        for (int attempt = 0; attempt < 4; attempt++) {
            String id = record.getId();
            assertThatThrownBy(() -> managementService.executeJob(id)).isInstanceOf(ProcessEngineException.class);
            record = managementService.createJobQuery().jobId(id).singleResult();
        }
        assertThat(record.getRetries()).isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        assertThat(instance).isWaitingAt("Task_RecordLicence");

        runtimeService.setVariable(instance.getId(), "applicantId", APPLICANT);
        managementService.setJobRetries(record.getId(), 1);
        cases.runJobs(key);
        cases.complete(key, "Task_OfficeHandOverResult", HANDED_OVER);
        assertThat(instance).isEnded().hasPassed("End_LicenceIssued");
    }

    // ------------------------------------------------------------------------------------------ coverage

    @Order(Integer.MAX_VALUE)
    @Test
    void togetherTheseCasesPassEveryFlowNodeOfEveryZhambylProcess() {
        Map<String, Set<String>> missing = FlowNodeCoverage.missed(engine, ZhambylCases.TENANT,
                List.of("medical-licence-issue", "medical-licence-reissue", "medical-licence-duplicate",
                        "medical-licence-portal-intake", "medical-licence-psc-intake"), "zhambyl-medical-licence");
        assertThat(missing).as("flow nodes no case passed").allSatisfy((key, nodes) -> assertThat(nodes).isEmpty());
    }

    // ------------------------------------------------------------------------------------------ helpers

    private Map<String, Object> withLicence(SubService subService, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        if (subService != SubService.ISSUE) {
            all.put("licenceNumber", ZhambylCases.licenceOf(licences, APPLICANT).number());
        }
        return all;
    }

    private ProcessInstance officeCaseUpToCompleteness(SubService subService) {
        ProcessInstance instance = cases.start(subService, "office", withLicence(subService, Map.of()));
        String key = instance.getBusinessKey();
        reviewUpToRegistry(key);
        cases.runJobs(key);
        return instance;
    }

    private void reviewUpToRegistry(String key) {
        cases.complete(key, "Task_Register", vars("registrationNumber", "Ж-3"));
        cases.complete(key, "Task_HeadReview", vars("headResolution", "Бөлім басшысына"));
        cases.complete(key, "Task_DepartmentHeadReview", vars("departmentResolution", "Орындаушыға"));
    }

    private void reviewUpToPreparation(String key) {
        reviewUpToRegistry(key);
        cases.runJobs(key);
        cases.complete(key, "Task_CheckCompleteness", COMPLETE);
        cases.complete(key, "Task_SendRequest", vars("requestAddressee", "ТҚҚ"));
    }

    private void signAnIssue(String key) {
        cases.complete(key, "Task_CheckCompleteness", COMPLETE);
        cases.complete(key, "Task_SendRequest", vars("requestAddressee", "ТҚҚ"));
        cases.complete(key, "Task_PrepareResult", ISSUE);
        cases.complete(key, "Task_SignResult", SIGNED);
        cases.runJobs(key);
        cases.complete(key, "Task_OfficeHandOverResult", HANDED_OVER);
    }

    private void pscIntakeUpToConformity(String key) {
        cases.complete(key, "Task_PscCheckApplication", vars("applicationCheck", "COMPLETE"));
        cases.complete(key, "Task_PscEnterRequest", vars("requestFormFilled", true));
        cases.runJobs(key);
        cases.complete(key, "Task_PscSignAndSend", vars("requestSignedAndSent", true));
    }

    private ProcessInstance pscCaseUpToRegistries(Map<String, Object> variables) {
        ProcessInstance instance = cases.start(SubService.ISSUE, "psc", variables);
        String key = instance.getBusinessKey();
        cases.complete(key, "Task_PscCheckApplication", vars("applicationCheck", "COMPLETE"));
        cases.complete(key, "Task_PscEnterRequest", vars("requestFormFilled", true));
        cases.runJobs(key);
        cases.complete(key, "Task_PscHandOverResult", HANDED_OVER);
        assertThat(instance).isEnded().hasPassed("Boundary_PscRefusedToAccept", "End_RefusedToAccept");
        return instance;
    }

    private String calledIntake(ProcessInstance caller) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(caller.getId()).singleResult().getId();
    }

    /** Submits the application on the portal, signed by the individual applicant, and returns its case. */
    private ProcessInstance submitOnPortal(SubService subService, Licence held) {
        String form = "\"activityType\":\"Стоматология\",\"address\":\"Тараз қ., Абай даңғылы, 1\""
                + (subService == SubService.ISSUE ? "" : ",\"licenceNumber\":\""
                + (held == null ? "ZHAMBYL-2015-000001" : held.number()) + "\"");
        String application = "{\"applicant\":{\"iin\":\"" + APPLICANT + "\"},\"form\":{" + form + "}}";
        String body = """
                {"tenant":"zhambyl","service":"medical-licence","subService":"%s","channel":"portal",
                 "signature":"%s","documents":[]}""".formatted(subService.id,
                SignedApplications.signedByApplicant(application));
        ResponseEntity<Map<String, Object>> response = rest.exchange(RequestEntity.post("/api/v1/applications")
                .header("X-API-Key", PORTAL_KEY).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).body(body), new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(subService.key())
                .processInstanceBusinessKey((String) response.getBody().get("number")).singleResult();
    }
}
