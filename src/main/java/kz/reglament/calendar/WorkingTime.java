package kz.reglament.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Deadlines of regulated terms, counted on a {@link WorkingCalendar} in a tenant's {@link WorkingHours}. The rules
 * follow the Civil Code of the Republic of Kazakhstan on computing terms: a term in days starts on the day after the
 * event (Article 170); a term whose last day is not a working day ends on the next working day (Article 172); an act
 * to be done in an organisation must be done before its working hours end that day (Article 173).
 * <ul>
 *   <li>N working days end when working hours close on the Nth working day after the start date; the start date is
 *       never counted, whatever the hour.</li>
 *   <li>N calendar days end when working hours close on the start date plus N days, or, if that is not a working
 *       day, on the next working day. Holidays inside the term are counted like any other day.</li>
 *   <li>N working minutes or hours are counted only inside working hours, skipping lunch, evenings and days off; a
 *       start outside working hours counts from the next opening. A term that runs out exactly at lunch or at
 *       closing ends then, not after the break.</li>
 * </ul>
 * All arithmetic is in local time of {@link #ZONE}, whatever the zone of the start; the result is in that zone.
 */
public final class WorkingTime {

    /**
     * Kazakhstan's time, from the tz database rather than a fixed offset: one zone for the whole country at UTC+5
     * since 1 March 2024, when Almaty moved from UTC+6, so instants before that date keep their old local time.
     */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private final WorkingCalendar calendar;

    public WorkingTime(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public ZonedDateTime deadline(ZonedDateTime start, RegulatedTerm term, WorkingHours hours) {
        LocalDateTime localStart = start.withZoneSameInstant(ZONE).toLocalDateTime();
        LocalDateTime end = switch (term.unit()) {
            case WORKING_DAYS -> closingOf(calendar.plusWorkingDays(localStart.toLocalDate(), term.amount()), hours);
            case CALENDAR_DAYS -> closingOf(
                    calendar.workingDayOnOrAfter(localStart.toLocalDate().plusDays(term.amount())), hours);
            case WORKING_HOURS -> plusWorkingTime(localStart, Duration.ofHours(term.amount()), hours);
            case WORKING_MINUTES -> plusWorkingTime(localStart, Duration.ofMinutes(term.amount()), hours);
        };
        return end.atZone(ZONE);
    }

    /** Working days after {@code from} up to and including {@code to}; see {@link WorkingCalendar#workingDaysBetween}. */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    private static LocalDateTime closingOf(LocalDate day, WorkingHours hours) {
        return day.atTime(hours.closing());
    }

    private LocalDateTime plusWorkingTime(LocalDateTime start, Duration term, WorkingHours hours) {
        LocalDateTime moment = start;
        Duration remaining = term;
        while (true) {
            moment = nextWorkingMoment(moment, hours);
            LocalDateTime stretchEnd = moment.toLocalDate().atTime(
                    moment.toLocalTime().isBefore(hours.lunchStart()) ? hours.lunchStart() : hours.closing());
            Duration available = Duration.between(moment, stretchEnd);
            if (remaining.compareTo(available) <= 0) {
                return moment.plus(remaining);
            }
            remaining = remaining.minus(available);
            moment = stretchEnd;
        }
    }

    /** The moment itself if work is going on then, otherwise when work next resumes. */
    private LocalDateTime nextWorkingMoment(LocalDateTime moment, WorkingHours hours) {
        LocalDate day = moment.toLocalDate();
        LocalTime time = moment.toLocalTime();
        if (!calendar.isWorkingDay(day) || !time.isBefore(hours.closing())) {
            return calendar.nextWorkingDay(day).atTime(hours.opening());
        }
        if (time.isBefore(hours.opening())) {
            return day.atTime(hours.opening());
        }
        if (!time.isBefore(hours.lunchStart()) && time.isBefore(hours.lunchEnd())) {
            return day.atTime(hours.lunchEnd());
        }
        return moment;
    }
}
