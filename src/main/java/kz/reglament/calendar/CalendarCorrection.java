package kz.reglament.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An administrator's ruling on one date, made when the law changes faster than the shipped data: a day off declared
 * at short notice, a transfer the data missed, or a wrong entry. It overrides everything else the calendar knows
 * about that date.
 *
 * @param working     true to make the date a working day, false to make it a day off
 * @param reason      why, in words a colleague can check (the act, its number and date)
 * @param correctedBy who made the correction
 * @param correctedAt when it was made; among corrections of one date the latest wins
 */
public record CalendarCorrection(LocalDate date, boolean working, String reason, String correctedBy,
        Instant correctedAt) {

    public CalendarCorrection {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(correctedAt, "correctedAt");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a calendar correction needs a reason");
        }
        if (correctedBy == null || correctedBy.isBlank()) {
            throw new IllegalArgumentException("a calendar correction needs the name of who made it");
        }
    }

    DayType dayType() {
        return working ? DayType.CORRECTED_WORKING_DAY : DayType.CORRECTED_DAY_OFF;
    }
}
