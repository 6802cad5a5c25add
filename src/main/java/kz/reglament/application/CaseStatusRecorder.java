package kz.reglament.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Writes the status an element stands for onto the application whose number is the case's business key. Blocks
 * called from {@code common/} receive the caller's business key ({@code camunda:in businessKey=...}).
 */
public class CaseStatusRecorder implements ExecutionListener {

    private final ApplicationStore applications;

    public CaseStatusRecorder(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String status = ModelProperties.of(execution.getBpmnModelElementInstance()).get(CaseStatusParseListener.PROPERTY);
        String number = execution.getProcessBusinessKey();
        if (status != null && number != null) {
            applications.changeStatus(number, ApplicationStatus.valueOf(status), ClockUtil.getCurrentTime().toInstant());
            execution.setVariable("caseStatus", status);
        }
    }
}
