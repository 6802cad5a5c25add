package kz.reglament.deadline;

import java.util.List;
import java.util.Objects;
import kz.reglament.calendar.InvalidTermException;
import kz.reglament.calendar.RegulatedTerm;
import kz.reglament.calendar.WorkingTimeBusinessCalendar;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Makes every regulated term in a deployed BPMN a real deadline, and refuses a BPMN whose terms cannot hold:
 * <ul>
 * <li>a user task whose due date is a term ("2 working days") gets its life recorded for reports;</li>
 * <li>its timer boundary event must carry the same term and must not be interrupting, since the regulations set
 * maximum terms, not cancellations; when it fires, the breach is recorded and escalated;</li>
 * <li>a step with a term and no term timer is refused;</li>
 * <li>a non-interrupting timer start event of an event subprocess with a term tracks the case's overall term.</li>
 * </ul>
 * A term that does not parse fails the deployment with the element's id.
 */
public class RegulatedTermParseListener extends AbstractBpmnParseListener {

    private static final String TERM_TIMER_PROPERTY = "regulatedTermTimer";

    private final TaskListener stepListener;
    private final ExecutionListener breachRecorder;

    public RegulatedTermParseListener(TaskListener stepListener, ExecutionListener breachRecorder) {
        this.stepListener = stepListener;
        this.breachRecorder = breachRecorder;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        String dueDate = userTaskElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "dueDate");
        if (!WorkingTimeBusinessCalendar.isTermNotation(dueDate)) {
            return;
        }
        validate(dueDate, activity.getId(), "due date");
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        for (String event : new String[] {TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
                TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE}) {
            task.addBuiltInTaskListener(event, stepListener);
        }
    }

    @Override
    public void parseBoundaryTimerEventDefinition(Element timerEventDefinition, boolean interrupting,
            ActivityImpl timerActivity) {
        String term = termOf(timerEventDefinition);
        if (term == null) {
            return;
        }
        validate(term, timerActivity.getId(), "timer");
        if (interrupting) {
            throw new ProcessEngineException("Timer '" + timerActivity.getId() + "' carries the term '" + term
                    + "' but interrupts its step. The regulations set maximum terms, not cancellations: make it"
                    + " non-interrupting (cancelActivity=\"false\").");
        }
        ActivityImpl step = (ActivityImpl) timerActivity.getEventScope();
        // A wait (a receive task, a call, a subprocess) has no task to carry a due date; its timer alone is the term.
        boolean userTaskStep = step.getActivityBehavior() instanceof UserTaskActivityBehavior;
        String stepTerm = step.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
                && userTask.getTaskDefinition().getDueDateExpression() != null
                ? userTask.getTaskDefinition().getDueDateExpression().getExpressionText() : null;
        if (userTaskStep && (!WorkingTimeBusinessCalendar.isTermNotation(stepTerm) || !Objects.equals(
                normalized(stepTerm), normalized(term)))) {
            throw new ProcessEngineException("Timer '" + timerActivity.getId() + "' carries the term '" + term
                    + "' but its step '" + step.getId() + "' is due '" + stepTerm + "'. The timer and the due date"
                    + " of a step state the same term.");
        }
        step.setProperty(TERM_TIMER_PROPERTY, timerActivity.getId());
        timerActivity.addBuiltInListener(ExecutionListener.EVENTNAME_START, breachRecorder);
    }

    /** Runs after the whole process is parsed: every step with a term due date must also have its term timer. */
    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        requireTermTimers(processDefinition.getActivities());
    }

    private static void requireTermTimers(List<ActivityImpl> activities) {
        for (ActivityImpl activity : activities) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
                    && userTask.getTaskDefinition().getDueDateExpression() != null
                    && WorkingTimeBusinessCalendar.isTermNotation(
                            userTask.getTaskDefinition().getDueDateExpression().getExpressionText())
                    && activity.getProperty(TERM_TIMER_PROPERTY) == null) {
                throw new ProcessEngineException("Step '" + activity.getId() + "' is due '"
                        + userTask.getTaskDefinition().getDueDateExpression().getExpressionText() + "' but has no"
                        + " timer for it. Attach a non-interrupting timer boundary event with the same term, so"
                        + " that a passed term is recorded and escalated.");
            }
            requireTermTimers(activity.getActivities());
        }
    }

    @Override
    public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
        Element timer = startEventElement.element("timerEventDefinition");
        String term = timer == null ? null : termOf(timer);
        if (term == null) {
            return;
        }
        validate(term, startEventActivity.getId(), "timer");
        if (!"false".equals(startEventElement.attribute("isInterrupting"))) {
            throw new ProcessEngineException("Timer start event '" + startEventActivity.getId() + "' carries the"
                    + " case's term '" + term + "' but interrupts the case. Make it non-interrupting"
                    + " (isInterrupting=\"false\") in an event subprocess.");
        }
        startEventActivity.addBuiltInListener(ExecutionListener.EVENTNAME_START, breachRecorder);
    }

    private static String termOf(Element timerEventDefinition) {
        for (String kind : new String[] {"timeDuration", "timeDate"}) {
            Element value = timerEventDefinition.element(kind);
            if (value != null && WorkingTimeBusinessCalendar.isTermNotation(value.getText())) {
                return value.getText().trim();
            }
        }
        return null;
    }

    private static void validate(String term, String elementId, String where) {
        try {
            RegulatedTerm.parse(term);
        } catch (InvalidTermException invalid) {
            throw new ProcessEngineException("The " + where + " of '" + elementId + "' is not a term the service"
                    + " understands: " + invalid.getMessage(), invalid);
        }
    }

    private static String normalized(String term) {
        return RegulatedTerm.parse(term.trim()).toString();
    }
}
