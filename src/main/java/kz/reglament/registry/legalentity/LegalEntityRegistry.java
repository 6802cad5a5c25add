package kz.reglament.registry.legalentity;

import kz.reglament.identity.Bin;

/**
 * ЗТ МДҚ, the state database of legal entities (ГБД ЮЛ): is the applicant organisation there, and what does it say.
 *
 * @throws kz.reglament.registry.RegistryUnavailableException when no reliable answer can be had
 */
public interface LegalEntityRegistry {

    LegalEntityLookup findLegalEntity(Bin bin);
}
