package kz.reglament.registry.notary;

import java.time.LocalDate;
import java.util.List;

/** The answer to "may this representative act here?". */
public sealed interface PowerOfAttorneyCheck {

    record Valid(String number, LocalDate validUntil) implements PowerOfAttorneyCheck {
    }

    record NotValid(PowerOfAttorneyProblem problem) implements PowerOfAttorneyCheck {
    }

    /**
     * Decides from the powers of attorney the notary system holds between the principal and the representative. One
     * that covers the service and is in force on the day makes the representative valid. Otherwise the most telling
     * reason wins: among those covering the service, revoked before expired; none covering it is wrong scope; none at
     * all is none.
     */
    static PowerOfAttorneyCheck decide(List<PowerOfAttorney> held, PowerOfAttorneyQuery query) {
        List<PowerOfAttorney> candidates = held.stream()
                .filter(poa -> query.number() == null || query.number().equals(poa.number())).toList();
        if (candidates.isEmpty()) {
            return new NotValid(PowerOfAttorneyProblem.NONE);
        }
        List<PowerOfAttorney> covering = candidates.stream().filter(poa -> poa.covers(query.serviceCode())).toList();
        if (covering.isEmpty()) {
            return new NotValid(PowerOfAttorneyProblem.WRONG_SCOPE);
        }
        return covering.stream()
                .filter(poa -> poa.inForceOn(query.onDate()) && !poa.revokedBy(query.onDate()))
                .findFirst()
                .<PowerOfAttorneyCheck>map(poa -> new Valid(poa.number(), poa.validUntil()))
                .orElseGet(() -> new NotValid(covering.stream().anyMatch(poa -> poa.revokedBy(query.onDate()))
                        ? PowerOfAttorneyProblem.REVOKED : PowerOfAttorneyProblem.EXPIRED));
    }
}
