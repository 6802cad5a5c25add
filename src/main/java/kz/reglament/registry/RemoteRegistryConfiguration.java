package kz.reglament.registry;

import kz.reglament.registry.legalentity.LegalEntityRegistry;
import kz.reglament.registry.legalentity.ShepLegalEntityRegistry;
import kz.reglament.registry.licence.LicenceRegistry;
import kz.reglament.registry.licence.ShepLicenceRegistry;
import kz.reglament.registry.notary.PowerOfAttorneyRegistry;
import kz.reglament.registry.notary.ShepPowerOfAttorneyRegistry;
import kz.reglament.registry.payment.PaymentGateway;
import kz.reglament.registry.payment.ShepPaymentGateway;
import kz.reglament.registry.person.PersonRegistry;
import kz.reglament.registry.person.ShepPersonRegistry;
import kz.reglament.registry.shep.ShepClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The remote implementations, each chosen by {@code reglament.registry.<system>.mode: remote}. The embedded ones
 * are repositories that stand in by default. The gateway client is made only when some system is remote, and fails
 * the start if the gateway's address is missing.
 */
@Configuration(proxyBeanMethods = false)
public class RemoteRegistryConfiguration {

    @Bean
    @Lazy
    ShepClient shepClient(RegistryProperties properties) {
        return new ShepClient(properties.shep());
    }

    @Bean
    @ConditionalOnProperty(name = "reglament.registry.persons.mode", havingValue = "remote")
    PersonRegistry remotePersonRegistry(ObjectProvider<ShepClient> shep, RegistryProperties properties) {
        return new ShepPersonRegistry(shep.getObject(), properties.persons().serviceId());
    }

    @Bean
    @ConditionalOnProperty(name = "reglament.registry.legal-entities.mode", havingValue = "remote")
    LegalEntityRegistry remoteLegalEntityRegistry(ObjectProvider<ShepClient> shep, RegistryProperties properties) {
        return new ShepLegalEntityRegistry(shep.getObject(), properties.legalEntities().serviceId());
    }

    @Bean
    @ConditionalOnProperty(name = "reglament.registry.notary.mode", havingValue = "remote")
    PowerOfAttorneyRegistry remotePowerOfAttorneyRegistry(ObjectProvider<ShepClient> shep,
            RegistryProperties properties) {
        return new ShepPowerOfAttorneyRegistry(shep.getObject(), properties.notary().serviceId());
    }

    @Bean
    @ConditionalOnProperty(name = "reglament.registry.payments.mode", havingValue = "remote")
    PaymentGateway remotePaymentGateway(ObjectProvider<ShepClient> shep, RegistryProperties properties) {
        return new ShepPaymentGateway(shep.getObject(), properties.payments().serviceId());
    }

    @Bean
    @ConditionalOnProperty(name = "reglament.registry.licensing.mode", havingValue = "remote")
    LicenceRegistry remoteLicenceRegistry(ObjectProvider<ShepClient> shep, RegistryProperties properties) {
        return new ShepLicenceRegistry(shep.getObject(), properties.licensing().serviceId());
    }
}
