package kz.reglament.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // 2025: New Year, the one transfer of the year, Christmas
            "2024-12-31, WORKDAY",
            "2025-01-01, HOLIDAY",
            "2025-01-02, HOLIDAY",
            "2025-01-03, TRANSFERRED_DAY_OFF",
            "2025-01-04, WEEKEND",
            "2025-01-05, TRANSFERRED_WORKING_DAY",
            "2025-01-06, WORKDAY",
            "2025-01-07, RELIGIOUS_HOLIDAY",
            // 8 March on a Saturday gives Monday
            "2025-03-08, HOLIDAY",
            "2025-03-10, CARRIED_OVER_DAY_OFF",
            "2025-03-11, WORKDAY",
            // Nauryz Friday to Sunday gives Monday and Tuesday
            "2025-03-21, HOLIDAY",
            "2025-03-22, HOLIDAY",
            "2025-03-23, HOLIDAY",
            "2025-03-24, CARRIED_OVER_DAY_OFF",
            "2025-03-25, CARRIED_OVER_DAY_OFF",
            "2025-03-26, WORKDAY",
            "2025-05-01, HOLIDAY",
            "2025-05-07, HOLIDAY",
            "2025-05-08, WORKDAY",
            "2025-05-09, HOLIDAY",
            "2025-06-06, RELIGIOUS_HOLIDAY",
            "2025-07-06, HOLIDAY",
            "2025-07-07, CARRIED_OVER_DAY_OFF",
            "2025-08-30, HOLIDAY",
            "2025-09-01, CARRIED_OVER_DAY_OFF",
            "2025-10-25, HOLIDAY",
            "2025-10-27, CARRIED_OVER_DAY_OFF",
            "2025-12-16, HOLIDAY",
            "2025-12-17, WORKDAY",
            "2025-12-31, WORKDAY",
            // 2026: no transfers; Constitution Day on 30 August is gone
            "2026-01-01, HOLIDAY",
            "2026-01-02, HOLIDAY",
            "2026-01-03, WEEKEND",
            "2026-01-05, WORKDAY",
            "2026-01-07, RELIGIOUS_HOLIDAY",
            "2026-03-08, HOLIDAY",
            "2026-03-09, CARRIED_OVER_DAY_OFF",
            "2026-03-15, WEEKEND",
            "2026-03-21, HOLIDAY",
            "2026-03-22, HOLIDAY",
            "2026-03-23, HOLIDAY",
            "2026-03-24, CARRIED_OVER_DAY_OFF",
            "2026-03-25, CARRIED_OVER_DAY_OFF",
            "2026-03-26, WORKDAY",
            "2026-05-01, HOLIDAY",
            "2026-05-07, HOLIDAY",
            "2026-05-09, HOLIDAY",
            "2026-05-11, CARRIED_OVER_DAY_OFF",
            "2026-05-27, RELIGIOUS_HOLIDAY",
            "2026-07-06, HOLIDAY",
            "2026-08-30, WEEKEND",
            "2026-08-31, WORKDAY",
            "2026-10-25, HOLIDAY",
            "2026-10-26, CARRIED_OVER_DAY_OFF",
            "2026-12-16, HOLIDAY",
            // 2027: Constitution Day moves to 15 March; Kurban ait on a Sunday stays there
            "2027-01-02, HOLIDAY",
            "2027-01-04, CARRIED_OVER_DAY_OFF",
            "2027-03-15, HOLIDAY",
            "2027-05-16, RELIGIOUS_HOLIDAY",
            "2027-05-17, WORKDAY",
            // the 2022 reform: Republic Day back, First President Day and 17 December gone
            "2021-10-25, WORKDAY",
            "2022-10-22, TRANSFERRED_WORKING_DAY",
            "2022-10-24, TRANSFERRED_DAY_OFF",
            "2022-10-25, HOLIDAY",
            "2021-12-01, HOLIDAY",
            "2022-12-01, WORKDAY",
            "2021-12-17, HOLIDAY",
            "2022-12-17, WEEKEND",
            "2022-12-19, WORKDAY",
            // New Year on a weekend gives the next two working days
            "2022-01-03, CARRIED_OVER_DAY_OFF",
            "2022-01-04, CARRIED_OVER_DAY_OFF",
            "2023-01-03, CARRIED_OVER_DAY_OFF",
            "2023-01-04, WORKDAY",
            // a carried-over day off skips a holiday that follows the weekend
            "2018-12-16, HOLIDAY",
            "2018-12-17, HOLIDAY",
            "2018-12-18, CARRIED_OVER_DAY_OFF",
            "2016-05-07, HOLIDAY",
            "2016-05-09, HOLIDAY",
            "2016-05-10, CARRIED_OVER_DAY_OFF",
            // 2020: the act moved Victory Day's Monday off to Friday 8 May
            "2020-05-08, TRANSFERRED_DAY_OFF",
            "2020-05-09, HOLIDAY",
            "2020-05-11, TRANSFERRED_WORKING_DAY",
            "2020-05-12, WORKDAY",
            // religious days off on a weekend are not moved
            "2019-08-11, RELIGIOUS_HOLIDAY",
            "2019-08-12, WORKDAY",
            "2023-01-07, RELIGIOUS_HOLIDAY",
            "2023-01-09, WORKDAY",
            "2024-06-16, RELIGIOUS_HOLIDAY",
            "2024-06-17, WORKDAY",
    })
    void knownDates(LocalDate date, DayType expected) {
        CalendarDay day = CALENDAR.day(date);

        assertThat(day.type()).isEqualTo(expected);
        assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(expected.isWorking());
        assertThat(day.confirmed()).isTrue();
    }

    @Test
    void aDayTellsItsNameAndWhy() {
        CalendarDay nauryz = CALENDAR.day(LocalDate.of(2025, 3, 21));
        assertThat(nauryz.name()).isEqualTo(new LocalizedName("Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"));

        assertThat(CALENDAR.day(LocalDate.of(2025, 3, 24)).reason()).isEqualTo("Day off for Nauryz on Saturday 2025-03-22");
        assertThat(CALENDAR.day(LocalDate.of(2025, 3, 25)).reason()).isEqualTo("Day off for Nauryz on Sunday 2025-03-23");
        assertThat(CALENDAR.day(LocalDate.of(2025, 1, 3)).reason()).contains("from Sunday 2025-01-05");
        assertThat(CALENDAR.day(LocalDate.of(2025, 1, 5)).name().en()).isEqualTo("Transferred working day");
        assertThat(CALENDAR.day(LocalDate.of(2025, 1, 4)).reason()).isEqualTo("Saturday");
    }

    @Test
    void workingDaysOfAMonthAndAYearMatchThePublishedCalendars() {
        // January 2026: 19 working days, as in the 2026 calendar published on the e-government portal
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 31))).isEqualTo(19);
        // January 2025: 20, the working Sunday of 5 January included
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 31))).isEqualTo(20);
        // 2026: 247, one more than the 246 published before 30 August stopped being a holiday
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(247);
    }

    @Test
    void workingDaysBetweenCountsTheEndAndNotTheStart() {
        LocalDate thursday = LocalDate.of(2025, 3, 20);

        assertThat(CALENDAR.plusWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2025, 3, 26));
        assertThat(CALENDAR.workingDaysBetween(thursday, LocalDate.of(2025, 3, 26))).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(thursday, thursday)).isZero();
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 3, 26), thursday)).isEqualTo(-1);
    }

    @Test
    void theDataCoversTwentyFifteenToTwentyTwentySeven() {
        assertThat(CALENDAR.coveredYears()).containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
                2024, 2025, 2026, 2027);
        assertThat(CALENDAR.hasDataFor(2027)).isTrue();
        assertThat(CALENDAR.hasDataFor(2028)).isFalse();
        assertThat(CALENDAR.hasDataFor(2014)).isFalse();
    }

    @Test
    void aYearWithoutDataFallsBackToTheFiveDayWeekAndSaysSo() {
        CalendarDay monday = CALENDAR.day(LocalDate.of(2028, 1, 3));
        CalendarDay saturday = CALENDAR.day(LocalDate.of(2028, 1, 1));

        assertThat(monday.type()).isEqualTo(DayType.WORKDAY);
        assertThat(monday.confirmed()).isFalse();
        assertThat(saturday.type()).isEqualTo(DayType.WEEKEND);
        assertThat(saturday.confirmed()).isFalse();
        assertThat(CALENDAR.yearsWithoutDataBetween(LocalDate.of(2027, 12, 30), LocalDate.of(2029, 1, 4)))
                .containsExactly(2028, 2029);
        assertThat(CALENDAR.yearsWithoutDataBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
    }
}
