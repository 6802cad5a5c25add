package kz.reglament.registry.licence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.reglament.identity.IdentityNumber;

/**
 * «Е-лицензиялау», the e-licensing state database: the licences issued, and every re-issue and duplicate of them.
 * Each recording names the case that caused it, and recording twice for the same case returns the first record, so
 * a retried job records nothing twice.
 *
 * @throws kz.reglament.registry.RegistryUnavailableException when no reliable answer can be had
 */
public interface LicenceRegistry {

    /** The licence with this number, if it is held by this holder; a licence of someone else is not found. */
    Optional<Licence> find(String number, IdentityNumber holder);

    /** Records a newly issued licence; the registry gives its number. */
    Licence recordIssue(IdentityNumber holder, String activityType, List<String> subtypes, String tenantId,
            LocalDate issuedOn, String caseReference);

    /** Records a re-issue: a new licence in place of this one, which becomes superseded. */
    Licence recordReissue(String number, IdentityNumber holder, List<String> subtypes, LocalDate issuedOn,
            String caseReference);

    /** Records that a duplicate of this licence was issued; the licence itself stays as it is. */
    Licence recordDuplicate(String number, IdentityNumber holder, LocalDate issuedOn, String caseReference);
}
