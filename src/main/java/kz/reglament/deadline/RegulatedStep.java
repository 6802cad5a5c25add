package kz.reglament.deadline;

import java.time.Instant;

/** A user task under a regulated term, as recorded for deadlines and reports. */
public record RegulatedStep(String taskId, String tenantId, String processInstanceId, String businessKey,
        String processDefinitionKey, String processDefinitionId, String stepId, String stepName,
        String stepReference, String term, String candidateGroups, String assignee, Instant createdAt,
        Instant dueAt, Instant breachedAt) {
}
