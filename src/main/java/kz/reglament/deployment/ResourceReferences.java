package kz.reglament.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;

/**
 * Which files of a folder belong together in one deployment. A form or decision bound by {@code deployment} is
 * found only in the deployment of the process that uses it, so a process is never deployed without the forms and
 * decisions it names, and a changed form or decision takes the processes that name it along.
 */
final class ResourceReferences {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResourceReferences() {
    }

    /** The changed files plus everything that must travel with them. */
    static Set<String> closure(ProcessFolder folder, Set<String> changed) {
        Map<String, byte[]> resources = folder.resources();
        Map<String, Set<String>> referencedIdsByProcess = new java.util.HashMap<>();
        Map<String, Set<String>> providedIdsByFile = new java.util.HashMap<>();
        resources.forEach((name, content) -> {
            if (name.endsWith(".bpmn")) {
                referencedIdsByProcess.put(name, referencedIds(content));
            } else {
                providedIdsByFile.put(name, providedIds(name, content));
            }
        });

        Set<String> result = new TreeSet<>(changed);
        Set<String> changedIds = new HashSet<>();
        changed.stream().map(providedIdsByFile::get).filter(ids -> ids != null).forEach(changedIds::addAll);
        referencedIdsByProcess.forEach((process, ids) -> {
            if (ids.stream().anyMatch(changedIds::contains)) {
                result.add(process);
            }
        });
        Set<String> needed = new HashSet<>();
        result.stream().map(referencedIdsByProcess::get).filter(ids -> ids != null).forEach(needed::addAll);
        providedIdsByFile.forEach((file, ids) -> {
            if (ids.stream().anyMatch(needed::contains)) {
                result.add(file);
            }
        });
        return result;
    }

    private static Set<String> referencedIds(byte[] bpmn) {
        Set<String> ids = new HashSet<>();
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        } catch (ModelException unreadable) {
            // The engine's parser reports the broken file with its line and element when it is deployed.
            return ids;
        }
        model.getModelElementsByType(UserTask.class).forEach(task -> addIfPresent(ids, task.getCamundaFormRef()));
        model.getModelElementsByType(StartEvent.class).forEach(start -> addIfPresent(ids, start.getCamundaFormRef()));
        model.getModelElementsByType(BusinessRuleTask.class)
                .forEach(task -> addIfPresent(ids, task.getCamundaDecisionRef()));
        return ids;
    }

    private static Set<String> providedIds(String name, byte[] content) {
        Set<String> ids = new HashSet<>();
        try {
            if (name.endsWith(".form")) {
                JsonNode id = JSON.readTree(content).get("id");
                if (id != null && id.isTextual()) {
                    ids.add(id.asText());
                }
            } else if (name.endsWith(".dmn")) {
                Dmn.readModelFromStream(new ByteArrayInputStream(content)).getModelElementsByType(Decision.class)
                        .forEach(decision -> ids.add(decision.getId()));
            }
        } catch (IOException | ModelException unreadable) {
            // As above: the engine rejects the unreadable file when it is deployed, naming it.
        }
        return ids;
    }

    private static void addIfPresent(Set<String> ids, String id) {
        if (id != null && !id.isBlank() && !id.contains("${") && !id.contains("#{")) {
            ids.add(id);
        }
    }
}
