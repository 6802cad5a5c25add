package kz.reglament.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The {@code camunda:properties} of a BPMN element, where the processes keep what the service reads from them:
 * a process's legal identity and catalogue entry, an element's Russian and English names and the case status it
 * stands for. A name may repeat (one {@code document} per required document).
 */
public final class ModelProperties {

    private final Map<String, List<String>> values;

    private ModelProperties(Map<String, List<String>> values) {
        this.values = values;
    }

    public static ModelProperties of(BaseElement element) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions != null) {
            for (CamundaProperties properties : extensions.getElementsQuery().filterByType(CamundaProperties.class)
                    .list()) {
                for (CamundaProperty property : properties.getCamundaProperties()) {
                    values.computeIfAbsent(property.getCamundaName(), name -> new ArrayList<>())
                            .add(property.getCamundaValue());
                }
            }
        }
        return new ModelProperties(values);
    }

    public String get(String name) {
        List<String> found = values.get(name);
        return found == null || found.isEmpty() ? null : found.get(0);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** {@code prefix.kk}, {@code prefix.ru}, {@code prefix.en}; the Kazakh one may instead be the element's name. */
    public LocalizedText localized(String prefix, String kazakhDefault) {
        String kk = get(prefix + ".kk");
        return new LocalizedText(kk == null ? kazakhDefault : kk, get(prefix + ".ru"), get(prefix + ".en"));
    }
}
