package kz.reglament.deadline;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.reglament.calendar.RegulatedTerm;
import kz.reglament.calendar.WorkingTimeService;
import kz.reglament.tenant.Tenants;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs when a regulated term's timer fires. The step stays open: the breach is recorded (case, regulation, step,
 * group, assignee, due, breached at) and a task for the tenant's head group says which step of which case is late.
 */
public class TermBreachRecorder implements ExecutionListener {

    static final String CASE_STEP = "case";
    private static final int ESCALATION_PRIORITY = 100;
    private static final Logger log = LoggerFactory.getLogger(TermBreachRecorder.class);

    private final TermBreachStore breaches;
    private final RegulatedStepStore steps;
    private final WorkingTimeService workingTime;

    public TermBreachRecorder(TermBreachStore breaches, RegulatedStepStore steps, WorkingTimeService workingTime) {
        this.breaches = breaches;
        this.steps = steps;
        this.workingTime = workingTime;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FlowElement timer = execution.getBpmnModelElementInstance();
        String term = RegulatedTerms.timerTermOf(timer);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        TaskService taskService = execution.getProcessEngineServices().getTaskService();
        if (timer instanceof BoundaryEvent boundary) {
            String stepId = boundary.getAttachedTo().getId();
            List<Task> late = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(stepId).list();
            for (Task task : late) {
                String groups = candidateGroups(taskService.getIdentityLinksForTask(task.getId()));
                record(execution, task.getId(), stepId, task.getName(), StepReferences.of(boundary.getAttachedTo()),
                        term, groups, task.getAssignee(), task.getId(), toInstant(task.getDueDate(), now), now);
                steps.breached(task.getId(), now);
            }
            if (late.isEmpty()) {
                // A wait for an external body or a called block: the step has no task, but its term is just as real.
                Date started = execution.getProcessEngineServices().getHistoryService()
                        .createHistoricActivityInstanceQuery().processInstanceId(execution.getProcessInstanceId())
                        .activityId(stepId).unfinished().list().stream().map(activity -> activity.getStartTime())
                        .max(Date::compareTo).orElse(Date.from(now));
                record(execution, execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId(), stepId,
                        boundary.getAttachedTo().getName(), StepReferences.of(boundary.getAttachedTo()), term, null,
                        null, null, workingTime.deadline(execution.getTenantId(), started.toInstant(),
                                RegulatedTerm.parse(term)), now);
            }
        } else {
            Date caseStart = execution.getProcessEngineServices().getHistoryService()
                    .createHistoricProcessInstanceQuery().processInstanceId(execution.getProcessInstanceId())
                    .singleResult().getStartTime();
            Instant due = workingTime.deadline(execution.getTenantId(), caseStart.toInstant(),
                    RegulatedTerm.parse(term));
            record(execution, execution.getProcessInstanceId() + ":" + timer.getId(), CASE_STEP, timer.getName(),
                    StepReferences.of(timer), term, null, null, null, due, now);
        }
    }

    private void record(DelegateExecution execution, String breachKey, String stepId, String stepName,
            String stepReference, String term, String groups, String assignee, String taskId, Instant due,
            Instant now) {
        String tenantId = execution.getTenantId();
        String regulation = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        String escalation = escalate(execution, tenantId, stepName == null ? stepId : stepName, due);
        breaches.record(breachKey, new TermBreach(UUID.randomUUID().toString(), tenantId,
                execution.getProcessInstanceId(), execution.getProcessBusinessKey(), regulation, stepId, stepName,
                stepReference, term, groups, assignee, taskId, due, now, escalation));
        log.info("Term breached: case {} of {} ({}), step {} due {} under '{}'", execution.getProcessInstanceId(),
                regulation, tenantId, stepId, due, term);
    }

    /** A task in the head group's Tasklist, within the case's tenant, that names the late step and the case. */
    private static String escalate(DelegateExecution execution, String tenantId, String step, Instant due) {
        TaskService taskService = execution.getProcessEngineServices().getTaskService();
        Task escalation = taskService.newTask();
        escalation.setName("Мерзімі өтті / Срок нарушен: " + step);
        escalation.setDescription("Іс / Дело " + (execution.getProcessBusinessKey() == null
                ? execution.getProcessInstanceId() : execution.getProcessBusinessKey())
                + ": мерзімі / срок " + due);
        escalation.setPriority(ESCALATION_PRIORITY);
        escalation.setTenantId(tenantId);
        taskService.saveTask(escalation);
        taskService.addCandidateGroup(escalation.getId(),
                tenantId == null ? Groups.CAMUNDA_ADMIN : Tenants.headGroupId(tenantId));
        taskService.setVariableLocal(escalation.getId(), "caseId", execution.getProcessInstanceId());
        return escalation.getId();
    }

    private static String candidateGroups(List<IdentityLink> links) {
        return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(group -> group != null).sorted()
                .collect(Collectors.joining(","));
    }

    private static Instant toInstant(Date date, Instant fallback) {
        return date == null ? fallback : date.toInstant();
    }
}
