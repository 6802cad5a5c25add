package kz.reglament.deadline;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import kz.reglament.calendar.CalendarCorrection;
import kz.reglament.calendar.RegulatedTerm;
import kz.reglament.calendar.WorkingTimeService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the calendar changes, moves every pending deadline the change affects: the due date of each open step's
 * task, its term timer, and the timers of cases' overall terms. A step whose term has already been breached keeps
 * its recorded breach and is not moved.
 */
@Service
public class DeadlineRecomputation {

    private final RegulatedStepStore steps;
    private final WorkingTimeService workingTime;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    public DeadlineRecomputation(RegulatedStepStore steps, WorkingTimeService workingTime, TaskService taskService,
            ManagementService managementService, RepositoryService repositoryService, RuntimeService runtimeService,
            HistoryService historyService) {
        this.steps = steps;
        this.workingTime = workingTime;
        this.taskService = taskService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    public record Result(int stepsMoved, int timersMoved) {
    }

    /** Corrects the calendar and moves the deadlines it affects, all or nothing. */
    @Transactional
    public Result applyCorrection(CalendarCorrection correction) {
        workingTime.correct(correction);
        return recomputeAll();
    }

    @Transactional
    public Result recomputeAll() {
        int stepsMoved = 0;
        int timersMoved = 0;
        for (RegulatedStep step : steps.open()) {
            if (step.breachedAt() != null) {
                continue;
            }
            Instant due = workingTime.deadline(step.tenantId(), step.createdAt(), RegulatedTerm.parse(step.term()));
            if (due.equals(step.dueAt())) {
                continue;
            }
            Task task = taskService.createTaskQuery().taskId(step.taskId()).singleResult();
            if (task == null) {
                continue;
            }
            task.setDueDate(Date.from(due));
            taskService.saveTask(task);
            steps.rescheduled(step.taskId(), due);
            stepsMoved++;
            timersMoved += moveTimers(step.processInstanceId(), boundaryTimersOf(step), due);
        }
        return new Result(stepsMoved, timersMoved + recomputeCaseTerms());
    }

    private List<String> boundaryTimersOf(RegulatedStep step) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(step.processDefinitionId());
        return model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(boundary -> boundary.getAttachedTo().getId().equals(step.stepId()))
                .filter(boundary -> RegulatedTerms.timerTermOf(boundary) != null)
                .map(BoundaryEvent::getId).toList();
    }

    private int recomputeCaseTerms() {
        int moved = 0;
        for (Job job : managementService.createJobQuery().timers().active().list()) {
            if (job.getProcessDefinitionId() == null || job.getProcessInstanceId() == null) {
                continue;
            }
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(job.getProcessDefinitionId());
            String timerId = timerActivityOf(job);
            if (!(model.getModelElementById(timerId) instanceof StartEvent start)) {
                continue;
            }
            String term = RegulatedTerms.timerTermOf(start);
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .processInstanceId(job.getProcessInstanceId()).singleResult();
            if (term == null || instance == null) {
                continue;
            }
            Date started = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceId(instance.getId()).singleResult().getStartTime();
            Instant due = workingTime.deadline(instance.getTenantId(), started.toInstant(), RegulatedTerm.parse(term));
            if (!due.equals(job.getDuedate().toInstant())) {
                managementService.setJobDuedate(job.getId(), Date.from(due));
                moved++;
            }
        }
        return moved;
    }

    private int moveTimers(String processInstanceId, List<String> timerIds, Instant due) {
        int moved = 0;
        for (String timerId : timerIds) {
            for (Job job : managementService.createJobQuery().timers().processInstanceId(processInstanceId)
                    .activityId(timerId).list()) {
                managementService.setJobDuedate(job.getId(), Date.from(due));
                moved++;
            }
        }
        return moved;
    }

    private String timerActivityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }
}
