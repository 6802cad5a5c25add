package kz.reglament.registry.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import kz.reglament.registry.legalentity.EmbeddedLegalEntityRegistry;
import kz.reglament.registry.legalentity.LegalEntity;
import kz.reglament.registry.legalentity.LegalEntityStatus;
import kz.reglament.registry.licence.EmbeddedLicenceRegistry;
import kz.reglament.registry.licence.Licence;
import kz.reglament.registry.licence.LicenceEvent;
import kz.reglament.registry.licence.LicenceStatus;
import kz.reglament.registry.notary.EmbeddedPowerOfAttorneyRegistry;
import kz.reglament.registry.notary.PowerOfAttorney;
import kz.reglament.registry.payment.EmbeddedPaymentGateway;
import kz.reglament.registry.payment.Payment;
import kz.reglament.registry.person.EmbeddedPersonRegistry;
import kz.reglament.registry.person.Person;
import kz.reglament.registry.person.PersonStatus;
import kz.reglament.signature.DemoPki;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's registry data, so every path of intake can be tried on one machine: a clinic and its head, an
 * individual applicant, a representative with a valid and one with an expired power of attorney, a paid and an
 * underpaid fee, and a licence to re-issue or duplicate. Every number has a correct check digit; the people and the
 * clinic are invented. Loaded at each start (replacing the same rows), only with {@code reglament.demo.enabled}.
 */
@Component
@ConditionalOnProperty(name = "reglament.demo.enabled", havingValue = "true")
public class DemoRegistryData {

    public static final String CLINIC_BIN = "150340012340";
    public static final String CLINIC_HEAD_IIN = "780514301231";
    public static final String DOCTOR_IIN = "850721334566";
    public static final String REPRESENTATIVE_IIN = "901102456780";
    public static final String LAPSED_REPRESENTATIVE_IIN = "950215400171";
    public static final String UNKNOWN_BIN = "120540024683";
    public static final String PAID_APPLICATION = "DEMO-APP-0001";
    public static final String UNDERPAID_APPLICATION = "DEMO-APP-0002";
    public static final BigDecimal DEMO_FEE = new BigDecimal("39320.00");
    public static final String CLINIC_LICENCE = "AKTOBE-2020-000001";

    private static final Set<String> MEDICAL_LICENCE_SERVICES = Set.of("medical-licence-issue",
            "medical-licence-reissue", "medical-licence-duplicate");

    // A system configured as remote has no embedded registry; the demo then fills only the others.
    private final ObjectProvider<EmbeddedPersonRegistry> persons;
    private final ObjectProvider<EmbeddedLegalEntityRegistry> legalEntities;
    private final ObjectProvider<EmbeddedPowerOfAttorneyRegistry> notary;
    private final ObjectProvider<EmbeddedPaymentGateway> payments;
    private final ObjectProvider<EmbeddedLicenceRegistry> licences;

