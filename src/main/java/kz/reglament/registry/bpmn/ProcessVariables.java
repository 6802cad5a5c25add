package kz.reglament.registry.bpmn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import kz.reglament.identity.IdentityNumber;
import kz.reglament.identity.Iin;
import kz.reglament.identity.InvalidIdentityNumberException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Reading the delegates' inputs. A missing input is a modelling error, not the applicant's: it fails the job into an
 * incident. An invalid identity number is the applicant's: it is a BPMN error the process turns into a refusal.
 */
final class ProcessVariables {

    /** Where the reason of an invalid identity number is left for the refusal text. */
    static final String IDENTITY_PROBLEM = "identityNumberProblem";

    private ProcessVariables() {
    }

    static String required(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new ProcessEngineException("The service task '" + execution.getCurrentActivityId()
                    + "' needs the process variable '" + name + "'");
        }
        return value.toString().trim();
    }

    static String optional(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    static BigDecimal amount(DelegateExecution execution, String name) {
        String text = required(execution, name);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new ProcessEngineException("The process variable '" + name + "' is not an amount: " + text);
        }
    }

    /** One subtype per line, blank lines ignored. */
    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    static IdentityNumber identityNumber(DelegateExecution execution, String name) {
        return validated(execution, () -> IdentityNumber.parse(required(execution, name), today()));
    }

    static Iin iin(DelegateExecution execution, String name) {
        return validated(execution, () -> Iin.parse(required(execution, name), today()));
    }

    /** Today in Kazakhstan by the engine's clock, which tests and operators may set. */
    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(IdentityNumber.ZONE).toLocalDate();
    }

    private static <T> T validated(DelegateExecution execution, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidIdentityNumberException invalid) {
            execution.setVariable(IDENTITY_PROBLEM, invalid.reason());
            throw new BpmnError(RefusalCodes.INVALID_IDENTITY_NUMBER, invalid.reason());
        }
    }
}
