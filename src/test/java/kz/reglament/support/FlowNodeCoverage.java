package kz.reglament.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * Flow-node coverage of a tenant's processes, from the engine's history of every case the tests ran, written as a
 * report under {@code target/process-test-coverage/} that CI keeps. Computed from history because the coverage
 * library's Spring listener cannot attribute runs in the one shared test service.
 */
public final class FlowNodeCoverage {

    private FlowNodeCoverage() {
    }

    /** Per process key: the flow nodes of its latest version that no test reached. */
    public static Map<String, Set<String>> missed(ProcessEngine engine, String tenant, List<String> keys,
            String reportName) {
        Map<String, Set<String>> missed = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder("{\n");
        for (String key : keys) {
            List<ProcessDefinition> versions = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).tenantIdIn(tenant).orderByProcessDefinitionVersion().asc().list();
            if (versions.isEmpty()) {
                throw new IllegalStateException(key + " of " + tenant + " is not deployed");
            }
            ProcessDefinition latest = versions.get(versions.size() - 1);
            Set<String> nodes = engine.getRepositoryService().getBpmnModelInstance(latest.getId())
                    .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                    .collect(Collectors.toCollection(TreeSet::new));
            // Runs of earlier versions count too: an unchanged element means the same step whichever version ran it.
            Set<String> reached = versions.stream().flatMap(version -> engine.getHistoryService()
                    .createHistoricActivityInstanceQuery().processDefinitionId(version.getId()).list().stream())
                    .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
            Set<String> notReached = new TreeSet<>(nodes);
            notReached.removeAll(reached);
            missed.put(key, notReached);
            report.append("  \"").append(key).append("\": {\"flowNodes\": ").append(nodes.size())
                    .append(", \"covered\": ").append(nodes.size() - notReached.size()).append(", \"missed\": ")
                    .append(notReached.stream().map(node -> "\"" + node + "\"")
                            .collect(Collectors.joining(", ", "[", "]")))
                    .append("},\n");
        }
        write(reportName, report.substring(0, report.length() - 2) + "\n}\n");
        return missed;
    }

    private static void write(String reportName, String json) {
        try {
            Path file = Path.of("target", "process-test-coverage", reportName + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
