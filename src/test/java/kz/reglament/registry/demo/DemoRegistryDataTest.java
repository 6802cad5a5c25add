package kz.reglament.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.reglament.identity.Bin;
import kz.reglament.identity.Iin;
import kz.reglament.registry.legalentity.EmbeddedLegalEntityRegistry;
import kz.reglament.registry.legalentity.LegalEntityLookup;
import kz.reglament.registry.licence.EmbeddedLicenceRegistry;
import kz.reglament.registry.licence.LicenceStatus;
import kz.reglament.registry.notary.EmbeddedPowerOfAttorneyRegistry;
import kz.reglament.registry.notary.PowerOfAttorneyCheck;
import kz.reglament.registry.notary.PowerOfAttorneyProblem;
import kz.reglament.registry.notary.PowerOfAttorneyQuery;
import kz.reglament.registry.payment.EmbeddedPaymentGateway;
import kz.reglament.registry.payment.PaymentCheck;
import kz.reglament.registry.payment.PaymentProblem;
import kz.reglament.registry.person.EmbeddedPersonRegistry;
import kz.reglament.registry.person.PersonLookup;
import kz.reglament.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The demo data, loaded into the shared test service's database by hand: the test service runs without the demo
 * profile, so the bean itself is absent there.
 */
@ServiceTest
class DemoRegistryDataTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 17);

    @Autowired
    ApplicationContext context;
    @Autowired
    EmbeddedPersonRegistry persons;
    @Autowired
    EmbeddedLegalEntityRegistry legalEntities;
    @Autowired
    EmbeddedPowerOfAttorneyRegistry notary;
    @Autowired
    EmbeddedPaymentGateway payments;
    @Autowired
    EmbeddedLicenceRegistry licences;

    @Test
    void theDemoDataIsNotLoadedOutsideTheDemoProfile() {
        assertThat(context.getBeanProvider(DemoRegistryData.class).getIfAvailable()).isNull();
    }

    @Test
    void everyPathOfIntakeHasItsDemoDataWithValidNumbers() {
        DemoRegistryData demo = new DemoRegistryData(context.getBeanProvider(EmbeddedPersonRegistry.class),
                context.getBeanProvider(EmbeddedLegalEntityRegistry.class),
                context.getBeanProvider(EmbeddedPowerOfAttorneyRegistry.class),
                context.getBeanProvider(EmbeddedPaymentGateway.class),
                context.getBeanProvider(EmbeddedLicenceRegistry.class));
        demo.load();
        demo.load();

        Bin clinic = Bin.parse(DemoRegistryData.CLINIC_BIN, TODAY);
        Iin representative = Iin.parse(DemoRegistryData.REPRESENTATIVE_IIN, TODAY);
        LegalEntityLookup.Found found = (LegalEntityLookup.Found) legalEntities.findLegalEntity(clinic);
        assertThat(found.legalEntity().headIin()).isEqualTo(DemoRegistryData.CLINIC_HEAD_IIN);
        for (String iin : new String[] {DemoRegistryData.CLINIC_HEAD_IIN, DemoRegistryData.DOCTOR_IIN,
                DemoRegistryData.REPRESENTATIVE_IIN, DemoRegistryData.LAPSED_REPRESENTATIVE_IIN}) {
            assertThat(persons.findPerson(Iin.parse(iin, TODAY))).isInstanceOf(PersonLookup.Found.class);
        }
        assertThat(legalEntities.findLegalEntity(Bin.parse(DemoRegistryData.UNKNOWN_BIN, TODAY)))
                .isInstanceOf(LegalEntityLookup.NotFound.class);
        assertThat(notary.check(new PowerOfAttorneyQuery(clinic, representative, "medical-licence-issue", TODAY,
                null))).isInstanceOf(PowerOfAttorneyCheck.Valid.class);
        assertThat(notary.check(new PowerOfAttorneyQuery(clinic, Iin.parse(DemoRegistryData.LAPSED_REPRESENTATIVE_IIN,
                TODAY), "medical-licence-issue", TODAY, null)))
                .isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.EXPIRED));
        assertThat(payments.checkFee(DemoRegistryData.PAID_APPLICATION, DemoRegistryData.DEMO_FEE))
                .isInstanceOf(PaymentCheck.Paid.class);
        assertThat(payments.checkFee(DemoRegistryData.UNDERPAID_APPLICATION, DemoRegistryData.DEMO_FEE))
                .extracting("problem").isEqualTo(PaymentProblem.UNDERPAID);
        assertThat(licences.find(DemoRegistryData.CLINIC_LICENCE, clinic).orElseThrow().status())
                .isEqualTo(LicenceStatus.ACTIVE);
    }
}
