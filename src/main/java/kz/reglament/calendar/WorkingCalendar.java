package kz.reglament.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days and days off in Kazakhstan: an immutable snapshot of the holiday data, the rules applied to it, and
 * administrators' corrections. Safe to share between threads; a change of corrections makes a new calendar.
 *
 * <p>How a date is decided, first match wins:
 * <ol>
 *   <li>a {@link CalendarCorrection} of that date;</li>
 *   <li>an entry of the data: holiday, religious day off, transferred day off or transferred working day;</li>
 *   <li>a day off carried over: a holiday (not a religious one) on a Saturday or Sunday gives a day off on the next
 *       Monday-to-Friday date after it that holds no holiday, no transferred day off and no other carried-over day
 *       off (Law "On holidays", Article 5), so 16 December 2018, a Sunday before the holiday of 17 December, gives
 *       Tuesday the 18th. When the data makes that date a transferred working day, the act moved this very day
 *       off elsewhere (2020: "from Monday 11 May to Friday 8 May"), and the date stays a working day;</li>
 *   <li>otherwise Saturday and Sunday are days off and Monday to Friday are working days.</li>
 * </ol>
 * A year without data is answered by the last rule alone, and its days are marked unconfirmed.
 */
public final class WorkingCalendar {

    private final Map<Integer, CalendarData.Year> years;
    private final NavigableMap<LocalDate, CalendarDay> daysFromData;
    private final Map<LocalDate, CalendarCorrection> corrections;

    private WorkingCalendar(Map<Integer, CalendarData.Year> years, NavigableMap<LocalDate, CalendarDay> daysFromData,
            Map<LocalDate, CalendarCorrection> corrections) {
        this.years = years;
        this.daysFromData = daysFromData;
        this.corrections = corrections;
    }

    /** The calendar of the holiday data shipped with the service, without corrections. */
    public static WorkingCalendar bundled() {
        return of(CalendarData.bundled());
    }

    public static WorkingCalendar of(CalendarData data) {
        Map<Integer, CalendarData.Year> years = new TreeMap<>();
        NavigableMap<LocalDate, CalendarDay> days = new TreeMap<>();
        for (CalendarData.Year year : data.years()) {
            years.put(year.year(), year);
            for (CalendarData.Entry entry : year.days()) {
                days.put(entry.date(), new CalendarDay(entry.date(), entry.kind(), entry.name(), entry.note(), true));
            }
        }
        carryOverWeekendHolidays(days, years.keySet());
        return new WorkingCalendar(Collections.unmodifiableMap(years), Collections.unmodifiableNavigableMap(days),
                Map.of());
    }

    private static void carryOverWeekendHolidays(NavigableMap<LocalDate, CalendarDay> days, Set<Integer> coveredYears) {
        List<CalendarDay> weekendHolidays = days.values().stream()
                .filter(day -> day.type() == DayType.HOLIDAY && isWeekend(day.date()))
                .toList();
        Set<LocalDate> movedByAnAct = new HashSet<>();
        for (CalendarDay holiday : weekendHolidays) {
            LocalDate date = holiday.date().plusDays(1);
            while (!canTakeCarriedOverDayOff(date, days, movedByAnAct)) {
                date = date.plusDays(1);
            }
            if (days.containsKey(date)) {
                movedByAnAct.add(date);
            } else {
                days.put(date, new CalendarDay(date, DayType.CARRIED_OVER_DAY_OFF, DayType.CARRIED_OVER_DAY_OFF.genericName(),
                        "Day off for " + holiday.name().en() + " on " + dayOfWeek(holiday.date()) + " " + holiday.date(),
                        coveredYears.contains(date.getYear())));
            }
        }
    }

    private static boolean canTakeCarriedOverDayOff(LocalDate date, Map<LocalDate, CalendarDay> days,
            Set<LocalDate> movedByAnAct) {
        if (isWeekend(date)) {
            return false;
        }
        CalendarDay known = days.get(date);
        return known == null || known.type() == DayType.TRANSFERRED_WORKING_DAY && !movedByAnAct.contains(date);
    }

    /**
     * A new calendar with these corrections added to the ones this calendar has; a later correction of a date
     * (by {@link CalendarCorrection#correctedAt()}) replaces an earlier one.
     */
    public WorkingCalendar withCorrections(Collection<CalendarCorrection> added) {
        Map<LocalDate, CalendarCorrection> merged = new LinkedHashMap<>(corrections);
        for (CalendarCorrection correction : added) {
            merged.merge(correction.date(), correction,
                    (held, offered) -> offered.correctedAt().isBefore(held.correctedAt()) ? held : offered);
        }
        return new WorkingCalendar(years, daysFromData, Collections.unmodifiableMap(merged));
    }

    public Collection<CalendarCorrection> corrections() {
        return corrections.values();
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).isWorking();
    }

    public CalendarDay day(LocalDate date) {
        CalendarCorrection correction = corrections.get(date);
        if (correction != null) {
            DayType type = correction.dayType();
            return new CalendarDay(date, type, type.genericName(), correction.reason(), true);
        }
        CalendarDay fromData = daysFromData.get(date);
        if (fromData != null) {
            return fromData;
        }
        DayType type = isWeekend(date) ? DayType.WEEKEND : DayType.WORKDAY;
        return new CalendarDay(date, type, type.genericName(), dayOfWeek(date), hasDataFor(date.getYear()));
    }

    /** The first working day after the given date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The given date if it is a working day, otherwise the first working day after it. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /** The Nth working day after the given date, which itself is not counted. */
    public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + workingDays);
        }
        LocalDate result = date;
        for (int i = 0; i < workingDays; i++) {
            result = nextWorkingDay(result);
        }
        return result;
    }

    /**
     * Working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}; negative when {@code to} is before {@code from}.
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        return from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
    }

    /** The years the holiday data covers. */
    public SortedSet<Integer> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /** False for a year whose days the calendar can only guess by the five-day week. */
    public boolean hasDataFor(int year) {
        return years.containsKey(year);
    }

    /** The years from {@code from}'s to {@code to}'s that have no data: a deadline across them is unconfirmed. */
    public SortedSet<Integer> yearsWithoutDataBetween(LocalDate from, LocalDate to) {
        SortedSet<Integer> missing = new TreeSet<>();
        for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(), to.getYear()); year++) {
            if (!hasDataFor(year)) {
                missing.add(year);
            }
        }
        return Collections.unmodifiableSortedSet(missing);
    }

    /** The year's legal source and how complete its transfers are. */
    public Optional<CalendarData.Year> yearData(int year) {
        return Optional.ofNullable(years.get(year));
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static String dayOfWeek(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
