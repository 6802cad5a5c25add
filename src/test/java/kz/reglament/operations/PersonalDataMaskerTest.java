package kz.reglament.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskerTest {

    @Test
    void identityNumbersKeepOnlyTheirLastFourDigits() {
        assertThat(PersonalDataMasker.mask("Applicant 950101300123 submitted")).isEqualTo("Applicant ********0123 submitted");
        assertThat(PersonalDataMasker.mask("BIN=120340012345;")).isEqualTo("BIN=********2345;");
    }

    @Test
    void numbersOfOtherLengthsAreLeftAlone() {
        assertThat(PersonalDataMasker.mask("case 12345678901 and 1234567890123")).isEqualTo("case 12345678901 and 1234567890123");
    }

    @Test
    void personNameFieldsAreReplacedInKeyValueAndJsonForm() {
        assertThat(PersonalDataMasker.mask("lastName=Сейтқалиев, firstName=Айгүл, status=ok"))
                .isEqualTo("lastName=***, firstName=***, status=ok");
        assertThat(PersonalDataMasker.mask("{\"fullName\": \"Иванов Иван\", \"tenant\": \"aktobe\"}"))
                .isEqualTo("{\"fullName\": \"***\", \"tenant\": \"aktobe\"}");
        assertThat(PersonalDataMasker.mask("applicant_name: Smith")).isEqualTo("applicant_name: ***");
    }

    @Test
    void textWithoutPersonalDataIsUnchanged() {
        assertThat(PersonalDataMasker.mask("Deployed processes/aktobe")).isEqualTo("Deployed processes/aktobe");
        assertThat(PersonalDataMasker.mask(null)).isNull();
    }
}
