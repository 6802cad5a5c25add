package kz.reglament.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A step the regulation gives to an information system whose exchange the service does not carry out itself (e.g.
 * "sends the package through the e-government gateway to the regional gateway"): the case records when it passed
 * the step, as {@code <elementId>At}, so its history shows the step at its place in the text.
 */
@Component("recordSystemStep")
public class RecordSystemStepDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(execution.getCurrentActivityId() + "At",
                ClockUtil.getCurrentTime().toInstant().toString());
    }
}
