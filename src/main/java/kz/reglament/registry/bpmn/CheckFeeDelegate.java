package kz.reglament.registry.bpmn;

import java.math.BigDecimal;
import kz.reglament.registry.payment.PaymentCheck;
import kz.reglament.registry.payment.PaymentGateway;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Has the payment for the service been made?": asks ЭҮТШ for the payments towards the application (the case's
 * business key unless {@code applicationNumber} is given) and compares them with {@code feeAmount}. Contract in
 * docs/registries.md.
 */
@Component("checkFee")
public class CheckFeeDelegate implements JavaDelegate {

    private final PaymentGateway payments;

    public CheckFeeDelegate(PaymentGateway payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BigDecimal due = ProcessVariables.amount(execution, "feeAmount");
        PaymentCheck check = payments.checkFee(applicationNumber(execution), due);
        if (check instanceof PaymentCheck.NotPaid notPaid) {
            execution.setVariable("feeProblem", notPaid.problem().name());
            execution.setVariable("paidAmount", notPaid.amountPaid().toPlainString());
            throw new BpmnError(RefusalCodes.FEE_NOT_PAID, notPaid.problem().name());
        }
        PaymentCheck.Paid paid = (PaymentCheck.Paid) check;
        execution.setVariable("paymentReference", paid.reference());
        execution.setVariable("paidAmount", paid.amount().toPlainString());
        execution.setVariable("paymentPayer", paid.payer());
        execution.setVariable("paidAt", paid.paidAt().toString());
    }

    private static String applicationNumber(DelegateExecution execution) {
        String given = ProcessVariables.optional(execution, "applicationNumber");
        if (given != null) {
            return given;
        }
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            throw new ProcessEngineException("The service task '" + execution.getCurrentActivityId()
                    + "' needs the process variable 'applicationNumber' or a business key");
        }
        return businessKey;
    }
}
