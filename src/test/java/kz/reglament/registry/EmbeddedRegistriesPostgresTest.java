package kz.reglament.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.reglament.identity.Bin;
import kz.reglament.identity.Iin;
import kz.reglament.registry.demo.DemoRegistryData;
import kz.reglament.registry.legalentity.EmbeddedLegalEntityRegistry;
import kz.reglament.registry.legalentity.LegalEntity;
import kz.reglament.registry.legalentity.LegalEntityStatus;
import kz.reglament.registry.licence.EmbeddedLicenceRegistry;
import kz.reglament.registry.licence.Licence;
import kz.reglament.registry.licence.LicenceStatus;
import kz.reglament.registry.notary.EmbeddedPowerOfAttorneyRegistry;
import kz.reglament.registry.notary.PowerOfAttorney;
import kz.reglament.registry.payment.EmbeddedPaymentGateway;
import kz.reglament.registry.payment.Payment;
import kz.reglament.registry.payment.PaymentCheck;
import kz.reglament.support.RunningService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The registry tables on real PostgreSQL, and the intake checks of a case running on them. */
@Tag("postgres")
class EmbeddedRegistriesPostgresTest {

    private static final String URL = System.getenv("REGLAMENT_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("REGLAMENT_TEST_POSTGRES_USER", "postgres");

    @Test
    void onPostgresTheRegistriesKeepTheirDataAndACaseRunsItsChecksOnThem() {
        assertThat(URL).as("REGLAMENT_TEST_POSTGRES_URL, the JDBC URL of a database").isNotBlank();
        try (ConfigurableApplicationContext service = RunningService.start("postgres",
                "spring.datasource.url=" + URL, "spring.datasource.username=" + USER,
                "reglament.security.admin.password=Keeper-of-7-Keys",
                "reglament.data-directory=./target/test-data/postgres-" + UUID.randomUUID())) {
            Bin clinic = Bin.parse(DemoRegistryData.CLINIC_BIN);
            service.getBean(EmbeddedLegalEntityRegistry.class).save(new LegalEntity(clinic.value(), "ЖШС", "ТОО",
                    LocalDate.of(2015, 3, 12), LegalEntityStatus.REGISTERED, null, null, null));
            service.getBean(EmbeddedPowerOfAttorneyRegistry.class).save(new PowerOfAttorney("PG-POA", clinic.value(),
                    DemoRegistryData.REPRESENTATIVE_IIN, LocalDate.of(2025, 1, 10), LocalDate.of(2099, 1, 1), null,
                    Set.of(PowerOfAttorney.ANY_SERVICE)));
            EmbeddedPaymentGateway payments = service.getBean(EmbeddedPaymentGateway.class);
            payments.save(new Payment("PG-PAY", "PG-APP", clinic.value(), new BigDecimal("39320.50"),
                    Instant.parse("2026-03-16T05:00:00.123Z")));

            assertThat(payments.checkFee("PG-APP", new BigDecimal("39320.50"))).isEqualTo(new PaymentCheck.Paid(
                    "PG-PAY", new BigDecimal("39320.50"), clinic.value(), Instant.parse("2026-03-16T05:00:00.123Z")));

            EmbeddedLicenceRegistry licences = service.getBean(EmbeddedLicenceRegistry.class);
            String tenant = "pg" + Long.toHexString(System.nanoTime());
            Licence first = licences.recordIssue(clinic, "MEDICAL_ACTIVITY", List.of("A", "B"), tenant,
                    LocalDate.of(2026, 3, 17), "pg-case-1-" + tenant);
            Licence reissued = licences.recordReissue(first.number(), clinic, List.of("A"), LocalDate.of(2026, 4, 1),
                    "pg-case-2-" + tenant);
            assertThat(first.number()).isEqualTo(tenant.toUpperCase() + "-2026-000001");
            assertThat(reissued.number()).isEqualTo(tenant.toUpperCase() + "-2026-000002");
            assertThat(licences.find(first.number(), clinic).orElseThrow().status())
                    .isEqualTo(LicenceStatus.SUPERSEDED);

            RuntimeService runtime = service.getBean(RuntimeService.class);
            ManagementService management = service.getBean(ManagementService.class);
            String instance = runtime.createProcessInstanceByKey("fixture-registry-checks")
                    .processDefinitionTenantId("aktobe").businessKey("PG-APP")
                    .setVariables(Map.of("applicantId", clinic.value(), "feeAmount", "39320.50",
                            "representativeIin", Iin.parse(DemoRegistryData.REPRESENTATIVE_IIN).value()))
                    .execute().getId();
            for (Job job = next(management, instance); job != null; job = next(management, instance)) {
                management.executeJob(job.getId());
            }
            assertThat(service.getBean(HistoryService.class).createHistoricActivityInstanceQuery()
                    .processInstanceId(instance).activityId("End_ChecksPassed").count()).isEqualTo(1);
        }
    }

    private static Job next(ManagementService management, String instance) {
        return management.createJobQuery().processInstanceId(instance).singleResult();
    }
}
