package kz.reglament.deadline;

import kz.reglament.calendar.WorkingTimeBusinessCalendar;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/** Where a regulated term stands in a model: a user task's due date, or a timer's duration or date. */
final class RegulatedTerms {

    private RegulatedTerms() {
    }

    static String dueDateTermOf(FlowElement element) {
        if (element instanceof UserTask task && WorkingTimeBusinessCalendar.isTermNotation(task.getCamundaDueDate())) {
            return task.getCamundaDueDate().trim();
        }
        return null;
    }

    /** The term of a timer boundary or timer start event, or null if its timer is not a regulated term. */
    static String timerTermOf(FlowElement element) {
        if (!(element instanceof BoundaryEvent) && !(element instanceof StartEvent)) {
            return null;
        }
        return ((org.camunda.bpm.model.bpmn.instance.Event) element).getChildElementsByType(TimerEventDefinition.class)
                .stream().map(RegulatedTerms::textOf).filter(WorkingTimeBusinessCalendar::isTermNotation)
                .map(String::trim).findFirst().orElse(null);
    }

    private static String textOf(TimerEventDefinition timer) {
        if (timer.getTimeDuration() != null) {
            return timer.getTimeDuration().getTextContent();
        }
        return timer.getTimeDate() != null ? timer.getTimeDate().getTextContent() : null;
    }
}
