package kz.reglament.registry.bpmn;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import kz.reglament.identity.Bin;
import kz.reglament.identity.Iin;
import kz.reglament.identity.TestIdentityNumbers;
import kz.reglament.registry.legalentity.EmbeddedLegalEntityRegistry;
import kz.reglament.registry.legalentity.LegalEntity;
import kz.reglament.registry.legalentity.LegalEntityStatus;
import kz.reglament.registry.notary.EmbeddedPowerOfAttorneyRegistry;
import kz.reglament.registry.notary.PowerOfAttorney;
import kz.reglament.registry.payment.EmbeddedPaymentGateway;
import kz.reglament.registry.payment.Payment;
import kz.reglament.registry.person.EmbeddedPersonRegistry;
import kz.reglament.registry.person.Person;
import kz.reglament.registry.person.PersonStatus;
import kz.reglament.support.EngineClock;
import kz.reglament.support.ServiceTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The intake checks of the fixture process with the service's own registries: found continues, every answer that
 * fails a condition ends in the refusal the regulation names, with its code.
 */
@ServiceTest
class RegistryChecksProcessTest {

    static final BigDecimal FEE = new BigDecimal("39320.00");
    static int serial = 5000;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    EmbeddedPersonRegistry persons;
    @Autowired
    EmbeddedLegalEntityRegistry legalEntities;
    @Autowired
    EmbeddedPowerOfAttorneyRegistry notary;
    @Autowired
    EmbeddedPaymentGateway payments;

    Bin clinic;
    Iin head;
    Iin representative;
    String application;

    @BeforeEach
    void aClinicWithARepresentativeAndAPaidFee() {
        BpmnAwareTests.init(engine);
        EngineClock.at("2026-03-17T10:00+05:00");
        clinic = newBin();
        head = newIin();
        representative = newIin();
        application = "APP-" + clinic.value();
        legalEntities.save(new LegalEntity(clinic.value(), "«Ақтөбе Денсаулық» ЖШС", "ТОО «Актобе Денсаулык»",
                LocalDate.of(2015, 3, 12), LegalEntityStatus.REGISTERED, "Ақтөбе қ., Абай даңғылы, 12", head.value(),
                "Сейткали Ерлан Маратұлы"));
        notary.save(new PowerOfAttorney("POA-" + clinic.value(), clinic.value(), representative.value(),
                LocalDate.of(2025, 1, 10), LocalDate.of(2027, 1, 9), null, Set.of("fixture-registry-checks")));
        payments.save(new Payment("PAY-" + clinic.value(), application, clinic.value(), FEE,
                Instant.parse("2026-03-16T05:00:00Z")));
    }

    @AfterEach
    void realTimeAgain() {
        EngineClock.reset();
    }

    @Test
    void aRepresentedClinicFoundInTheRegistriesPassesEveryCheck() {
        ProcessInstance instance = start(clinic.value(), representative.value());

        runJobs(instance);

        assertThat(instance).isEnded().hasPassedInOrder("Task_LookUpApplicant", "Task_CheckPowerOfAttorney",
                "Task_CheckFee", "End_ChecksPassed");
        assertThat(instance).variables().containsEntry("applicantKind", "LEGAL_ENTITY")
                .containsEntry("applicantName", "«Ақтөбе Денсаулық» ЖШС")
                .containsEntry("applicantNameRu", "ТОО «Актобе Денсаулык»")
                .containsEntry("applicantStatus", "REGISTERED")
                .containsEntry("applicantRegistrationDate", "2015-03-12")
                .containsEntry("applicantHeadIin", head.value())
                .containsEntry("powerOfAttorneyNumber", "POA-" + clinic.value())
                .containsEntry("powerOfAttorneyValidUntil", "2027-01-09")
                .containsEntry("paymentReference", "PAY-" + clinic.value())
                .containsEntry("paidAmount", "39320.00")
                .containsEntry("paymentPayer", clinic.value());
    }

    @Test
    void anIndividualApplyingInPersonIsLookedUpInTheDatabaseOfIndividuals() {
        Iin doctor = newIin();
        persons.save(new Person(doctor.value(), "Жұмабаев", "Асқар", "Серікұлы", doctor.birthDate(),
                PersonStatus.LIVING, "Ақтөбе қ."));
        payments.save(new Payment("PAY-" + doctor.value(), "APP-" + doctor.value(), doctor.value(), FEE,
                Instant.parse("2026-03-16T05:00:00Z")));
        ProcessInstance instance = start(doctor.value(), null);

        runJobs(instance);

        assertThat(instance).isEnded().hasPassed("End_ChecksPassed").hasNotPassed("Task_CheckPowerOfAttorney");
        assertThat(instance).variables().containsEntry("applicantKind", "INDIVIDUAL")
                .containsEntry("applicantName", "Жұмабаев Асқар Серікұлы")
                .containsEntry("applicantBirthDate", doctor.birthDate().toString())
                .containsEntry("applicantStatus", "LIVING");
    }

