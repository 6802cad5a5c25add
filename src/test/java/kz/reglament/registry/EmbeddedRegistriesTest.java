package kz.reglament.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import kz.reglament.identity.Bin;
import kz.reglament.identity.IdentityNumber;
import kz.reglament.identity.Iin;
import kz.reglament.identity.TestIdentityNumbers;
import kz.reglament.registry.legalentity.EmbeddedLegalEntityRegistry;
import kz.reglament.registry.legalentity.LegalEntity;
import kz.reglament.registry.legalentity.LegalEntityLookup;
import kz.reglament.registry.legalentity.LegalEntityStatus;
import kz.reglament.registry.licence.EmbeddedLicenceRegistry;
import kz.reglament.registry.licence.Licence;
import kz.reglament.registry.licence.LicenceEvent;
import kz.reglament.registry.licence.LicenceStatus;
import kz.reglament.registry.notary.EmbeddedPowerOfAttorneyRegistry;
import kz.reglament.registry.notary.PowerOfAttorney;
import kz.reglament.registry.notary.PowerOfAttorneyCheck;
import kz.reglament.registry.notary.PowerOfAttorneyProblem;
import kz.reglament.registry.notary.PowerOfAttorneyQuery;
import kz.reglament.registry.payment.EmbeddedPaymentGateway;
import kz.reglament.registry.payment.Payment;
import kz.reglament.registry.payment.PaymentCheck;
import kz.reglament.registry.payment.PaymentProblem;
import kz.reglament.registry.person.EmbeddedPersonRegistry;
import kz.reglament.registry.person.Person;
import kz.reglament.registry.person.PersonLookup;
import kz.reglament.registry.person.PersonStatus;
import kz.reglament.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The embedded registries against the service's database. Each test uses numbers no other test uses. */
@ServiceTest
@Transactional
class EmbeddedRegistriesTest {

    static int serial = 7000;

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
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSavedPersonIsFoundAndAnotherIsNot() {
        Iin iin = newIin();
        Person person = new Person(iin.value(), "Жұмабаев", "Асқар", null, iin.birthDate(), PersonStatus.DECEASED,
                null);
        persons.save(person);

        assertThat(persons.findPerson(iin)).isEqualTo(new PersonLookup.Found(person));
        assertThat(persons.findPerson(newIin())).isEqualTo(new PersonLookup.NotFound());
    }

    @Test
    void aSavedOrganisationIsFoundAndAnotherIsNot() {
        Bin bin = newBin();
        LegalEntity entity = new LegalEntity(bin.value(), "ЖШС", "ТОО", LocalDate.of(2015, 3, 12),
                LegalEntityStatus.REGISTERED, "Ақтөбе", newIin().value(), "Сейткали Ерлан");
        legalEntities.save(entity);

        assertThat(legalEntities.findLegalEntity(bin)).isEqualTo(new LegalEntityLookup.Found(entity));
        assertThat(legalEntities.findLegalEntity(newBin())).isEqualTo(new LegalEntityLookup.NotFound());
    }

