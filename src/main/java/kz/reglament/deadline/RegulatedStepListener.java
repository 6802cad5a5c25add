package kz.reglament.deadline;

import java.time.Instant;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** Keeps {@link RegulatedStepStore} in step with the life of every user task that has a regulated term. */
public class RegulatedStepListener implements TaskListener {

    private final RegulatedStepStore steps;

    public RegulatedStepListener(RegulatedStepStore steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> steps.opened(stepOf(task));
            case EVENTNAME_ASSIGNMENT -> steps.assigned(task.getId(), task.getAssignee());
            case EVENTNAME_COMPLETE -> steps.completed(task.getId(), ClockUtil.getCurrentTime().toInstant());
            case EVENTNAME_DELETE -> steps.cancelled(task.getId());
            default -> {
                // Updates and timeouts change nothing that the record keeps.
            }
        }
    }

    private static RegulatedStep stepOf(DelegateTask task) {
        String groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).sorted().collect(Collectors.joining(","));
        // Not parsed from the definition id: a long key makes the engine use a bare UUID as the id.
        String processDefinitionKey = task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
        Instant created = task.getCreateTime() == null ? ClockUtil.getCurrentTime().toInstant()
                : task.getCreateTime().toInstant();
        return new RegulatedStep(task.getId(), task.getTenantId(), task.getProcessInstanceId(),
                task.getExecution().getProcessBusinessKey(), processDefinitionKey, task.getProcessDefinitionId(),
                task.getTaskDefinitionKey(), task.getName(), StepReferences.of(task.getBpmnModelElementInstance()),
                RegulatedTerms.dueDateTermOf(task.getBpmnModelElementInstance()), groups, task.getAssignee(),
                created, task.getDueDate().toInstant(), null);
    }
}
