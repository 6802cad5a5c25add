package kz.reglament.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RegulatedTermTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "15 working minutes     | 15 | WORKING_MINUTES",
            "15 minutes             | 15 | WORKING_MINUTES",
            "1 minute               | 1  | WORKING_MINUTES",
            "4 working hours        | 4  | WORKING_HOURS",
            "4 Hours                | 4  | WORKING_HOURS",
            "1 working hour         | 1  | WORKING_HOURS",
            "2 working days         | 2  | WORKING_DAYS",
            "1 Working Day          | 1  | WORKING_DAYS",
            "30 calendar days       | 30 | CALENDAR_DAYS",
            "'  30   CALENDAR  days '| 30 | CALENDAR_DAYS",
            "2 жұмыс күні           | 2  | WORKING_DAYS",
            "30 күнтізбелік күн     | 30 | CALENDAR_DAYS",
            "15 минут               | 15 | WORKING_MINUTES",
            "4 сағат                | 4  | WORKING_HOURS",
            "4 ЖҰМЫС САҒАТЫ         | 4  | WORKING_HOURS",
            "3 рабочих дня          | 3  | WORKING_DAYS",
            "10 календарных дней    | 10 | CALENDAR_DAYS",
            "2 часа                 | 2  | WORKING_HOURS",
    })
    void readsWhatAModelerWrites(String text, int amount, TermUnit unit) {
        assertThat(RegulatedTerm.parse(text)).isEqualTo(new RegulatedTerm(amount, unit));
    }

    @ParameterizedTest
    @EnumSource(TermUnit.class)
    void writesTermsItCanReadBack(TermUnit unit) {
        RegulatedTerm one = new RegulatedTerm(1, unit);
        RegulatedTerm many = new RegulatedTerm(12, unit);

        assertThat(RegulatedTerm.parse(one.toString())).isEqualTo(one);
        assertThat(RegulatedTerm.parse(many.toString())).isEqualTo(many);
    }

    @Test
    void spellsTermsOut() {
        assertThat(new RegulatedTerm(1, TermUnit.WORKING_DAYS)).hasToString("1 working day");
        assertThat(new RegulatedTerm(30, TermUnit.CALENDAR_DAYS)).hasToString("30 calendar days");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {
            "2 days          | '\"2 days\" is ambiguous: write \"2 working days\" or \"2 calendar days\"'",
            "1 day           | '\"1 day\" is ambiguous: write \"1 working day\" or \"1 calendar day\"'",
            "5 күн           | '\"5 күн\" is ambiguous: write \"5 working days\" or \"5 calendar days\"'",
            "3 дня           | '\"3 дня\" is ambiguous: write \"3 working days\" or \"3 calendar days\"'",
            "2 weeks         | '\"2 weeks\" has a unit this service does not count in (\"weeks\"): write working minutes, working hours, working days or calendar days'",
            "1.5 hours       | '\"1.5 hours\" must start with a whole number of units; for a fraction use a smaller unit, e.g. \"90 minutes\" for an hour and a half'",
            "-2 working days | '\"-2 working days\" must start with a whole number of units; for a fraction use a smaller unit, e.g. \"90 minutes\" for an hour and a half'",
            "working days    | '\"working days\" must start with a whole number of units; for a fraction use a smaller unit, e.g. \"90 minutes\" for an hour and a half'",
            "0 working days  | 'a term must count at least 1, not \"0 working days\"'",
            "2               | '\"2\" is not a term: write a number and a unit, e.g. \"2 working days\"'",
            "99999999999 minutes | '\"99999999999 minutes\" is too long a term to count'",
    })
    void refusesWhatItWouldHaveToGuess(String text, String message) {
        assertThatThrownBy(() -> RegulatedTerm.parse(text)).isInstanceOf(InvalidTermException.class)
                .hasMessage(message);
    }

    @Test
    void refusesAnEmptyTerm() {
        assertThatThrownBy(() -> RegulatedTerm.parse(" ")).isInstanceOf(InvalidTermException.class)
                .hasMessage("the term is empty; write e.g. \"2 working days\"");
        assertThatThrownBy(() -> RegulatedTerm.parse(null)).isInstanceOf(InvalidTermException.class);
    }
}