    @Test
    void powersOfAttorneyAreCheckedForPrincipalRepresentativeServiceAndDay() {
        Bin clinic = newBin();
        Iin representative = newIin();
        notary.save(new PowerOfAttorney("POA-" + clinic.value(), clinic.value(), representative.value(),
                LocalDate.of(2025, 1, 10), LocalDate.of(2027, 1, 9), null, Set.of("medical-licence-issue",
                "medical-licence-reissue")));

        assertThat(notary.check(query(clinic, representative, "medical-licence-reissue", "2026-03-17")))
                .isEqualTo(new PowerOfAttorneyCheck.Valid("POA-" + clinic.value(), LocalDate.of(2027, 1, 9)));
        assertThat(notary.check(query(clinic, representative, "medical-licence-issue", "2027-01-10")))
                .isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.EXPIRED));
        assertThat(notary.check(query(clinic, representative, "narcotics-licence", "2026-03-17")))
                .isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.WRONG_SCOPE));
        assertThat(notary.check(query(clinic, newIin(), "medical-licence-issue", "2026-03-17")))
                .isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.NONE));

        notary.save(new PowerOfAttorney("POA-" + clinic.value(), clinic.value(), representative.value(),
                LocalDate.of(2025, 1, 10), LocalDate.of(2027, 1, 9), LocalDate.of(2026, 2, 1),
                Set.of(PowerOfAttorney.ANY_SERVICE)));
        assertThat(notary.check(query(clinic, representative, "medical-licence-issue", "2026-03-17")))
                .isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.REVOKED));
        assertThat(notary.check(query(clinic, representative, "medical-licence-issue", "2026-01-31")))
                .isInstanceOf(PowerOfAttorneyCheck.Valid.class);
    }

    @Test
    void paymentsAddUpTowardsTheirApplicationOnly() {
        String application = "APP-" + serial++;
        String payer = newBin().value();
        payments.save(new Payment("REF-A-" + application, application, payer, new BigDecimal("20000.00"),
                Instant.parse("2026-03-16T05:00:00Z")));

        assertThat(payments.checkFee(application, new BigDecimal("39320.00")))
                .isEqualTo(new PaymentCheck.NotPaid(PaymentProblem.UNDERPAID, new BigDecimal("20000.00")));
        assertThat(payments.checkFee("APP-NONE-" + application, new BigDecimal("39320.00")))
                .isEqualTo(new PaymentCheck.NotPaid(PaymentProblem.NONE, BigDecimal.ZERO));

        payments.save(new Payment("REF-B-" + application, application, payer, new BigDecimal("19320.00"),
                Instant.parse("2026-03-17T05:00:00Z")));
        assertThat(payments.checkFee(application, new BigDecimal("39320.00")))
                .isEqualTo(new PaymentCheck.Paid("REF-A-" + application + ",REF-B-" + application,
                        new BigDecimal("39320.00"), payer, Instant.parse("2026-03-17T05:00:00Z")));
    }

    @Test
    void paymentTimesAreKeptInUtc() {
        String application = "APP-" + serial++;
        payments.save(new Payment("REF-" + application, application, newBin().value(), BigDecimal.TEN,
                Instant.parse("2026-03-16T05:00:00Z")));

        OffsetDateTime stored = jdbc.queryForObject("select paid_at from rgl_payment where reference = ?",
                OffsetDateTime.class, "REF-" + application);
        assertThat(stored.toInstant()).isEqualTo(Instant.parse("2026-03-16T05:00:00Z"));
    }

    @Test
    void newLicencesAreNumberedPerTenantAndYear() {
        Bin holder = newBin();
        String tenant = "tenant" + serial++;

        Licence first = licences.recordIssue(holder, "MEDICAL_ACTIVITY", List.of("A", "B"), tenant,
                LocalDate.of(2026, 3, 17), "case-" + tenant + "-1");
        Licence second = licences.recordIssue(holder, "MEDICAL_ACTIVITY", List.of("A"), tenant,
                LocalDate.of(2026, 3, 18), "case-" + tenant + "-2");
        Licence nextYear = licences.recordIssue(holder, "MEDICAL_ACTIVITY", List.of("A"), tenant,
                LocalDate.of(2027, 1, 5), "case-" + tenant + "-3");

        String prefix = tenant.toUpperCase();
        assertThat(first.number()).isEqualTo(prefix + "-2026-000001");
        assertThat(second.number()).isEqualTo(prefix + "-2026-000002");
        assertThat(nextYear.number()).isEqualTo(prefix + "-2027-000001");
        assertThat(first.status()).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(first.subtypes()).containsExactly("A", "B");
        assertThat(first.tenantId()).isEqualTo(tenant);
        assertThat(first.history()).containsExactly(new LicenceEvent(LicenceEvent.Type.ISSUED,
                LocalDate.of(2026, 3, 17), "case-" + tenant + "-1"));
    }

    @Test
    void recordingTheSameCaseTwiceReturnsTheFirstRecord() {
        Bin holder = newBin();
        String tenant = "tenant" + serial++;
        Licence first = licences.recordIssue(holder, "MEDICAL_ACTIVITY", List.of("A"), tenant,
                LocalDate.of(2026, 3, 17), "case-once-" + tenant);

        Licence again = licences.recordIssue(holder, "MEDICAL_ACTIVITY", List.of("A"), tenant,
                LocalDate.of(2026, 3, 17), "case-once-" + tenant);

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from rgl_licence where holder_id = ?", Integer.class,
                holder.value())).isEqualTo(1);
    }

    @Test
    void aLicenceIsFoundByNumberOnlyWithItsHolder() {
        Bin holder = newBin();
        Licence issued = licences.recordIssue(holder, "MEDICAL_ACTIVITY", List.of("A"), "tenant" + serial++,
                LocalDate.of(2026, 3, 17), "case-find-" + holder.value());

        assertThat(licences.find(issued.number(), holder)).contains(issued);
        assertThat(licences.find(issued.number(), newBin())).isEmpty();
        assertThat(licences.find("NO-SUCH-LICENCE", holder)).isEmpty();
    }

    @Test
    void aReissueSupersedesTheLicenceWithANewOne() {
        Bin holder = newBin();
        String tenant = "tenant" + serial++;
        Licence old = licences.recordIssue(holder, "MEDICAL_ACTIVITY", List.of("A"), tenant,
                LocalDate.of(2026, 3, 17), "case-issue-" + tenant);

        Licence reissued = licences.recordReissue(old.number(), holder, List.of("A", "C"), LocalDate.of(2026, 4, 1),
                "case-reissue-" + tenant);
        Licence again = licences.recordReissue(old.number(), holder, List.of("A", "C"), LocalDate.of(2026, 4, 1),
                "case-reissue-" + tenant);

        assertThat(again).isEqualTo(reissued);
        assertThat(reissued.number()).isEqualTo(tenant.toUpperCase() + "-2026-000002");
        assertThat(reissued.supersedes()).isEqualTo(old.number());
        assertThat(reissued.subtypes()).containsExactly("A", "C");
        assertThat(reissued.activityType()).isEqualTo("MEDICAL_ACTIVITY");
        assertThat(reissued.tenantId()).isEqualTo(tenant);
        assertThat(reissued.history()).extracting(LicenceEvent::type).containsExactly(LicenceEvent.Type.REISSUED);
        Licence superseded = licences.find(old.number(), holder).orElseThrow();
        assertThat(superseded.status()).isEqualTo(LicenceStatus.SUPERSEDED);
        assertThat(superseded.history()).extracting(LicenceEvent::type)
                .containsExactly(LicenceEvent.Type.ISSUED, LicenceEvent.Type.SUPERSEDED);
    }

    @Test
    void aDuplicateIsRecordedOnceAndLeavesTheLicenceAsItIs() {
        Bin holder = newBin();
        Licence licence = licences.recordIssue(holder, "MEDICAL_ACTIVITY", List.of("A"), "tenant" + serial++,
                LocalDate.of(2026, 3, 17), "case-dup-issue-" + holder.value());

        licences.recordDuplicate(licence.number(), holder, LocalDate.of(2026, 5, 5), "case-dup-" + holder.value());
        Licence after = licences.recordDuplicate(licence.number(), holder, LocalDate.of(2026, 5, 5),
                "case-dup-" + holder.value());

        assertThat(after.status()).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(after.number()).isEqualTo(licence.number());
        assertThat(after.history()).extracting(LicenceEvent::type)
                .containsExactly(LicenceEvent.Type.ISSUED, LicenceEvent.Type.DUPLICATE_ISSUED);
    }

    @Test
    void reissuingALicenceThatIsNotThereIsAnError() {
        assertThatThrownBy(() -> licences.recordReissue("NO-SUCH-LICENCE", newBin(), List.of("A"),
                LocalDate.of(2026, 4, 1), "case-missing")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("150340");
    }

    static PowerOfAttorneyQuery query(IdentityNumber principal, Iin representative, String service, String day) {
        return new PowerOfAttorneyQuery(principal, representative, service, LocalDate.parse(day), null);
    }

    static Iin newIin() {
        while (true) {
            String number = TestIdentityNumbers.withCheckDigit("850721" + "3" + String.format("%04d", serial++));
            if (number != null) {
                return Iin.parse(number);
            }
        }
    }

    static Bin newBin() {
        while (true) {
            String number = TestIdentityNumbers.withCheckDigit("150340" + String.format("%05d", serial++));
            if (number != null) {
                return Bin.parse(number);
            }
        }
    }
}
