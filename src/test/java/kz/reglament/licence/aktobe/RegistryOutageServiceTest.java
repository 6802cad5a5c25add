package kz.reglament.licence.aktobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.reglament.client.ApiClients;
import kz.reglament.deployment.ProcessFolder;
import kz.reglament.deployment.ProcessFolderDeployer;
import kz.reglament.deployment.ProcessFolderReader;
import kz.reglament.registry.RegistryUnavailableException;
import kz.reglament.registry.legalentity.EmbeddedLegalEntityRegistry;
import kz.reglament.registry.notary.EmbeddedPowerOfAttorneyRegistry;
import kz.reglament.registry.shep.GatewayFailure;
import kz.reglament.registry.shep.ShepStandIn;
import kz.reglament.signature.DemoPki;
import kz.reglament.support.EngineClock;
import kz.reglament.support.RunningService;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.StaffUsers;
import kz.reglament.support.TestPkiInitializer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payment gateway (ЭҮТШ, reached through the e-government gateway) is down while a clinic's portal application
 * for a medical licence waits on its fee check, through the whole service: the portal API, the Aktobe processes as
 * deployed, the remote adapter, and a stand-in gateway that times out or answers 5xx.
 *
 * <p>The case is never refused for the outage: the fee check is retried on the back-off its BPMN sets (PT1M, PT5M,
 * PT15M), then waits as an incident that names the system; once the gateway answers again and an operator retries the
 * incident over the engine REST API (as Cockpit does), the case goes on to the licensing specialist, and the status
 * API follows it all along. The same holds at the end of the case for the e-licensing registry, where the signed
 * licence waits to be entered before it is issued.
 *
 * <p>The job executor is off and the test runs each due job itself at an engine clock it moves to the job's due
 * date: the back-off is then asserted to the minute, without waiting 21 minutes or racing an executor thread. The
 * service is its own (not the shared test service), because its payment gateway and e-licensing registry must be the
 * remote ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryOutageServiceTest {

    static final String FEE = "39320.00";

    final ShepStandIn gateway = new ShepStandIn();
    ConfigurableApplicationContext service;
    TestRestTemplate http;
    RuntimeService runtimeService;
    ManagementService managementService;
    LicenceCases cases;
    PortalSubmissions portal;

    @BeforeAll
    void theServiceWithItsPaymentGatewayRemote() {
        DemoPki pki = TestPkiInitializer.pki();
        service = RunningService.start(null,
                "reglament.security.admin.password=" + ServiceTest.ADMIN_PASSWORD,
                "reglament.data-directory=./target/test-data/registry-outage-" + UUID.randomUUID(),
                "reglament.registry.payments.mode=remote",
                "reglament.registry.payments.service-id=PAYMENTS",
                "reglament.registry.licensing.mode=remote",
                "reglament.registry.licensing.service-id=ELICENSE",
                "reglament.registry.shep.endpoint=" + gateway.settings().endpoint(),
                "reglament.registry.shep.sender-id=REGLAMENT",
                "reglament.registry.shep.password=gateway-secret",
                "reglament.registry.shep.requestor-bin=990240001234",
                "reglament.registry.shep.connect-timeout=2s",
                "reglament.registry.shep.read-timeout=" + ShepStandIn.READ_TIMEOUT.toMillis() + "ms",
                "reglament.signature.trust.roots[0]=" + pki.rootCertificate(),
                "reglament.signature.trust.intermediates[0]=" + pki.intermediateCertificate(),
                "reglament.signature.revocation.crl-files[0]=" + pki.crl(),
                "reglament.signature.revocation.crl-distribution-points=false",
                "reglament.signature.tenants.aktobe.key-store=" + pki.tenantKeyStore("aktobe"),
                "reglament.signature.tenants.aktobe.key-store-password=" + DemoPki.PASSWORD,
                "reglament.signature.tenants.aktobe.key-alias=" + DemoPki.TENANT_KEY_ALIAS);
        http = new TestRestTemplate(new RestTemplateBuilder()
                .rootUri("http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port")));
        ProcessFolderDeployer deployer = service.getBean(ProcessFolderDeployer.class);
        for (ProcessFolder folder : service.getBean(ProcessFolderReader.class).read("file:processes")) {
            deployer.deploy(folder);
        }
        LicenceCases.registryData(service.getBean(EmbeddedLegalEntityRegistry.class),
                service.getBean(EmbeddedPowerOfAttorneyRegistry.class));
        runtimeService = service.getBean(RuntimeService.class);
        managementService = service.getBean(ManagementService.class);
        cases = new LicenceCases(runtimeService, service.getBean(TaskService.class), managementService,
                service.getBean(JdbcTemplate.class));
        portal = new PortalSubmissions(http, service.getBean(ApiClients.class));
    }

    @AfterEach
    void realTime() {
        EngineClock.reset();
    }

    @AfterAll
    void stop() {
        service.close();
        gateway.close();
    }

    @ParameterizedTest
    @EnumSource(value = GatewayFailure.class, names = {"TIMEOUT", "SERVER_ERROR"})
    void aCaseWaitsOutAnOutageOfThePaymentGatewayAndGoesOnWhenItIsBack(GatewayFailure failure) {
        failure.arrange(gateway);
        Map<String, Object> submitted = portal.submit("issue", """
                {"activityType":"Стоматология","activitySubtypes":"Терапиялық стоматология","address":"Ақтөбе, Абай 1"}""");
        String id = (String) submitted.get("id");
        String number = (String) submitted.get("number");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("medical-licence-issue").singleResult();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(start));
        int requestsBefore = gateway.requests().size();

        // Each failed attempt leaves the job with one retry fewer, due after the next interval of the BPMN's cycle.
        Instant due = start;
        int retries = 3;
        for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15))) {
            Job job = failOnce(instance);
            due = due.plus(wait);
            assertThat(job.getRetries()).isEqualTo(retries--);
            assertThat(job.getDuedate().toInstant()).isEqualTo(due);
            assertThat(status(id)).as("status while the gateway is down").isEqualTo("SUBMITTED");
            ClockUtil.setCurrentTime(Date.from(due));
        }
        Job exhausted = failOnce(instance);

        assertThat(exhausted.getRetries()).isZero();
        assertThat(gateway.requests()).hasSize(requestsBefore + 4);
        Incident incident = runtimeService.createIncidentQuery().configuration(exhausted.getId())
                .processInstanceId(exhausted.getProcessInstanceId()).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo("Task_CheckFee");
        assertThat(incident.getIncidentMessage()).contains("ЭҮТШ")
                .contains(failure == GatewayFailure.TIMEOUT ? "no answer" : "HTTP 503")
                .doesNotContain(LicenceCases.CLINIC_BIN, LicenceCases.CLINIC_HEAD_IIN, number);
        Map<String, Object> waiting = portal.get("/api/v1/applications/" + id);
        assertThat(((Map<String, Object>) waiting.get("status")).get("code")).isEqualTo("SUBMITTED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .as("the case is still running").isEqualTo(1);

        gateway.answersData(feePaid(number));
        operatorRetries(exhausted);
        cases.runAsync(instance);

        assertThat(cases.task(instance, "Task_CheckCompleteness")).isNotNull();
        assertThat(runtimeService.getVariable(instance.getId(), "paidAmount")).isEqualTo(FEE);
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
    }

    /**
     * At the end of the case, the licence is entered in «Е-лицензиялау» before the signed licence is issued; that
     * registry is down, timing out and answering 503 in turn. The licence waits, and is issued once it is back.
     */
    @Test
    void anIssuedLicenceWaitsOutAnOutageOfTheLicenceRegistry() {
        Map<String, Object> submitted = portal.submit("issue", """
                {"activityType":"Стоматология","activitySubtypes":"Терапиялық стоматология","address":"Ақтөбе, Абай 1"}""");
        String id = (String) submitted.get("id");
        String number = (String) submitted.get("number");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("medical-licence-issue").singleResult();
        gateway.answersData(feePaid(number));
        cases.runAsync(instance);
        work("aktobe.licensing-specialist", "Task_CheckCompleteness", instance, Map.of("documentsComplete", "yes",
                "completenessChecklist", List.of("application", "documents", "fee")));
        assertThat(portal.post("/api/v1/applications/" + id + "/external-answers",
                "{\"message\":\"AgreeingBodyAnswer\",\"answer\":{\"compliant\":\"true\"}}").getStatusCode()
                .value()).isEqualTo(202);
        work("aktobe.licensing-specialist", "Task_ConsiderAgreement", instance,
                Map.of("agreementDecision", "REQUEST_TREATMENT_DEPT"));
        work("aktobe.treatment-dept-specialist", "Task_QualificationOpinion", instance,
                Map.of("qualificationCompliant", "yes", "qualificationOpinion", "Біліктілік талаптарына сәйкес"));
        work("aktobe.licensing-specialist", "Task_FillLicenceOrRefusal", instance, Map.of("decision", "ISSUE",
                "applicantName", "«Ақтөбе Денсаулық» ЖШС", "licenceSubtypes", "Терапиялық стоматология"));
        GatewayFailure.TIMEOUT.arrange(gateway);
        work("aktobe.head", "Task_SignLicenceOrRefusal", instance, Map.of("signed", true));
        String signedStatus = status(id);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(start));

        Instant due = start;
        int retries = 3;
        List<GatewayFailure> next = List.of(GatewayFailure.SERVER_ERROR, GatewayFailure.TIMEOUT,
                GatewayFailure.SERVER_ERROR);
        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15));
        for (int attempt = 0; attempt < 3; attempt++) {
            Job job = failOnce(instance, "Task_RecordIssuedLicence");
            due = due.plus(waits.get(attempt));
            assertThat(job.getRetries()).isEqualTo(retries--);
            assertThat(job.getDuedate().toInstant()).isEqualTo(due);
            assertThat(status(id)).as("status while the registry is down").isEqualTo(signedStatus);
            next.get(attempt).arrange(gateway);
            ClockUtil.setCurrentTime(Date.from(due));
        }
        Job exhausted = failOnce(instance, "Task_RecordIssuedLicence");

        assertThat(signedStatus).isEqualTo("UNDER_REVIEW");
        Incident incident = runtimeService.createIncidentQuery().configuration(exhausted.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Task_RecordIssuedLicence");
        assertThat(incident.getIncidentMessage()).contains("Е-лицензиялау").contains("HTTP 503")
                .doesNotContain(LicenceCases.CLINIC_BIN, LicenceCases.CLINIC_HEAD_IIN, number);
        assertThat(status(id)).isEqualTo(signedStatus);

        gateway.answersData("<licenceResponse><licence><number>AKTOBE-2026-000777</number><holder>"
                + LicenceCases.CLINIC_BIN + "</holder><activityType>MEDICAL_ACTIVITY</activityType><subtypes>"
                + "<subtype>Терапиялық стоматология</subtype></subtypes><tenant>aktobe</tenant><status>ACTIVE</status>"
                + "<issuedOn>2026-03-17</issuedOn><history></history></licence></licenceResponse>");
        operatorRetries(exhausted);
        cases.runAsync(instance);

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(status(id)).isEqualTo("ISSUED");
        assertThat(new String(portal.bytes("/api/v1/applications/" + id + "/result"),
                java.nio.charset.StandardCharsets.UTF_8)).contains("AKTOBE-2026-000777");
    }

    /** As Cockpit does; this engine has a name of its own, so its resources are under /engine/{name}. */
    private void operatorRetries(Job exhausted) {
        ResponseEntity<String> retried = http.withBasicAuth("admin", ServiceTest.ADMIN_PASSWORD).exchange(
                RequestEntity.put("/engine-rest/engine/{engine}/job/{id}/retries",
                        service.getBean(ProcessEngine.class).getName(), exhausted.getId())
                        .contentType(MediaType.APPLICATION_JSON).body("{\"retries\":1}"), String.class);
        assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(204);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(exhausted.getProcessInstanceId()).count())
                .isZero();
    }

    /** A member of the step's group claims and completes it, as Tasklist would, within the tenant. */
    private void work(String group, String activityId, ProcessInstance instance, Map<String, Object> form) {
        IdentityService identityService = service.getBean(IdentityService.class);
        TaskService taskService = service.getBean(TaskService.class);
        String user = StaffUsers.member(identityService, group.replace("aktobe.", "akt-"), group);
        Task task = cases.task(instance, activityId);
        identityService.setAuthentication(user, List.of(group), List.of(LicenceCases.TENANT));
        try {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), form);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Runs the case's due job at the step, which must fail for the registry's outage, not end the case. */
    private Job failOnce(ProcessInstance instance) {
        return failOnce(instance, "Task_CheckFee");
    }

    private Job failOnce(ProcessInstance instance, String activityId) {
        Job job = managementService.createJobQuery().rootProcessInstanceId(instance.getId()).messages()
                .activityId(activityId).singleResult();
        assertThat(job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
                .as("job due by now").isTrue();
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).satisfies(thrown -> {
            Throwable cause = thrown;
            while (cause != null && !(cause instanceof RegistryUnavailableException)) {
                cause = cause.getCause();
            }
            assertThat(cause).as("the registry's unavailability among the causes of " + thrown).isNotNull();
        });
        return managementService.createJobQuery().jobId(job.getId()).singleResult();
    }

    private String status(String id) {
        return (String) ((Map<String, Object>) portal.get("/api/v1/applications/" + id).get("status")).get("code");
    }

    private static String feePaid(String number) {
        return "<paymentStatusResponse><payment><reference>P-" + number + "</reference><applicationNumber>" + number
                + "</applicationNumber><payer>" + LicenceCases.CLINIC_BIN + "</payer><amount>" + FEE + "</amount>"
                + "<paidAt>2026-03-16T10:30:00+05:00</paidAt></payment></paymentStatusResponse>";
    }
}
