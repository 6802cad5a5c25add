package kz.reglament.licence.aktobe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The step table of the regulation (docs/regulations/aktobe/medical-licence.steps.json) and the BPMN agree: every
 * step and condition the case carries out has an element with its {@code step} property, every element with a
 * {@code step} property is in the table, and every step with a term in the table is due in that term.
 */
class StepTraceabilityTest {

    static JsonNode table;
    /** reference → the elements (file#id) that carry it. */
    static Map<String, Set<String>> elements = new TreeMap<>();
    static Map<String, String> terms = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        table = new ObjectMapper().readTree(new File("docs/regulations/aktobe/medical-licence.steps.json"));
        for (File file : new File("processes/aktobe").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                String step = property(node, "step");
                if (step == null) {
                    continue;
                }
                for (String reference : step.split(";")) {
                    elements.computeIfAbsent(reference.trim(), key -> new TreeSet<>()).add(file.getName() + "#"
                            + node.getId());
                    if (node instanceof UserTask task && task.getCamundaDueDate() != null) {
                        terms.put(reference.trim(), task.getCamundaDueDate());
                    }
                }
            }
        }
    }

    @Test
    void everyStepTheCaseCarriesOutHasItsElement() {
        Set<String> missing = new TreeSet<>();
        for (JsonNode step : table) {
            if (step.path("modelled").asBoolean() && !elements.containsKey(step.get("reference").asText())) {
                missing.add(step.get("reference").asText());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void stepsOutsideTheCaseHaveNoElement() {
        for (JsonNode step : table) {
            if (!step.path("modelled").asBoolean()) {
                assertThat(elements).doesNotContainKey(step.get("reference").asText());
            }
        }
    }

    @Test
    void everyElementWithAStepIsInTheTable() {
        Set<String> known = new TreeSet<>();
        table.forEach(step -> known.add(step.get("reference").asText()));
        assertThat(known).containsAll(elements.keySet());
    }

    @Test
    void theProvidersStepsAreDueInTheRegulationsTerms() {
        for (JsonNode step : table) {
            String reference = step.get("reference").asText();
            if (reference.matches("[ABC]\\d") && step.get("kind").asText().equals("user task")) {
                assertThat(terms.get(reference)).as(reference).isEqualTo(step.get("term").asText());
            }
        }
        assertThat(Arrays.asList("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "B1", "B2", "B3", "C1", "C2",
                "C3")).allSatisfy(reference -> assertThat(elements).containsKey(reference));
    }

    private static String property(BaseElement element, String name) {
        if (element.getExtensionElements() == null) {
            return null;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(
                org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName())).map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
    }
}
