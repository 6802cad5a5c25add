package kz.reglament.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarCorrectionTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled();
    private static final Instant MORNING = Instant.parse("2025-11-01T04:00:00Z");
    private static final Instant EVENING = Instant.parse("2025-11-01T13:00:00Z");

    @Test
    void aDeclaredDayOffBecomesADayOffWithItsReason() {
        LocalDate friday = LocalDate.of(2025, 11, 14);
        WorkingCalendar corrected = CALENDAR.withCorrections(List.of(
                new CalendarCorrection(friday, false, "Order No. 1 of 10 November 2025", "admin", MORNING)));

        CalendarDay day = corrected.day(friday);
        assertThat(day.type()).isEqualTo(DayType.CORRECTED_DAY_OFF);
        assertThat(day.isWorking()).isFalse();
        assertThat(day.reason()).isEqualTo("Order No. 1 of 10 November 2025");
        assertThat(corrected.plusWorkingDays(LocalDate.of(2025, 11, 13), 1)).isEqualTo(LocalDate.of(2025, 11, 17));
    }

    @Test
    void theCalendarItStartedFromIsUnchanged() {
        LocalDate friday = LocalDate.of(2025, 11, 14);
        CALENDAR.withCorrections(List.of(new CalendarCorrection(friday, false, "test", "admin", MORNING)));

        assertThat(CALENDAR.isWorkingDay(friday)).isTrue();
        assertThat(CALENDAR.corrections()).isEmpty();
    }

    @Test
    void aCorrectionOverridesTheDataAndTheWeekendRule() {
        LocalDate carriedOver = LocalDate.of(2025, 3, 24);
        LocalDate holiday = LocalDate.of(2025, 5, 9);
        WorkingCalendar corrected = CALENDAR.withCorrections(List.of(
                new CalendarCorrection(carriedOver, true, "data error", "admin", MORNING),
                new CalendarCorrection(holiday, true, "data error", "admin", MORNING)));

        assertThat(corrected.day(carriedOver).type()).isEqualTo(DayType.CORRECTED_WORKING_DAY);
        assertThat(corrected.isWorkingDay(holiday)).isTrue();
    }

    @Test
    void theLatestCorrectionOfADateWinsWhateverTheOrderTheyArrive() {
        LocalDate date = LocalDate.of(2025, 11, 14);
        CalendarCorrection dayOff = new CalendarCorrection(date, false, "declared", "admin", MORNING);
        CalendarCorrection withdrawn = new CalendarCorrection(date, true, "declaration withdrawn", "admin", EVENING);

        assertThat(CALENDAR.withCorrections(List.of(withdrawn, dayOff)).day(date).reason())
                .isEqualTo("declaration withdrawn");
        assertThat(CALENDAR.withCorrections(List.of(dayOff)).withCorrections(List.of(withdrawn)).isWorkingDay(date))
                .isTrue();
        assertThat(CALENDAR.withCorrections(List.of(withdrawn)).withCorrections(List.of(dayOff)).isWorkingDay(date))
                .isTrue();
    }

    @Test
    void aCorrectionInAYearWithoutDataIsConfirmed() {
        LocalDate newYear = LocalDate.of(2028, 1, 3);
        WorkingCalendar corrected = CALENDAR.withCorrections(List.of(
                new CalendarCorrection(newYear, false, "New Year on a weekend", "admin", MORNING)));

        assertThat(corrected.day(newYear).confirmed()).isTrue();
        assertThat(corrected.day(newYear.plusDays(1)).confirmed()).isFalse();
        assertThat(corrected.hasDataFor(2028)).isFalse();
    }

    @Test
    void aCorrectionNeedsAReasonAndAnAuthor() {
        LocalDate date = LocalDate.of(2025, 11, 14);

        assertThatThrownBy(() -> new CalendarCorrection(date, false, " ", "admin", MORNING))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a calendar correction needs a reason");
        assertThatThrownBy(() -> new CalendarCorrection(date, false, "why", "", MORNING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a calendar correction needs the name of who made it");
    }
}
