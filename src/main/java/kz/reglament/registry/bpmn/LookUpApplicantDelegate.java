package kz.reglament.registry.bpmn;

import kz.reglament.identity.Bin;
import kz.reglament.identity.IdentityNumber;
import kz.reglament.identity.Iin;
import kz.reglament.registry.legalentity.LegalEntity;
import kz.reglament.registry.legalentity.LegalEntityLookup;
import kz.reglament.registry.legalentity.LegalEntityRegistry;
import kz.reglament.registry.person.Person;
import kz.reglament.registry.person.PersonLookup;
import kz.reglament.registry.person.PersonRegistry;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Are the applicant's data present in ЖТ МДҚ / ЗТ МДҚ?": asks the state database of individuals for an IIN and the
 * one of legal entities for a BIN, and puts what it holds into the case. Contract in docs/registries.md.
 */
@Component("lookUpApplicant")
public class LookUpApplicantDelegate implements JavaDelegate {

    private final PersonRegistry persons;
    private final LegalEntityRegistry legalEntities;

    public LookUpApplicantDelegate(PersonRegistry persons, LegalEntityRegistry legalEntities) {
        this.persons = persons;
        this.legalEntities = legalEntities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IdentityNumber applicant = ProcessVariables.identityNumber(execution, "applicantId");
        if (applicant instanceof Iin iin) {
            if (!(persons.findPerson(iin) instanceof PersonLookup.Found found)) {
                throw new BpmnError(RefusalCodes.APPLICANT_NOT_FOUND, "IIN");
            }
            Person person = found.person();
            execution.setVariable("applicantKind", "INDIVIDUAL");
            execution.setVariable("applicantName", person.fullName());
            execution.setVariable("applicantStatus", person.status().name());
            execution.setVariable("applicantAddress", person.address());
            execution.setVariable("applicantBirthDate", person.birthDate().toString());
        } else if (applicant instanceof Bin bin) {
            if (!(legalEntities.findLegalEntity(bin) instanceof LegalEntityLookup.Found found)) {
                throw new BpmnError(RefusalCodes.APPLICANT_NOT_FOUND, "BIN");
            }
            LegalEntity entity = found.legalEntity();
            execution.setVariable("applicantKind", "LEGAL_ENTITY");
            execution.setVariable("applicantName", entity.nameKk() != null ? entity.nameKk() : entity.nameRu());
            execution.setVariable("applicantNameRu", entity.nameRu());
            execution.setVariable("applicantStatus", entity.status().name());
            execution.setVariable("applicantAddress", entity.address());
            execution.setVariable("applicantRegistrationDate", entity.registrationDate().toString());
            execution.setVariable("applicantHeadIin", entity.headIin());
            execution.setVariable("applicantHeadName", entity.headFullName());
        }
    }
}
