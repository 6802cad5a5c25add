package kz.reglament.deadline;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Reads the regulation's step reference ("A5", "§8 condition 2") that an element carries as property "step". */
final class StepReferences {

    static final String PROPERTY = "step";

    private StepReferences() {
    }

    static String of(BaseElement element) {
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
    }
}
