package kz.reglament.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/** The bare-engine baseline's BPMN: the service's processes with nothing of the service left in them. */
class BareBpmnTest {

    private static final String FOLDER = "processes/aktobe";

    @Test
    void everyServiceAndSendTaskOfTheFolderBecomesTheNoOpAndNoListenerOrTermIsLeft() {
        Map<String, BpmnModelInstance> models = BareBpmn.folder(FOLDER);

        assertThat(models).containsKeys("medical-licence-issue.bpmn", "medical-licence-portal-intake.bpmn");
        models.forEach((name, model) -> {
            assertThat(model.getModelElementsByType(ServiceTask.class)).as(name).allSatisfy(task -> {
                assertThat(task.getCamundaDelegateExpression()).isNull();
                assertThat(task.getCamundaClass()).isNull();
                assertThat(task.getCamundaExpression()).isEqualTo("${true}");
            });
            assertThat(model.getModelElementsByType(SendTask.class)).as(name)
                    .allSatisfy(task -> assertThat(task.getCamundaExpression()).isEqualTo("${true}"));
            assertThat(model.getModelElementsByType(CamundaExecutionListener.class)).as(name).isEmpty();
            assertThat(model.getModelElementsByType(CamundaTaskListener.class)).as(name).isEmpty();
            assertThat(model.getModelElementsByType(UserTask.class)).as(name)
                    .allSatisfy(task -> assertThat(task.getCamundaDueDate()).matches("P(T\\d+[MH]|\\d+D)"));
            assertThat(model.getModelElementsByType(TimerEventDefinition.class)).as(name)
                    .allSatisfy(timer -> assertThat(timer.getTimeDuration().getTextContent())
                            .matches("P(T\\d+[MH]|\\d+D)"));
        });
    }

    @Test
    void termsBecomeDurationsOfTheSameLengthAndWhatTheGatewaysReadStays() {
        BpmnModelInstance issue = BareBpmn.folder(FOLDER).get("medical-licence-issue.bpmn");

        assertThat(((UserTask) issue.getModelElementById("Task_CheckCompleteness")).getCamundaDueDate())
                .isEqualTo("P2D");
        assertThat(((UserTask) issue.getModelElementById("Task_SignLicenceOrRefusal")).getCamundaDueDate())
                .isEqualTo("PT15M");
        assertThat(((TimerEventDefinition) issue.getModelElementById("Timer_AgreeingBodyAnswerTerm_Definition"))
                .getTimeDuration().getTextContent()).isEqualTo("P10D");
        // The gateway after the result reads "outcome", which the task's output mapping sets as before.
        ServiceTask issueLicence = issue.getModelElementById("Task_IssueLicence");
        assertThat(issueLicence.getExtensionElements().getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class).singleResult()
                .getCamundaOutputParameters()).extracting(CamundaOutputParameter::getCamundaName,
                        CamundaOutputParameter::getTextContent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("outcome", "ISSUED"));
        // Asynchronous continuations and their retry cycles are the engine's and stay.
        assertThat(((ServiceTask) issue.getModelElementById("Task_RecordIssuedLicence")).isCamundaAsyncBefore())
                .isTrue();

        assertThat(BareBpmn.isoDuration("2 working days")).isEqualTo("P2D");
        assertThat(BareBpmn.isoDuration("15 working minutes")).isEqualTo("PT15M");
        assertThat(BareBpmn.isoDuration("4 hours")).isEqualTo("PT4H");
        assertThat(BareBpmn.isoDuration("30 calendar days")).isEqualTo("P30D");
        assertThat(BareBpmn.isoDuration("2 жұмыс күні")).isEqualTo("P2D");
    }

    @Test
    void theServicesOwnModelIsRefusedNamingItsDelegatesListenersAndTerms() throws Exception {
        BpmnModelInstance original;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream(FOLDER + "/medical-licence-issue.bpmn")) {
            original = Bpmn.readModelFromStream(in);
        }

        assertThatThrownBy(() -> BareBpmn.requireBare("medical-licence-issue.bpmn", original))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("camunda:delegateExpression=\"${recordIssuedLicence}\" on serviceTask "
                        + "Task_RecordIssuedLicence")
                .hasMessageContaining("camunda:expression=\"${execution.setVariable('agreementRequested', true)}\"")
                .hasMessageContaining("term camunda:dueDate=\"2 working days\" on userTask Task_CheckCompleteness");

        BpmnModelInstance withListener = Bpmn.createExecutableProcess("listening").startEvent("start")
                .camundaExecutionListenerDelegateExpression("start", "${auditTrail}").userTask("work")
                .camundaTaskListenerClass("create", "kz.reglament.Audit").endEvent().done();
        assertThatThrownBy(() -> BareBpmn.requireBare("listening.bpmn", withListener))
                .hasMessageContaining("camunda:executionListener in startEvent start")
                .hasMessageContaining("camunda:taskListener in userTask work");
    }

    @Test
    void aDelegateThatANoOpCannotStandInForIsRefusedRatherThanLeftToRun() {
        BpmnModelInstance mapped = Bpmn.createExecutableProcess("mapped").startEvent()
                .callActivity("call").calledElement("elsewhere")
                .camundaVariableMappingDelegateExpression("${variablesOfOurs}").endEvent().done();
        assertThatThrownBy(() -> BareBpmn.strip("mapped.bpmn", mapped))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("camunda:variableMappingDelegateExpression=\"${variablesOfOurs}\" on "
                        + "callActivity call");

        BpmnModelInstance external = Bpmn.createExecutableProcess("external").startEvent().serviceTask("fetch")
                .camundaExternalTask("registry").endEvent().done();
        assertThatThrownBy(() -> BareBpmn.strip("external.bpmn", external))
                .hasMessageContaining("fetch has camunda:type=\"external\"");

        BpmnModelInstance result = Bpmn.createExecutableProcess("result").startEvent().serviceTask("decide")
                .camundaExpression("${rules.decide(execution)}").camundaResultVariable("decision").endEvent().done();
        assertThatThrownBy(() -> BareBpmn.strip("result.bpmn", result))
                .hasMessageContaining("decide has camunda:resultVariable=\"decision\"");
    }
}
