package kz.reglament.registry.licence;

import java.time.LocalDate;
import java.util.List;

/**
 * A licence and its history.
 *
 * @param holder IIN or BIN of the licensee
 * @param activityType the licensed activity, e.g. {@code MEDICAL_ACTIVITY}
 * @param subtypes the sub-types of the activity, one per annex of the licence
 * @param tenantId the authority that issued it
 * @param supersedes the number of the licence this one re-issued, null for a first issue
 * @param history what happened to it, oldest first
 */
public record Licence(String number, String holder, String activityType, List<String> subtypes, String tenantId,
        LicenceStatus status, LocalDate issuedOn, String supersedes, List<LicenceEvent> history) {

    public Licence {
        subtypes = List.copyOf(subtypes);
        history = List.copyOf(history);
    }
}
