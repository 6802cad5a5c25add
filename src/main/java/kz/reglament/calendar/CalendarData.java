package kz.reglament.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The holiday data as written in {@value #BUNDLED_RESOURCE}: per year, the legal source, the holidays, the religious
 * days off and the one-off transfers. Holidays that fall on a weekend are listed on their own date; the day off owed
 * for them is worked out by {@link WorkingCalendar}, so the file holds only what an act says.
 */
public record CalendarData(String description, List<Year> years) {

    public static final String BUNDLED_RESOURCE = "calendar/kz-holidays.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CalendarData {
        years = List.copyOf(nonNull(years, "the data has no 'years'"));
        validate(years);
    }

    /** How far a year's list of transfers can be relied on. */
    public enum Completeness {
        /** A source gives the whole list of the year's transfers. */
        COMPLETE,
        /** Every listed date is confirmed, but the year may have transfers that are missing here. */
        PARTIAL
    }

    /** @param source the legal acts the year's data comes from */
    public record Year(int year, String source, Completeness completeness, String note, List<Entry> days) {

        public Year {
            days = List.copyOf(nonNull(days, "year " + year + " has no 'days'"));
        }
    }

    /** @param kind one of the {@link DayType#isDataKind() data kinds} */
    public record Entry(LocalDate date, DayType kind, LocalizedName name, String note) {
    }

    public static CalendarData bundled() {
        try (InputStream in = CalendarData.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new InvalidCalendarDataException("the holiday data " + BUNDLED_RESOURCE + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    public static CalendarData read(InputStream json) {
        try {
            return JSON.readValue(json, CalendarData.class);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof InvalidCalendarDataException invalid) {
                throw invalid;
            }
            throw new InvalidCalendarDataException("holiday data is malformed: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidCalendarDataException("holiday data is malformed: " + e.getMessage(), e);
        }
    }

    private static void validate(List<Year> years) {
        Set<Integer> seenYears = new HashSet<>();
        for (Year year : years) {
            int number = year.year();
            if (!seenYears.add(number)) {
                throw new InvalidCalendarDataException("year " + number + " appears twice");
            }
            requireText(year.source(), "year " + number + " has no source");
            nonNull(year.completeness(), "year " + number + " does not say whether its transfers are complete");
            nonNull(year.note(), "year " + number + " has no note");
            Set<LocalDate> seenDates = new HashSet<>();
            for (Entry entry : year.days()) {
                LocalDate date = nonNull(entry.date(), "an entry of year " + number + " has no date");
                String where = "entry " + date + " of year " + number;
                if (date.getYear() != number) {
                    throw new InvalidCalendarDataException(where + " lies outside its year");
                }
                if (!seenDates.add(date)) {
                    throw new InvalidCalendarDataException(where + " appears twice; one date takes one entry");
                }
                DayType kind = nonNull(entry.kind(), where + " has no kind");
                if (!kind.isDataKind()) {
                    throw new InvalidCalendarDataException(where + " has kind " + kind
                            + ", which the calendar derives and the data must not state");
                }
                nonNull(entry.name(), where + " has no name");
                requireText(entry.note(), where + " has no note");
            }
        }
    }

    private static <T> T nonNull(T value, String message) {
        if (value == null) {
            throw new InvalidCalendarDataException(message);
        }
        return value;
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidCalendarDataException(message);
        }
    }
}
