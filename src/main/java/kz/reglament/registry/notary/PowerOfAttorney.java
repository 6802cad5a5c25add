package kz.reglament.registry.notary;

import java.time.LocalDate;
import java.util.Set;

/**
 * A notarised power of attorney as the notary system records it.
 *
 * @param revokedOn the day it was revoked, null while it stands
 * @param services the public services it covers; {@link #ANY_SERVICE} for a general power of attorney
 */
public record PowerOfAttorney(String number, String principal, String representative, LocalDate issuedOn,
        LocalDate validUntil, LocalDate revokedOn, Set<String> services) {

    public static final String ANY_SERVICE = "*";

    public PowerOfAttorney {
        services = Set.copyOf(services);
    }

    boolean covers(String serviceCode) {
        return services.contains(ANY_SERVICE) || services.contains(serviceCode);
    }

    boolean revokedBy(LocalDate day) {
        return revokedOn != null && !revokedOn.isAfter(day);
    }

    boolean inForceOn(LocalDate day) {
        return !issuedOn.isAfter(day) && !validUntil.isBefore(day);
    }
}
