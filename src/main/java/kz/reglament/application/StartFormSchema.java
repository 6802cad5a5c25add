package kz.reglament.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Component;

/**
 * The fields a sub-service's application may carry, read from the Camunda Form of the process's start event, so
 * the portal API and the office's start form ask for the same data. A process without a start form accepts flat
 * text, number and yes/no fields.
 */
@Component
public class StartFormSchema {

    static final int LONGEST_TEXT = 4000;
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RepositoryService repositoryService;
    /**
     * A deployed definition never changes, so neither do its fields; without this every submission read the model
     * and the deployment's forms again, which the load benchmark found among a submission's largest costs.
     */
    private final Map<String, Map<String, Field>> fieldsByDefinition = new ConcurrentHashMap<>();

    public StartFormSchema(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    record Field(String key, String type, boolean required) {
    }

    public record Violation(String field, String message) {
    }

    /** What is wrong with the form data; empty when nothing is. */
    public List<Violation> check(ProcessDefinition definition, Map<String, Object> form) {
        Map<String, Field> fields = fieldsByDefinition.computeIfAbsent(definition.getId(),
                id -> fieldsOf(definition));
        List<Violation> violations = new ArrayList<>();
        form.forEach((key, value) -> {
            Field field = fields.get(key);
            if (fields.isEmpty() ? !FIELD_NAME.matcher(key).matches() : field == null) {
                violations.add(new Violation(key, "is not a field of this application"));
            } else if (!fits(field == null ? null : field.type(), value)) {
                violations.add(new Violation(key, "has a value of the wrong kind or length"));
            }
        });
        fields.values().stream().filter(Field::required)
                .filter(field -> form.get(field.key()) == null || form.get(field.key()).toString().isBlank())
                .forEach(field -> violations.add(new Violation(field.key(), "is required")));
        return violations;
    }

    private static boolean fits(String type, Object value) {
        if (value == null) {
            return true;
        }
        if (type == null) {
            return value instanceof Boolean || value instanceof Number
                    || value instanceof String text && text.length() <= LONGEST_TEXT;
        }
        return switch (type) {
            case "number" -> value instanceof Number;
            case "checkbox" -> value instanceof Boolean;
            default -> value instanceof String text && text.length() <= LONGEST_TEXT;
        };
    }

    private Map<String, Field> fieldsOf(ProcessDefinition definition) {
        String formId = repositoryService.getBpmnModelInstance(definition.getId())
                .getModelElementsByType(StartEvent.class).stream()
                .filter(start -> start.getParentElement() instanceof Process)
                .map(StartEvent::getCamundaFormRef).filter(ref -> ref != null && !ref.isBlank()).findFirst()
                .orElse(null);
        if (formId == null) {
            return Map.of();
        }
        for (Resource resource : repositoryService.getDeploymentResources(definition.getDeploymentId())) {
            if (resource.getName().endsWith(".form")) {
                JsonNode form = read(definition.getDeploymentId(), resource.getId());
                if (formId.equals(form.path("id").asText())) {
                    Map<String, Field> fields = new LinkedHashMap<>();
                    collect(form.path("components"), fields);
                    return fields;
                }
            }
        }
        throw new IllegalStateException("The start form '" + formId + "' of " + definition.getKey()
                + " is not in its deployment");
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                fields.put(component.get("key").asText(), new Field(component.get("key").asText(),
                        component.path("type").asText(), component.path("validate").path("required").asBoolean()));
            }
            collect(component.path("components"), fields);
        }
    }

    private JsonNode read(String deploymentId, String resourceId) {
        try (InputStream in = repositoryService.getResourceAsStreamById(deploymentId, resourceId)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
