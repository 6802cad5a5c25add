package kz.reglament.registry.bpmn;

import kz.reglament.registry.notary.PowerOfAttorneyCheck;
import kz.reglament.registry.notary.PowerOfAttorneyQuery;
import kz.reglament.registry.notary.PowerOfAttorneyRegistry;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Is the representative's power of attorney present in БНАЖ?": valid for this applicant, this representative and
 * this service, today. The service is the process key unless {@code serviceCode} says otherwise. Contract in
 * docs/registries.md.
 */
@Component("checkPowerOfAttorney")
public class CheckPowerOfAttorneyDelegate implements JavaDelegate {

    private final PowerOfAttorneyRegistry notary;

    public CheckPowerOfAttorneyDelegate(PowerOfAttorneyRegistry notary) {
        this.notary = notary;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PowerOfAttorneyQuery query = new PowerOfAttorneyQuery(
                ProcessVariables.identityNumber(execution, "applicantId"),
                ProcessVariables.iin(execution, "representativeIin"), serviceCode(execution), ProcessVariables.today(),
                ProcessVariables.optional(execution, "powerOfAttorneyNumber"));
        PowerOfAttorneyCheck check = notary.check(query);
        if (check instanceof PowerOfAttorneyCheck.NotValid notValid) {
            execution.setVariable("powerOfAttorneyProblem", notValid.problem().name());
            throw new BpmnError(RefusalCodes.POWER_OF_ATTORNEY_INVALID, notValid.problem().name());
        }
        PowerOfAttorneyCheck.Valid valid = (PowerOfAttorneyCheck.Valid) check;
        execution.setVariable("powerOfAttorneyNumber", valid.number());
        execution.setVariable("powerOfAttorneyValidUntil", valid.validUntil().toString());
    }

    private static String serviceCode(DelegateExecution execution) {
        String given = ProcessVariables.optional(execution, "serviceCode");
        return given != null ? given : execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    }
}
