package kz.reglament.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the calendar says about one date.
 *
 * @param reason    why the date is what it is, for people: the holiday's note, the transfer, the correction's reason
 * @param confirmed false when the date's year has no holiday data and the answer is only the five-day week
 */
public record CalendarDay(LocalDate date, DayType type, LocalizedName name, String reason, boolean confirmed) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean isWorking() {
        return type.isWorking();
    }
}
