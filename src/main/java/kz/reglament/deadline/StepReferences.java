package kz.reglament.deadline;

import kz.reglament.application.ModelProperties;
import org.camunda.bpm.model.bpmn.instance.BaseElement;

/** Reads the regulation's step reference ("A5", "§8 condition 2") that an element carries as property "step". */
final class StepReferences {

    static final String PROPERTY = "step";

    private StepReferences() {
    }

    static String of(BaseElement element) {
        return element == null ? null : ModelProperties.of(element).get(PROPERTY);
    }
}
