package kz.reglament.licence.westkazakhstan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/** The regulation's step table (docs/…/medical-licence.steps.json) and the BPMN's {@code step} properties agree. */
class StepTraceabilityTest {

    static final Path FOLDER = Path.of("processes", "west-kazakhstan");
    static final Path STEPS = Path.of("docs", "regulations", "west-kazakhstan", "medical-licence.steps.json");

    @Test
    void everyStepAndConditionHasItsElementAndEveryElementItsStep() throws Exception {
        JsonNode table = new ObjectMapper().readTree(STEPS.toFile());
        Map<String, Set<String>> stepsByFile = new HashMap<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                stepsByFile.put(file.getFileName().toString(), stepsOf(Bpmn.readModelFromFile(file.toFile())));
            }
        }
        Set<String> tabled = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (JsonNode row : table) {
            String reference = row.get("reference").asText();
            tabled.add(reference);
            if (row.has("notModelled")) {
                assertThat(row.get("notModelled").asText()).as(reference).isNotBlank();
                assertThat(stepsByFile.values().stream().anyMatch(steps -> steps.contains(reference))).as(reference)
                        .isFalse();
                continue;
            }
            boolean found = row.has("subService")
                    ? stepsByFile.get("medical-licence-" + row.get("subService").asText() + ".bpmn").contains(reference)
                    : stepsByFile.values().stream().anyMatch(steps -> steps.contains(reference));
            if (!found) {
                missing.add(reference + " " + row);
            }
        }
        assertThat(missing).as("steps without an element").isEmpty();
        stepsByFile.forEach((file, steps) -> assertThat(tabled).as(file).containsAll(steps));
        assertThat(table.size()).isGreaterThan(30);
    }

    private static Set<String> stepsOf(BpmnModelInstance model) {
        Set<String> steps = new HashSet<>();
        for (CamundaProperty property : model.getModelElementsByType(CamundaProperty.class)) {
            if ("step".equals(property.getCamundaName())) {
                assertThat(property.getParentElement().getParentElement().getParentElement()).isInstanceOf(
                        BaseElement.class);
                steps.add(property.getCamundaValue());
            }
        }
        return steps;
    }
}
