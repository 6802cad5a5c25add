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
import kz.reglament.support.TestPkiInitializer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
 * API follows it all along.
 *
 * <p>The job executor is off and the test runs each due job itself at an engine clock it moves to the job's due
 * date: the back-off is then asserted to the minute, without waiting 21 minutes or racing an executor thread. The
 * service is its own (not the shared test service), because its payment gateway must be the remote one.
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
        ResponseEntity<String> retried = http.withBasicAuth("admin", ServiceTest.ADMIN_PASSWORD).exchange(
                // This engine has a name of its own, so its REST resources are under /engine/{name}, as Cockpit's.
                RequestEntity.put("/engine-rest/engine/{engine}/job/{id}/retries",
                        service.getBean(ProcessEngine.class).getName(), exhausted.getId())
                        .contentType(MediaType.APPLICATION_JSON).body("{\"retries\":1}"), String.class);
        assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(204);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(exhausted.getProcessInstanceId()).count())
                .isZero();
        cases.runAsync(instance);

        assertThat(cases.task(instance, "Task_CheckCompleteness")).isNotNull();
        assertThat(runtimeService.getVariable(instance.getId(), "paidAmount")).isEqualTo(FEE);
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
    }

    /** Runs the case's one due job, which must fail for the registry's outage, not end the case. */
    private Job failOnce(ProcessInstance instance) {
        Job job = managementService.createJobQuery().rootProcessInstanceId(instance.getId()).messages()
                .activityId("Task_CheckFee").singleResult();
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
