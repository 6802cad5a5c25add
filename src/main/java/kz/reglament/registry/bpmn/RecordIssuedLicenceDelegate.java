package kz.reglament.registry.bpmn;

import kz.reglament.registry.licence.Licence;
import kz.reglament.registry.licence.LicenceRegistry;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the licence a case issued in the e-licensing registry, under the case's tenant, and puts its number into
 * the case. A retried job finds the licence recorded by its first attempt. Contract in docs/registries.md.
 */
@Component("recordIssuedLicence")
public class RecordIssuedLicenceDelegate implements JavaDelegate {

    private final LicenceRegistry licences;

    public RecordIssuedLicenceDelegate(LicenceRegistry licences) {
        this.licences = licences;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getTenantId() == null) {
            throw new ProcessEngineException("A licence is issued by a tenant; the case has none");
        }
        Licence licence = licences.recordIssue(ProcessVariables.identityNumber(execution, "licenceHolderId"),
                ProcessVariables.required(execution, "licenceActivityType"),
                ProcessVariables.lines(ProcessVariables.required(execution, "licenceSubtypes")),
                execution.getTenantId(), ProcessVariables.today(), execution.getProcessInstanceId());
        LicenceVariables.put(execution, licence);
    }
}
