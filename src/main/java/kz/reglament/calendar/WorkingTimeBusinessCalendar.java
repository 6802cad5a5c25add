package kz.reglament.calendar;

import java.util.Date;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Lets a modeler write a regulated term as the regulation states it, "2 working days" or "15 working minutes",
 * in a user task's due date and in a timer's duration. Camunda resolves both through its business calendars, so
 * this calendar takes the place of the "dueDate" and "duration" ones and hands every other text (ISO 8601
 * durations and dates) to the calendar it replaces.
 */
public class WorkingTimeBusinessCalendar implements BusinessCalendar {

    /** A number, then a word: "2 working days", «2 жұмыс күні». ISO texts start with P, R or a date. */
    private static final Pattern TERM_NOTATION = Pattern.compile("^\\s*\\d+\\s+\\p{L}.*");

    private final BusinessCalendar replaced;
    private final WorkingTimeService workingTime;

    public WorkingTimeBusinessCalendar(BusinessCalendar replaced, WorkingTimeService workingTime) {
        this.replaced = replaced;
        this.workingTime = workingTime;
    }

    public static boolean isTermNotation(String text) {
        return text != null && TERM_NOTATION.matcher(text).matches();
    }

    @Override
    public Date resolveDuedate(String description) {
        return resolveDuedate(description, (Date) null);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
        if (!isTermNotation(description)) {
            return replaced.resolveDuedate(description, startDate);
        }
        Date start = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        return Date.from(workingTime.deadline(tenantOfCurrentExecution(), start.toInstant(),
                RegulatedTerm.parse(description)));
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        if (!isTermNotation(description)) {
            return replaced.resolveDuedate(description, task);
        }
        Date start = task != null && task.getCreateTime() != null ? task.getCreateTime() : ClockUtil.getCurrentTime();
        return Date.from(workingTime.deadline(task == null ? null : task.getTenantId(), start.toInstant(),
                RegulatedTerm.parse(description)));
    }

    /** A timer is resolved inside the command that creates it; the execution there tells the tenant. */
    private static String tenantOfCurrentExecution() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        return context == null || context.getExecution() == null ? null : context.getExecution().getTenantId();
    }
}
