package kz.reglament.licence.zhambyl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regulation's step table (docs/regulations/zhambyl/medical-licence.steps.json) and the BPMN agree: every step
 * and condition the service carries out has its element, by its {@code step} property, in the process the table
 * names, with the table's actor and term; and every element that claims a step is in the table.
 */
class MedicalLicenceStepsTableTest {

    static final File FOLDER = new File("processes/zhambyl");
    static List<JsonNode> steps = new ArrayList<>();
    static Map<String, BpmnModelInstance> models = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        new ObjectMapper().readTree(new File("docs/regulations/zhambyl/medical-licence.steps.json"))
                .forEach(steps::add);
        for (File file : FOLDER.listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            models.put(model.getModelElementsByType(Process.class).iterator().next().getId(), model);
        }
    }

    @Test
    void everyStepTheServiceCarriesOutHasItsElementWithItsActorAndTerm() {
        List<String> problems = new ArrayList<>();
        for (JsonNode step : steps) {
            if (!step.path("modelled").asBoolean()) {
                assertThat(step.path("note").asText()).as("why %s is not modelled", step.get("reference")).isNotBlank();
                continue;
            }
            String reference = step.get("reference").asText();
            BpmnModelInstance model = models.get(step.get("process").asText());
            assertThat(model).as("process of %s", reference).isNotNull();
            List<FlowNode> elements = elementsWithStep(model, reference);
            if (elements.isEmpty()) {
                problems.add(step.get("process").asText() + " has no element for " + reference);
            }
            for (FlowNode element : elements) {
                if (element instanceof UserTask task) {
                    if (!("zhambyl." + step.get("actor").asText()).equals(task.getCamundaCandidateGroups())) {
                        problems.add(reference + ": " + task.getId() + " is for " + task.getCamundaCandidateGroups());
                    }
                    if (!step.get("term").asText().equals(task.getCamundaDueDate())) {
                        problems.add(reference + ": " + task.getId() + " is due " + task.getCamundaDueDate());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyElementThatClaimsAStepIsInTheTable() {
        List<String> unknown = new ArrayList<>();
        models.forEach((process, model) -> model.getModelElementsByType(FlowNode.class).forEach(element -> {
            String reference = stepOf(element);
            if (reference != null && steps.stream().noneMatch(step -> step.path("modelled").asBoolean()
                    && step.get("reference").asText().equals(reference)
                    && step.get("process").asText().equals(process))) {
                unknown.add(process + "#" + element.getId() + " (" + reference + ")");
            }
        }));
        assertThat(unknown).isEmpty();
    }

    @Test
    void theProviderChainIsTheSameInEverySubServiceButForTheTermOfPreparingTheResult() {
        Map<String, String> terms = Map.of("medical-licence-issue", "14 working days", "medical-licence-reissue",
                "2 working days", "medical-licence-duplicate", "1 working day");
        terms.forEach((process, term) -> {
            UserTask prepare = (UserTask) elementsWithStep(models.get(process), "A4 result").get(0);
            assertThat(prepare.getCamundaDueDate()).isEqualTo(term);
            for (String reference : List.of("A1", "A2", "A3", "A4 completeness", "A5")) {
                assertThat(elementsWithStep(models.get(process), reference)).as(process + " " + reference)
                        .hasSize(1);
            }
        });
    }

    static List<FlowNode> elementsWithStep(BpmnModelInstance model, String reference) {
        return model.getModelElementsByType(FlowNode.class).stream()
                .filter(element -> reference.equals(stepOf(element))).toList();
    }

    static String stepOf(BaseElement element) {
        if (element.getExtensionElements() == null) {
            return null;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                .stream().flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> "step".equals(property.getCamundaName())).map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
    }
}
