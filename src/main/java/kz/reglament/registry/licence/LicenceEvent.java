package kz.reglament.registry.licence;

import java.time.LocalDate;

/** One entry in a licence's history, and the case that caused it. */
public record LicenceEvent(Type type, LocalDate on, String caseReference) {

    public enum Type {
        ISSUED,
        /** This licence was issued as the re-issue of another. */
        REISSUED,
        /** This licence was replaced by a re-issue. */
        SUPERSEDED,
        DUPLICATE_ISSUED
    }
}