    @Test
    void anApplicantNotInTheRegistryIsRefusedWithItsCode() {
        ProcessInstance instance = start(newBin().value(), null);

        runJobs(instance);

        assertThat(instance).isEnded().hasPassed("End_RefusedApplicantNotFound").hasNotPassed("Task_CheckFee");
        assertThat(instance).variables().containsEntry("refusalCode", "APPLICANT_NOT_FOUND");
    }

    @Test
    void aMistypedNumberIsRefusedWithItsReasonBeforeAnyRegistryIsAsked() {
        String mistyped = clinic.value().substring(0, 11) + ((clinic.value().charAt(11) - '0' + 1) % 10);
        ProcessInstance instance = start(mistyped, null);

        runJobs(instance);

        assertThat(instance).isEnded().hasPassed("End_RefusedInvalidIdentityNumber");
        assertThat(instance).variables().containsEntry("refusalCode", "INVALID_IDENTITY_NUMBER")
                .containsEntry("refusalReason", "BAD_CHECK_DIGIT")
                .containsEntry("identityNumberProblem", "BAD_CHECK_DIGIT");
    }

    @Test
    void aRepresentativeWhosePowerHasExpiredIsRefusedWithTheReason() {
        EngineClock.at("2027-01-11T10:00+05:00");
        ProcessInstance instance = start(clinic.value(), representative.value());

        runJobs(instance);

        assertThat(instance).isEnded().hasPassed("End_RefusedPowerOfAttorney");
        assertThat(instance).variables().containsEntry("refusalCode", "POWER_OF_ATTORNEY_INVALID")
                .containsEntry("refusalReason", "EXPIRED").containsEntry("powerOfAttorneyProblem", "EXPIRED");
    }

    @Test
    void aRepresentativeGivenAsABinIsRefusedAsNotAnIin() {
        ProcessInstance instance = start(clinic.value(), newBin().value());

        runJobs(instance);

        assertThat(instance).isEnded().hasPassed("End_RefusedInvalidIdentityNumber");
        assertThat(instance).variables().containsEntry("refusalReason", "NOT_AN_IIN");
    }

    @Test
    void anUnderpaidFeeIsRefusedWithTheAmountPaid() {
        ProcessInstance instance = runtimeService.createProcessInstanceByKey("fixture-registry-checks")
                .processDefinitionTenantId("aktobe").businessKey(application)
                .setVariables(Map.of("applicantId", clinic.value(), "feeAmount", "50000"))
                .execute();

        runJobs(instance);

        assertThat(instance).isEnded().hasPassed("End_RefusedFeeNotPaid");
        assertThat(instance).variables().containsEntry("refusalCode", "FEE_NOT_PAID")
                .containsEntry("refusalReason", "UNDERPAID").containsEntry("paidAmount", "39320.00");
    }

    @Test
    void aMissingInputIsAModellingFaultThatFailsTheJobInsteadOfRefusing() {
        ProcessInstance instance = runtimeService.createProcessInstanceByKey("fixture-registry-checks")
                .processDefinitionTenantId("aktobe").businessKey(application)
                .setVariables(Map.of("feeAmount", FEE)).execute();
        Job lookUp = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();

        assertThatThrownBy(() -> managementService.executeJob(lookUp.getId()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("'applicantId'");
        assertThat(instance).isNotEnded().isWaitingAt("Task_LookUpApplicant");
    }

    ProcessInstance start(String applicantId, String representativeIin) {
        Map<String, Object> variables = new HashMap<>(Map.of("applicantId", applicantId, "feeAmount", FEE));
        if (representativeIin != null) {
            variables.put("representativeIin", representativeIin);
        }
        return runtimeService.createProcessInstanceByKey("fixture-registry-checks")
                .processDefinitionTenantId("aktobe").businessKey("APP-" + applicantId).setVariables(variables)
                .execute();
    }

    /** The service tasks are asynchronous, and the tests' service runs no job executor. */
    void runJobs(ProcessInstance instance) {
        for (Job job = nextJob(instance); job != null; job = nextJob(instance)) {
            managementService.executeJob(job.getId());
        }
    }

    Job nextJob(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    static Iin newIin() {
        while (true) {
            String number = TestIdentityNumbers.withCheckDigit("880302" + "4" + String.format("%04d", serial++));
            if (number != null) {
                return Iin.parse(number, LocalDate.of(2026, 3, 17));
            }
        }
    }

    static Bin newBin() {
        while (true) {
            String number = TestIdentityNumbers.withCheckDigit("190540" + String.format("%05d", serial++));
            if (number != null) {
                return Bin.parse(number, LocalDate.of(2026, 3, 17));
            }
        }
    }
}
