package kz.reglament.registry.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import kz.reglament.registry.RegistryUnavailableException;
import kz.reglament.registry.legalentity.ShepLegalEntityRegistry;
import kz.reglament.registry.notary.ShepPowerOfAttorneyRegistry;
import kz.reglament.registry.payment.ShepPaymentGateway;
import kz.reglament.registry.person.ShepPersonRegistry;
import kz.reglament.registry.shep.GatewayFailure;
import kz.reglament.registry.shep.ShepStandIn;
import kz.reglament.support.EngineClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An unavailable registry through the whole chain: BPMN, delegate, remote adapter, gateway stand-in. It is never a
 * refusal: the job is retried on the back-off the BPMN sets, then waits as an incident; when the registry is back and
 * an operator retries the incident, the case goes on.
 *
 * <p>This engine is the test's own, in memory and under a name of its own (see RunningService), because the shared
 * test service's registries are the embedded ones and its context must not change.
 */
class UnavailableRegistryProcessTest {

    final ShepStandIn legalEntitiesGateway = new ShepStandIn();
    final ShepStandIn paymentsGateway = new ShepStandIn();
    ProcessEngine engine;
    ManagementService management;

    @BeforeEach
    void anEngineWhoseRegistriesAreRemote() {
        String name = "registry-retries-" + UUID.randomUUID();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName(name)
                .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false);
        configuration.setBeans(Map.of(
                "lookUpApplicant", new LookUpApplicantDelegate(
                        new ShepPersonRegistry(legalEntitiesGateway.client(), "GBDFLUniversal"),
                        new ShepLegalEntityRegistry(legalEntitiesGateway.client(), "GbdulInfoByBin_v2")),
                "checkPowerOfAttorney", new CheckPowerOfAttorneyDelegate(
                        new ShepPowerOfAttorneyRegistry(paymentsGateway.client(), "ENIS")),
                "checkFee", new CheckFeeDelegate(new ShepPaymentGateway(paymentsGateway.client(), "PAYMENTS"))));
        engine = configuration.buildProcessEngine();
        management = engine.getManagementService();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("processes-fixture/aktobe/fixture-registry-checks.bpmn").deploy();
        BpmnAwareTests.init(engine);
        EngineClock.at("2026-03-17T10:00+05:00");
    }

    @AfterEach
    void closeEverything() {
        EngineClock.reset();
        BpmnAwareTests.reset();
        engine.close();
        legalEntitiesGateway.close();
        paymentsGateway.close();
    }

    @Test
    void anUnavailableRegistryIsRetriedOnItsBackOffThenAnIncidentThatAnOperatorRetriesOnceItIsBack() {
        GatewayFailure.SERVER_ERROR.arrange(legalEntitiesGateway);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey("fixture-registry-checks")
                .businessKey("APP-1").setVariables(Map.of("applicantId", "150340012340", "feeAmount", "39320.00"))
                .execute();

        Job job = failOnce(instance);
        assertThat(job.getRetries()).isEqualTo(3);
        assertThat(job.getDuedate()).isEqualTo(EngineClock.moment("2026-03-17T10:01+05:00"));

        EngineClock.at("2026-03-17T10:01+05:00");
        job = failOnce(instance);
        assertThat(job.getRetries()).isEqualTo(2);
        assertThat(job.getDuedate()).isEqualTo(EngineClock.moment("2026-03-17T10:06+05:00"));

        GatewayFailure.TIMEOUT.arrange(legalEntitiesGateway);
        EngineClock.at("2026-03-17T10:06+05:00");
        job = failOnce(instance);
        assertThat(job.getRetries()).isEqualTo(1);
        assertThat(job.getDuedate()).isEqualTo(EngineClock.moment("2026-03-17T10:21+05:00"));

        GatewayFailure.SOAP_FAULT.arrange(legalEntitiesGateway);
        EngineClock.at("2026-03-17T10:21+05:00");
        job = failOnce(instance);
        assertThat(job.getRetries()).isZero();

        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
                .singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo("Task_LookUpApplicant");
        assertThat(incident.getIncidentMessage()).contains("ЗТ МДҚ").contains("SOAP fault")
                .doesNotContain("150340012340");
        BpmnAwareTests.assertThat(instance).isNotEnded().isWaitingAt("Task_LookUpApplicant");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "refusalCode")).isNull();

        legalEntitiesGateway.answersData(ORGANISATION_FOUND);
        paymentsGateway.answersData(FEE_PAID);
        management.setJobRetries(job.getId(), 1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
                .isZero();
        for (Job next = nextJob(instance); next != null; next = nextJob(instance)) {
            management.executeJob(next.getId());
        }

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("End_ChecksPassed");
        assertThat(legalEntitiesGateway.requests()).hasSize(5);
    }

    @Test
    void theNextCheckRetriesAloneWhenItsOwnSystemIsTheOneDown() {
        legalEntitiesGateway.answersData(ORGANISATION_FOUND);
        GatewayFailure.NOT_XML.arrange(paymentsGateway);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey("fixture-registry-checks")
                .businessKey("APP-1").setVariables(Map.of("applicantId", "150340012340", "feeAmount",
                        new BigDecimal("39320.00"))).execute();
        management.executeJob(nextJob(instance).getId());

        Job fee = failOnce(instance);

        assertThat(fee.getRetries()).isEqualTo(3);
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CheckFee");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "applicantName"))
                .isEqualTo("«Ақтөбе Денсаулық» ЖШС");
        assertThat(legalEntitiesGateway.requests()).hasSize(1);
    }

    Job failOnce(ProcessInstance instance) {
        Job job = nextJob(instance);
        assertThatThrownBy(() -> management.executeJob(job.getId())).satisfies(failure -> {
            Throwable cause = failure;
            while (cause != null && !(cause instanceof RegistryUnavailableException)) {
                cause = cause.getCause();
            }
            assertThat(cause).as("a registry unavailable in the causes of " + failure).isNotNull();
        });
        return nextJob(instance);
    }

    Job nextJob(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    static final String ORGANISATION_FOUND = "<ns3:responseDataType xmlns:ns3=\"http://gbdulinfobybin_v2.egp.gbdul"
            + ".tamur.kz\"><Status><Code>002</Code></Status><Organization><BIN>150340012340</BIN>"
            + "<RegistrationDate>2015-03-12+06:00</RegistrationDate><FullNameRu>ТОО «Актобе Денсаулык»</FullNameRu>"
            + "<FullNameKz>«Ақтөбе Денсаулық» ЖШС</FullNameKz></Organization></ns3:responseDataType>";

    static final String FEE_PAID = "<paymentStatusResponse><payment><reference>P-1</reference>"
            + "<applicationNumber>APP-1</applicationNumber><payer>150340012340</payer><amount>39320.00</amount>"
            + "<paidAt>2026-03-16T10:30:00+05:00</paidAt></payment></paymentStatusResponse>";
}
