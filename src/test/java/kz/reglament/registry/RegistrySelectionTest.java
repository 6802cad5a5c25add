package kz.reglament.registry;

import static org.assertj.core.api.Assertions.assertThat;

import kz.reglament.registry.legalentity.EmbeddedLegalEntityRegistry;
import kz.reglament.registry.legalentity.LegalEntityRegistry;
import kz.reglament.registry.legalentity.ShepLegalEntityRegistry;
import kz.reglament.registry.licence.EmbeddedLicenceRegistry;
import kz.reglament.registry.licence.LicenceRegistry;
import kz.reglament.registry.notary.EmbeddedPowerOfAttorneyRegistry;
import kz.reglament.registry.notary.PowerOfAttorneyRegistry;
import kz.reglament.registry.payment.EmbeddedPaymentGateway;
import kz.reglament.registry.payment.PaymentGateway;
import kz.reglament.registry.person.EmbeddedPersonRegistry;
import kz.reglament.registry.person.PersonRegistry;
import kz.reglament.registry.person.ShepPersonRegistry;
import kz.reglament.registry.shep.ShepClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Which implementation answers for each system, by configuration alone; no database or gateway is touched. */
class RegistrySelectionTest {

    static final SimpleDriverDataSource UNCONNECTED = new SimpleDriverDataSource();

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, RemoteRegistryConfiguration.class, EmbeddedPersonRegistry.class,
                    EmbeddedLegalEntityRegistry.class, EmbeddedPowerOfAttorneyRegistry.class,
                    EmbeddedPaymentGateway.class, EmbeddedLicenceRegistry.class)
            .withBean(JdbcTemplate.class, () -> new JdbcTemplate(UNCONNECTED))
            .withBean(DataSourceTransactionManager.class, () -> new DataSourceTransactionManager(UNCONNECTED));

    @Test
    void everySystemIsEmbeddedUnlessConfiguredAndTheGatewayClientIsNotMade() {
        context.run(started -> {
            assertThat(started).hasSingleBean(PersonRegistry.class).hasSingleBean(LegalEntityRegistry.class)
                    .hasSingleBean(PowerOfAttorneyRegistry.class).hasSingleBean(PaymentGateway.class)
                    .hasSingleBean(LicenceRegistry.class);
            assertThat(started.getBean(PersonRegistry.class)).isInstanceOf(EmbeddedPersonRegistry.class);
            assertThat(started.getBeanFactory().getSingleton("shepClient")).isNull();
        });
    }

    @Test
    void aSystemConfiguredRemoteSpeaksThroughTheGatewayAndTheOthersStayEmbedded() {
        context.withPropertyValues("reglament.registry.persons.mode=remote",
                        "reglament.registry.persons.service-id=GBDFLUniversal",
                        "reglament.registry.legal-entities.mode=REMOTE",
                        "reglament.registry.legal-entities.service-id=GbdulInfoByBin_v2",
                        "reglament.registry.shep.endpoint=http://127.0.0.1:9/bip-sync/")
                .run(started -> {
                    assertThat(started.getBean(PersonRegistry.class)).isInstanceOf(ShepPersonRegistry.class);
                    assertThat(started.getBean(LegalEntityRegistry.class))
                            .isInstanceOf(ShepLegalEntityRegistry.class);
                    assertThat(started.getBean(PaymentGateway.class)).isInstanceOf(EmbeddedPaymentGateway.class);
                    assertThat(started).hasSingleBean(ShepClient.class);
                });
    }

    @Test
    void aRemoteSystemWithoutItsServiceIdOrTheGatewayAddressDoesNotStart() {
        context.withPropertyValues("reglament.registry.notary.mode=remote",
                        "reglament.registry.shep.endpoint=http://127.0.0.1:9/bip-sync/")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("reglament.registry.notary.service-id"));
        context.withPropertyValues("reglament.registry.payments.mode=remote",
                        "reglament.registry.payments.service-id=PAYMENTS")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("reglament.registry.shep.endpoint"));
    }

    @Test
    void anUnknownModeDoesNotStart() {
        context.withPropertyValues("reglament.registry.licensing.mode=remot")
                .run(started -> assertThat(started).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RegistryProperties.class)
    static class Properties {
    }
}
