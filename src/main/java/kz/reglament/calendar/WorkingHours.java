package kz.reglament.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A tenant's office hours on a working day, as local time in Kazakhstan. The lunch break is not working time; a
 * break that starts and ends at the same time means there is none.
 */
public record WorkingHours(LocalTime opening, LocalTime lunchStart, LocalTime lunchEnd, LocalTime closing) {

    /** 09:00–18:30 with lunch 13:00–14:30: the hours of a state organisation unless a tenant sets its own. */
    public static final WorkingHours STANDARD = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(13, 0),
            LocalTime.of(14, 30), LocalTime.of(18, 30));

    public WorkingHours {
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(lunchStart, "lunchStart");
        Objects.requireNonNull(lunchEnd, "lunchEnd");
        Objects.requireNonNull(closing, "closing");
        if (!opening.isBefore(closing)) {
            throw new IllegalArgumentException("opening " + opening + " must be before closing " + closing);
        }
        if (lunchStart.isBefore(opening) || lunchEnd.isBefore(lunchStart) || closing.isBefore(lunchEnd)) {
            throw new IllegalArgumentException("lunch " + lunchStart + "–" + lunchEnd + " must lie within "
                    + opening + "–" + closing);
        }
    }

    public static WorkingHours withoutLunch(LocalTime opening, LocalTime closing) {
        return new WorkingHours(opening, opening, opening, closing);
    }

    /** Working time in one working day. */
    public Duration dailyWorkingTime() {
        return Duration.between(opening, closing).minus(Duration.between(lunchStart, lunchEnd));
    }

    @Override
    public String toString() {
        return opening + "–" + closing + (lunchStart.equals(lunchEnd) ? "" : ", lunch " + lunchStart + "–" + lunchEnd);
    }
}
