package kz.reglament.registry.person;

import kz.reglament.identity.Iin;

/**
 * ЖТ МДҚ, the state database of individuals (ГБД ФЛ): is the applicant there, and what does it say of them.
 *
 * @throws kz.reglament.registry.RegistryUnavailableException when no reliable answer can be had
 */
public interface PersonRegistry {

    PersonLookup findPerson(Iin iin);
}
