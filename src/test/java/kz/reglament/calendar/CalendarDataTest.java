package kz.reglament.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarDataTest {

    private static final CalendarData BUNDLED = CalendarData.bundled();
    private static final String NAME = """
            {"kk": "Жаңа жыл", "ru": "Новый год", "en": "New Year"}""";

    @Test
    void everyYearFromTwentyFifteenToTwentyTwentySevenHasASourceAndSaysHowCompleteItIs() {
        assertThat(BUNDLED.years()).extracting(CalendarData.Year::year)
                .containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        assertThat(BUNDLED.years()).allSatisfy(year -> {
            assertThat(year.source()).contains("On holidays in the Republic of Kazakhstan");
            assertThat(year.note()).isNotBlank();
        });
        assertThat(BUNDLED.years()).filteredOn(year -> year.year() >= 2025 && year.year() <= 2026)
                .extracting(CalendarData.Year::completeness)
                .containsOnly(CalendarData.Completeness.COMPLETE);
        assertThat(yearOf(2027).completeness()).isEqualTo(CalendarData.Completeness.PARTIAL);
    }

    @Test
    void everyYearHasTheHolidaysEveryYearHas() {
        List<MonthDay> always = List.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 7), MonthDay.of(3, 8),
                MonthDay.of(3, 21), MonthDay.of(3, 22), MonthDay.of(3, 23), MonthDay.of(5, 1), MonthDay.of(5, 7),
                MonthDay.of(5, 9), MonthDay.of(7, 6), MonthDay.of(12, 16));
        for (CalendarData.Year year : BUNDLED.years()) {
            assertThat(year.days()).extracting(entry -> MonthDay.from(entry.date()))
                    .as("holidays of %d", year.year())
                    .containsAll(always);
        }
    }

    @Test
    void eachYearHasOneKurbanAitBesidesChristmas() {
        for (CalendarData.Year year : BUNDLED.years()) {
            assertThat(year.days()).filteredOn(entry -> entry.kind() == DayType.RELIGIOUS_HOLIDAY)
                    .extracting(CalendarData.Entry::date)
                    .as("religious days off of %d", year.year())
                    .hasSize(2)
                    .contains(LocalDate.of(year.year(), 1, 7));
        }
        assertThat(yearOf(2025).days()).filteredOn(entry -> entry.kind() == DayType.RELIGIOUS_HOLIDAY)
                .extracting(CalendarData.Entry::date)
                .containsExactly(LocalDate.of(2025, 1, 7), LocalDate.of(2025, 6, 6));
    }

    @Test
    void holidaysThatChangedAppearOnlyInTheirYears() {
        assertThat(datesOf(2025)).contains(LocalDate.of(2025, 8, 30)).doesNotContain(LocalDate.of(2025, 3, 15));
        assertThat(datesOf(2026)).doesNotContain(LocalDate.of(2026, 8, 30), LocalDate.of(2026, 3, 15));
        assertThat(datesOf(2027)).contains(LocalDate.of(2027, 3, 15)).doesNotContain(LocalDate.of(2027, 8, 30));
        assertThat(datesOf(2021)).contains(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 17))
                .doesNotContain(LocalDate.of(2021, 10, 25));
        assertThat(datesOf(2022)).contains(LocalDate.of(2022, 10, 25))
                .doesNotContain(LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 17));
    }

    @Test
    void theFileHoldsNoPrecomputedWeekendMoves() {
        // 8 March 2025 is a Saturday; the Monday after it is the code's business, not the data's
        assertThat(datesOf(2025)).doesNotContain(LocalDate.of(2025, 3, 10));
        assertThat(BUNDLED.years()).flatExtracting(CalendarData.Year::days)
                .extracting(CalendarData.Entry::kind)
                .allMatch(DayType::isDataKind);
    }

    @Test
    void aDateListedTwiceIsRefused() {
        String json = yearWith("""
                {"date": "2030-01-01", "kind": "HOLIDAY", "name": %s, "note": "n"},
                {"date": "2030-01-01", "kind": "TRANSFERRED_DAY_OFF", "name": %s, "note": "n"}
                """.formatted(NAME, NAME));

        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidCalendarDataException.class)
                .hasMessage("entry 2030-01-01 of year 2030 appears twice; one date takes one entry");
    }

    @Test
    void aDateOutsideItsYearIsRefused() {
        String json = yearWith("""
                {"date": "2031-01-01", "kind": "HOLIDAY", "name": %s, "note": "n"}
                """.formatted(NAME));

        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidCalendarDataException.class)
                .hasMessage("entry 2031-01-01 of year 2030 lies outside its year");
    }

    @Test
    void aKindTheCalendarDerivesIsRefused() {
        String json = yearWith("""
                {"date": "2030-01-03", "kind": "CARRIED_OVER_DAY_OFF", "name": %s, "note": "n"}
                """.formatted(NAME));

        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidCalendarDataException.class)
                .hasMessage("entry 2030-01-03 of year 2030 has kind CARRIED_OVER_DAY_OFF, which the calendar derives "
                        + "and the data must not state");
    }

    @Test
    void aYearWithoutSourceIsRefused() {
        String json = """
                {"description": "d", "years": [
                  {"year": 2030, "source": " ", "completeness": "COMPLETE", "note": "n", "days": []}
                ]}""";

        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidCalendarDataException.class)
                .hasMessage("year 2030 has no source");
    }

    @Test
    void aMisspelledFieldIsRefused() {
        String json = yearWith("""
                {"date": "2030-01-01", "knd": "HOLIDAY", "name": %s, "note": "n"}
                """.formatted(NAME));

        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidCalendarDataException.class)
                .hasMessageContaining("knd");
    }

    private static String yearWith(String days) {
        return """
                {"description": "d", "years": [
                  {"year": 2030, "source": "s", "completeness": "COMPLETE", "note": "n", "days": [%s]}
                ]}""".formatted(days);
    }

    private static CalendarData read(String json) {
        return CalendarData.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static CalendarData.Year yearOf(int year) {
        return BUNDLED.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    private static List<LocalDate> datesOf(int year) {
        return yearOf(year).days().stream().map(CalendarData.Entry::date).toList();
    }
}
