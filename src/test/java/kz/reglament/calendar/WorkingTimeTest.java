package kz.reglament.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingTimeTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled();
    private static final WorkingTime WORKING_TIME = new WorkingTime(CALENDAR);

    @ParameterizedTest(name = "{1} from {0} ends {2}")
    @CsvSource(delimiter = '|', value = {
            // the start day is not counted, whatever the hour
            "2025-03-03T08:00 | 1 working day    | 2025-03-04T18:30",
            "2025-03-03T18:00 | 1 working day    | 2025-03-04T18:30",
            // across a weekend
            "2025-11-14T15:00 | 3 working days   | 2025-11-19T18:30",
            // across Nauryz: Friday to Sunday, then the two days owed, Monday and Tuesday
            "2025-03-20T10:00 | 2 working days   | 2025-03-27T18:30",
            // across the 2025 New Year transfer: 3 January off, Sunday 5 January worked
            "2025-01-02T11:00 | 1 working day    | 2025-01-05T18:30",
            // across New Year and the year boundary
            "2025-12-30T12:00 | 3 working days   | 2026-01-06T18:30",
            // Constitution Day: 30 August 2025 gave Monday 1 September off, 2026 has no such day
            "2025-08-29T10:00 | 1 working day    | 2025-09-02T18:30",
            "2026-08-28T10:00 | 1 working day    | 2026-08-31T18:30",
            // 15 March is a holiday from 2027
            "2027-03-12T10:00 | 1 working day    | 2027-03-16T18:30",
            // Kurban ait on Sunday 16 May 2027 leaves Monday a working day
            "2027-05-14T10:00 | 1 working day    | 2027-05-17T18:30",
    })
    void workingDaysEndAtClosingOfTheNthWorkingDayAfterTheStartDay(String start, String term, String deadline) {
        assertThat(deadline(start, term)).isEqualTo(almaty(deadline));
    }

    @ParameterizedTest(name = "{1} from {0} ends {2}")
    @CsvSource(delimiter = '|', value = {
            // holidays inside the term count like any day: 8 and 10 March and Nauryz are all inside
            "2025-03-01T10:00 | 30 calendar days | 2025-03-31T18:30",
            // the last day is a day off owed for Nauryz, so the term ends on the next working day
            "2025-03-14T10:00 | 10 calendar days | 2025-03-26T18:30",
            // the last day is New Year's Day; 2 January and the weekend follow
            "2025-12-02T16:00 | 30 calendar days | 2026-01-05T18:30",
            // the last day is a working Sunday
            "2024-12-06T09:00 | 30 calendar days | 2025-01-05T18:30",
    })
    void calendarDaysCountEveryDayButEndOnAWorkingDay(String start, String term, String deadline) {
        assertThat(deadline(start, term)).isEqualTo(almaty(deadline));
    }

    @ParameterizedTest(name = "{1} from {0} ends {2}")
    @CsvSource(delimiter = '|', value = {
            "2025-02-10T11:00 | 4 working hours    | 2025-02-10T16:30",
            "2025-02-10T17:00 | 4 working hours    | 2025-02-11T11:30",
            "2025-02-10T09:00 | 8 working hours    | 2025-02-10T18:30",
            "2025-02-10T09:00 | 4 working hours    | 2025-02-10T13:00",
            "2025-02-10T14:30 | 4 working hours    | 2025-02-10T18:30",
            "2025-02-10T12:50 | 20 working minutes | 2025-02-10T14:40",
            "2025-02-10T13:10 | 30 working minutes | 2025-02-10T15:00",
            "2025-02-10T07:30 | 15 working minutes | 2025-02-10T09:15",
            "2025-02-10T19:00 | 15 working minutes | 2025-02-11T09:15",
            "2025-02-08T10:00 | 15 working minutes | 2025-02-10T09:15",
            // Friday afternoon, Monday 10 March owed for 8 March, then Tuesday
            "2025-03-07T16:00 | 8 working hours    | 2025-03-11T16:00",
            // 3 January 2025 off, Saturday off, Sunday 5 January worked
            "2025-01-02T10:00 | 2 working hours    | 2025-01-05T11:00",
    })
    void workingHoursAndMinutesRunOnlyWhileTheOfficeWorks(String start, String term, String deadline) {
        assertThat(deadline(start, term)).isEqualTo(almaty(deadline));
    }

    @Test
    void beforeTheFirstOfMarch2024AlmatyWasSixHoursAheadOfUtc() {
        ZonedDateTime start = Instant.parse("2024-02-28T04:00:00Z").atZone(ZoneOffset.UTC);

        ZonedDateTime deadline = WORKING_TIME.deadline(start, RegulatedTerm.parse("4 working hours"),
                WorkingHours.STANDARD);

        assertThat(deadline.toLocalDateTime()).hasToString("2024-02-28T15:30");
        assertThat(deadline.getOffset()).isEqualTo(ZoneOffset.ofHours(6));
        assertThat(deadline.toInstant()).isEqualTo(Instant.parse("2024-02-28T09:30:00Z"));
    }

    @Test
    void fromTheFirstOfMarch2024AlmatyIsFiveHoursAheadOfUtc() {
        ZonedDateTime start = Instant.parse("2024-03-04T04:00:00Z").atZone(ZoneOffset.UTC);

        ZonedDateTime deadline = WORKING_TIME.deadline(start, RegulatedTerm.parse("4 working hours"),
                WorkingHours.STANDARD);

        assertThat(deadline.toLocalDateTime()).hasToString("2024-03-04T13:00");
        assertThat(deadline.getOffset()).isEqualTo(ZoneOffset.ofHours(5));
        assertThat(deadline.toInstant()).isEqualTo(Instant.parse("2024-03-04T08:00:00Z"));
    }

    @Test
    void aTermAcrossTheChangeOfOffsetCountsOfficeHoursNotElapsedTime() {
        ZonedDateTime thursdayEvening = ZonedDateTime.of(2024, 2, 29, 17, 30, 0, 0, WorkingTime.ZONE);

        ZonedDateTime deadline = WORKING_TIME.deadline(thursdayEvening, RegulatedTerm.parse("2 working hours"),
                WorkingHours.STANDARD);

        assertThat(thursdayEvening.getOffset()).isEqualTo(ZoneOffset.ofHours(6));
        assertThat(deadline).isEqualTo(ZonedDateTime.of(2024, 3, 1, 10, 0, 0, 0, WorkingTime.ZONE));
        assertThat(deadline.getOffset()).isEqualTo(ZoneOffset.ofHours(5));
    }

    @Test
    void aDayOffDeclaredByAnAdministratorMovesTheDeadline() {
        LocalDate friday = LocalDate.of(2025, 11, 14);
        WorkingTime corrected = new WorkingTime(CALENDAR.withCorrections(List.of(new CalendarCorrection(friday, false,
                "Day off declared at short notice", "admin", Instant.parse("2025-11-10T05:00:00Z")))));
        ZonedDateTime thursday = almaty("2025-11-13T10:00");

        assertThat(WORKING_TIME.deadline(thursday, RegulatedTerm.parse("1 working day"), WorkingHours.STANDARD))
                .isEqualTo(almaty("2025-11-14T18:30"));
        assertThat(corrected.deadline(thursday, RegulatedTerm.parse("1 working day"), WorkingHours.STANDARD))
                .isEqualTo(almaty("2025-11-17T18:30"));
        assertThat(corrected.deadline(almaty("2025-11-13T17:30"), RegulatedTerm.parse("2 working hours"),
                WorkingHours.STANDARD)).isEqualTo(almaty("2025-11-17T10:00"));
    }

    @Test
    void aTenantsOwnHoursSetWhenTheDayCloses() {
        WorkingHours clinic = WorkingHours.withoutLunch(LocalTime.of(8, 0), LocalTime.of(20, 0));

        assertThat(WORKING_TIME.deadline(almaty("2025-02-10T19:00"), RegulatedTerm.parse("2 working hours"), clinic))
                .isEqualTo(almaty("2025-02-11T09:00"));
        assertThat(WORKING_TIME.deadline(almaty("2025-02-10T19:00"), RegulatedTerm.parse("1 working day"), clinic))
                .isEqualTo(almaty("2025-02-11T20:00"));
    }

    @Test
    void aDeadlineInAYearWithoutDataIsComputedAndTheGapIsVisible() {
        ZonedDateTime start = almaty("2027-12-30T10:00");
        ZonedDateTime deadline = WORKING_TIME.deadline(start, RegulatedTerm.parse("3 working days"),
                WorkingHours.STANDARD);

        assertThat(deadline).isEqualTo(almaty("2028-01-04T18:30"));
        assertThat(CALENDAR.yearsWithoutDataBetween(start.toLocalDate(), deadline.toLocalDate())).containsExactly(2028);
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAddingWorkingDays() {
        LocalDate start = LocalDate.of(2025, 12, 30);

        assertThat(WORKING_TIME.workingDaysBetween(start, LocalDate.of(2026, 1, 6))).isEqualTo(3);
    }

    private static ZonedDateTime deadline(String start, String term) {
        return WORKING_TIME.deadline(almaty(start), RegulatedTerm.parse(term), WorkingHours.STANDARD);
    }

    private static ZonedDateTime almaty(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingTime.ZONE);
    }
}
