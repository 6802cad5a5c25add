package kz.reglament.registry.bpmn;

import java.util.List;
import kz.reglament.identity.IdentityNumber;
import kz.reglament.registry.licence.Licence;
import kz.reglament.registry.licence.LicenceRegistry;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records a re-issue: a new licence in place of {@code licenceNumber}, with the new subtypes if the case changed
 * them, else the old ones. The old licence becomes superseded. Contract in docs/registries.md.
 */
@Component("recordReissuedLicence")
public class RecordReissuedLicenceDelegate implements JavaDelegate {

    private final LicenceRegistry licences;

    public RecordReissuedLicenceDelegate(LicenceRegistry licences) {
        this.licences = licences;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = ProcessVariables.required(execution, "licenceNumber");
        IdentityNumber holder = ProcessVariables.identityNumber(execution, "licenceHolderId");
        Licence previous = licences.find(number, holder)
                .orElseThrow(() -> new BpmnError(RefusalCodes.LICENCE_NOT_FOUND, "NOT_FOUND"));
        String changed = ProcessVariables.optional(execution, "licenceSubtypes");
        List<String> subtypes = changed == null ? previous.subtypes() : ProcessVariables.lines(changed);
        Licence reissued = licences.recordReissue(number, holder, subtypes, ProcessVariables.today(),
                execution.getProcessInstanceId());
        execution.setVariable("previousLicenceNumber", number);
        LicenceVariables.put(execution, reissued);
    }
}
