package kz.reglament.deadline;

import java.time.Instant;

/** A regulated term that passed: for a step (with its task) or for the whole case (no task). */
public record TermBreach(String id, String tenantId, String processInstanceId, String businessKey,
        String processDefinitionKey, String stepId, String stepName, String stepReference, String term,
        String candidateGroups, String assignee, String taskId, Instant dueAt, Instant breachedAt,
        String escalationTaskId) {
}
