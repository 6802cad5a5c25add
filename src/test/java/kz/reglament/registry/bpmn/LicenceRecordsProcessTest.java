package kz.reglament.registry.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.reglament.identity.Bin;
import kz.reglament.registry.licence.EmbeddedLicenceRegistry;
import kz.reglament.registry.licence.Licence;
import kz.reglament.registry.licence.LicenceStatus;
import kz.reglament.support.EngineClock;
import kz.reglament.support.ServiceTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A case records what it issued in the e-licensing registry: a new licence, a re-issue, a duplicate. */
@ServiceTest
class LicenceRecordsProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    EmbeddedLicenceRegistry licences;

    Bin holder;

    @BeforeEach
    void aClinic() {
        BpmnAwareTests.init(engine);
        EngineClock.at("2026-03-17T10:00+05:00");
        holder = RegistryChecksProcessTest.newBin();
    }

    @AfterEach
    void realTimeAgain() {
        EngineClock.reset();
    }

    @Test
    void anIssuedLicenceIsRecordedUnderTheCasesTenantWithANewNumber() {
        ProcessInstance instance = start("issue", Map.of("licenceActivityType", "MEDICAL_ACTIVITY",
                "licenceSubtypes", "Амбулаториялық-емханалық көмек\nЗертханалық диагностика\n"));

        assertThat(instance).isEnded().hasPassed("End_Issued");
        String number = (String) historicVariable(instance, "licenceNumber");
        assertThat(number).matches("AKTOBE-2026-\\d{6}");
        Licence recorded = licences.find(number, holder).orElseThrow();
        assertThat(recorded.tenantId()).isEqualTo("aktobe");
        assertThat(recorded.subtypes()).containsExactly("Амбулаториялық-емханалық көмек", "Зертханалық диагностика");
        assertThat(recorded.history().get(0).caseReference()).isEqualTo(instance.getId());
        assertThat(historicVariable(instance, "licenceIssuedOn")).isEqualTo("2026-03-17");
    }

    @Test
    void aReissueFindsTheLicenceAndSupersedesIt() {
        Licence old = existingLicence();

        ProcessInstance instance = start("reissue", Map.of("licenceNumber", old.number()));

        assertThat(instance).isEnded().hasPassedInOrder("Task_FindLicence", "Task_RecordReissuedLicence",
                "End_Reissued");
        String number = (String) historicVariable(instance, "licenceNumber");
        assertThat(number).isNotEqualTo(old.number());
        assertThat(historicVariable(instance, "previousLicenceNumber")).isEqualTo(old.number());
        assertThat(historicVariable(instance, "licenceSubtypes")).isEqualTo("A\nB");
        assertThat(licences.find(old.number(), holder).orElseThrow().status()).isEqualTo(LicenceStatus.SUPERSEDED);
        assertThat(licences.find(number, holder).orElseThrow().supersedes()).isEqualTo(old.number());
    }

    @Test
    void aDuplicateIsRecordedOnTheLicence() {
        Licence licence = existingLicence();

        ProcessInstance instance = start("duplicate", Map.of("licenceNumber", licence.number()));

        assertThat(instance).isEnded().hasPassed("End_DuplicateIssued");
        assertThat(historicVariable(instance, "duplicateIssuedOn")).isEqualTo("2026-03-17");
        assertThat(licences.find(licence.number(), holder).orElseThrow().history()).hasSize(2);
    }

    @Test
    void aLicenceOfAnotherHolderIsNotFoundAndRefused() {
        Licence someoneElses = existingLicence();
        holder = RegistryChecksProcessTest.newBin();

        ProcessInstance reissue = start("reissue", Map.of("licenceNumber", someoneElses.number()));
        ProcessInstance duplicate = start("duplicate", Map.of("licenceNumber", someoneElses.number()));

        assertThat(reissue).isEnded().hasPassed("End_RefusedLicenceNotFound").hasNotPassed("End_Reissued");
        assertThat(duplicate).isEnded().hasPassed("End_RefusedLicenceNotFound");
        assertThat(historicVariable(duplicate, "refusalCode")).isEqualTo("LICENCE_NOT_FOUND");
    }

    Licence existingLicence() {
        return licences.recordIssue(holder, "MEDICAL_ACTIVITY", List.of("A", "B"), "aktobe",
                LocalDate.of(2025, 6, 1), "earlier-case-" + holder.value());
    }

    ProcessInstance start(String act, Map<String, Object> variables) {
        return runtimeService.createProcessInstanceByKey("fixture-licence-records").processDefinitionTenantId("aktobe")
                .setVariable("act", act).setVariable("licenceHolderId", holder.value()).setVariables(variables)
                .execute();
    }

    Object historicVariable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }
}
