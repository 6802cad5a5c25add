package kz.reglament.registry.bpmn;

import java.time.LocalDate;
import kz.reglament.identity.IdentityNumber;
import kz.reglament.registry.licence.LicenceRegistry;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the case issued a duplicate of {@code licenceNumber}. Contract in docs/registries.md. */
@Component("recordLicenceDuplicate")
public class RecordLicenceDuplicateDelegate implements JavaDelegate {

    private final LicenceRegistry licences;

    public RecordLicenceDuplicateDelegate(LicenceRegistry licences) {
        this.licences = licences;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = ProcessVariables.required(execution, "licenceNumber");
        IdentityNumber holder = ProcessVariables.identityNumber(execution, "licenceHolderId");
        if (licences.find(number, holder).isEmpty()) {
            throw new BpmnError(RefusalCodes.LICENCE_NOT_FOUND, "NOT_FOUND");
        }
        LocalDate today = ProcessVariables.today();
        LicenceVariables.put(execution, licences.recordDuplicate(number, holder, today,
                execution.getProcessInstanceId()));
        execution.setVariable("duplicateIssuedOn", today.toString());
    }
}
