package kz.reglament.registry.bpmn;

import kz.reglament.registry.licence.Licence;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A licence as the case's variables hold it; subtypes one per line, dates ISO 8601. */
final class LicenceVariables {

    private LicenceVariables() {
    }

    static void put(DelegateExecution execution, Licence licence) {
        execution.setVariable("licenceNumber", licence.number());
        execution.setVariable("licenceStatus", licence.status().name());
        execution.setVariable("licenceActivityType", licence.activityType());
        execution.setVariable("licenceSubtypes", String.join("\n", licence.subtypes()));
        execution.setVariable("licenceIssuedOn", licence.issuedOn().toString());
        execution.setVariable("licenceTenant", licence.tenantId());
    }
}