    public DemoRegistryData(ObjectProvider<EmbeddedPersonRegistry> persons,
            ObjectProvider<EmbeddedLegalEntityRegistry> legalEntities,
            ObjectProvider<EmbeddedPowerOfAttorneyRegistry> notary, ObjectProvider<EmbeddedPaymentGateway> payments,
            ObjectProvider<EmbeddedLicenceRegistry> licences) {
        this.persons = persons;
        this.legalEntities = legalEntities;
        this.notary = notary;
        this.payments = payments;
        this.licences = licences;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void load() {
        persons.ifAvailable(this::loadPersons);
        legalEntities.ifAvailable(this::loadLegalEntities);
        notary.ifAvailable(this::loadPowersOfAttorney);
        payments.ifAvailable(this::loadPayments);
        licences.ifAvailable(this::loadLicences);
    }

    private void loadPersons(EmbeddedPersonRegistry persons) {
        persons.save(new Person(CLINIC_HEAD_IIN, "Сейткали", "Ерлан", "Маратұлы", LocalDate.of(1978, 5, 14),
                PersonStatus.LIVING, "Ақтөбе қ., Абай даңғылы, 12, 5"));
        persons.save(new Person(DOCTOR_IIN, "Жұмабаев", "Асқар", "Серікұлы", LocalDate.of(1985, 7, 21),
                PersonStatus.LIVING, "Ақтөбе қ., Сәңкібай батыр даңғылы, 40, 17"));
        persons.save(new Person(REPRESENTATIVE_IIN, "Нұрланова", "Айгерім", "Серікқызы", LocalDate.of(1990, 11, 2),
                PersonStatus.LIVING, "Ақтөбе қ., Әйтеке би көшесі, 3, 8"));
        // The demo PKI's applicants (docs/signatures.md), so an application they sign passes the registry checks.
        persons.save(new Person(DemoPki.APPLICANT_IIN, "Әбенова", "Гүлнар", "Қайратқызы", LocalDate.of(1990, 1, 1),
                PersonStatus.LIVING, "Ақтөбе қ., Майлин көшесі, 7, 21"));
        persons.save(new Person(DemoPki.LEGAL_ENTITY_HEAD_IIN, "Тұрсынов", "Бауыржан", "Ерболұлы",
                LocalDate.of(1988, 5, 20), PersonStatus.LIVING, "Ақтөбе қ., Тургенев көшесі, 80, 3"));
        persons.save(new Person(LAPSED_REPRESENTATIVE_IIN, "Оспанова", "Дана", null, LocalDate.of(1995, 2, 15),
                PersonStatus.LIVING, "Ақтөбе қ., Есет батыр көшесі, 99, 1"));
    }

    private void loadLegalEntities(EmbeddedLegalEntityRegistry legalEntities) {
        legalEntities.save(new LegalEntity(CLINIC_BIN, "«Ақтөбе Денсаулық» жауапкершілігі шектеулі серіктестігі",
                "Товарищество с ограниченной ответственностью «Актобе Денсаулык»", LocalDate.of(2015, 3, 12),
                LegalEntityStatus.REGISTERED, "Ақтөбе қ., Абай даңғылы, 12", CLINIC_HEAD_IIN,
                "Сейткали Ерлан Маратұлы"));
        legalEntities.save(new LegalEntity(DemoPki.LEGAL_ENTITY_BIN, "«Демо Клиника» жауапкершілігі шектеулі серіктестігі",
                "Товарищество с ограниченной ответственностью «Демо Клиника»", LocalDate.of(2015, 5, 4),
                LegalEntityStatus.REGISTERED, "Ақтөбе қ., Тургенев көшесі, 80", DemoPki.LEGAL_ENTITY_HEAD_IIN,
                "Тұрсынов Бауыржан Ерболұлы"));
    }

    private void loadPowersOfAttorney(EmbeddedPowerOfAttorneyRegistry notary) {
        notary.save(new PowerOfAttorney("DEMO-POA-0001", CLINIC_BIN, REPRESENTATIVE_IIN, LocalDate.of(2025, 1, 10),
                LocalDate.of(2028, 1, 9), null, MEDICAL_LICENCE_SERVICES));
        notary.save(new PowerOfAttorney("DEMO-POA-0002", CLINIC_BIN, LAPSED_REPRESENTATIVE_IIN,
                LocalDate.of(2023, 1, 10), LocalDate.of(2024, 1, 9), null, MEDICAL_LICENCE_SERVICES));
    }

    private void loadPayments(EmbeddedPaymentGateway payments) {
        payments.save(new Payment("DEMO-PAY-0001", PAID_APPLICATION, CLINIC_BIN, DEMO_FEE,
                OffsetDateTime.parse("2026-01-15T10:30:00+05:00").toInstant()));
        payments.save(new Payment("DEMO-PAY-0002", UNDERPAID_APPLICATION, DOCTOR_IIN, new BigDecimal("3932.00"),
                OffsetDateTime.parse("2026-01-16T11:00:00+05:00").toInstant()));
    }

    private void loadLicences(EmbeddedLicenceRegistry licences) {
        licences.save(new Licence(CLINIC_LICENCE, CLINIC_BIN, "MEDICAL_ACTIVITY",
                List.of("Амбулаториялық-емханалық көмек", "Зертханалық диагностика"), "aktobe", LicenceStatus.ACTIVE,
                LocalDate.of(2020, 6, 1), null,
                List.of(new LicenceEvent(LicenceEvent.Type.ISSUED, LocalDate.of(2020, 6, 1), null))));
    }
}
