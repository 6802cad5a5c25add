package kz.reglament.registry.bpmn;

import kz.reglament.registry.licence.Licence;
import kz.reglament.registry.licence.LicenceRegistry;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Finds the licence a re-issue or a duplicate acts on, by its number and holder, and puts it into the case. Contract
 * in docs/registries.md.
 */
@Component("findLicence")
public class FindLicenceDelegate implements JavaDelegate {

    private final LicenceRegistry licences;

    public FindLicenceDelegate(LicenceRegistry licences) {
        this.licences = licences;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Licence licence = licences.find(ProcessVariables.required(execution, "licenceNumber"),
                        ProcessVariables.identityNumber(execution, "licenceHolderId"))
                .orElseThrow(() -> new BpmnError(RefusalCodes.LICENCE_NOT_FOUND, "NOT_FOUND"));
        LicenceVariables.put(execution, licence);
    }
}
