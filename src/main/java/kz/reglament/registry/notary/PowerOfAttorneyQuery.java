package kz.reglament.registry.notary;

import java.time.LocalDate;
import kz.reglament.identity.IdentityNumber;
import kz.reglament.identity.Iin;

/**
 * @param principal the applicant who gave the power: an individual's IIN or an organisation's BIN
 * @param representative the person acting for the applicant
 * @param serviceCode the public service the representative applies for (the process key, e.g.
 *     {@code medical-licence-issue})
 * @param number the power of attorney's number when the application gives one, else null (any will do)
 */
public record PowerOfAttorneyQuery(IdentityNumber principal, Iin representative, String serviceCode, LocalDate onDate,
        String number) {
}
