package kz.reglament.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IinTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 17);

    @Test
    void readsDateOfBirthAndSexOfAKnownValidIin() {
        Iin iin = Iin.parse("780514301231", TODAY);

        assertThat(iin.value()).isEqualTo("780514301231");
        assertThat(iin.kind()).isEqualTo(IdentityNumber.Kind.IIN);
        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1978, 5, 14));
        assertThat(iin.sex()).isEqualTo(Sex.MALE);
        assertThat(Iin.parse("901102456780", TODAY).sex()).isEqualTo(Sex.FEMALE);
    }

    @ParameterizedTest
    @CsvSource({"1, 1899-12-31, MALE", "2, 1899-12-31, FEMALE", "3, 1999-12-31, MALE", "4, 1999-12-31, FEMALE"})
    void theSeventhDigitGivesCenturyAndSex(char digit, LocalDate birthDate, Sex sex) {
        Iin iin = Iin.parse(TestIdentityNumbers.withCheckDigit("991231" + digit + "0001"), TODAY);

        assertThat(iin.birthDate()).isEqualTo(birthDate);
        assertThat(iin.sex()).isEqualTo(sex);
    }

    @ParameterizedTest
    @CsvSource({"5, MALE", "6, FEMALE"})
    void fiveAndSixAreThe21stCentury(char digit, Sex sex) {
        Iin iin = Iin.parse(TestIdentityNumbers.withCheckDigit("240229" + digit + "0001"), TODAY);

        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(iin.sex()).isEqualTo(sex);
    }

    @Test
    void aNumberThatNeedsTheSecondWeightsIsValidWithTheirDigitOnly() {
        assertThat(TestIdentityNumbers.needsSecondWeights("78051430060")).isTrue();

        assertThat(Iin.parse("780514300601", TODAY).birthDate()).isEqualTo(LocalDate.of(1978, 5, 14));
        for (char last = '0'; last <= '9'; last++) {
            if (last != '1') {
                String mistyped = "78051430060" + last;
                assertThatThrownBy(() -> Iin.parse(mistyped, TODAY)).isInstanceOf(InvalidIdentityNumberException.class)
                        .extracting("reason").isEqualTo("BAD_CHECK_DIGIT");
            }
        }
    }

    @Test
    void elevenDigitsWhoseBothSumsAreTenCanEndInNoDigit() {
        assertThat(TestIdentityNumbers.withCheckDigit("78051430140")).isNull();
        for (char last = '0'; last <= '9'; last++) {
            String number = "78051430140" + last;
            assertThat(reasonFor(number)).isEqualTo(InvalidIdentityNumberReason.BAD_CHECK_DIGIT);
        }
    }

    /** Every serial number of one birth date: exactly one last digit is accepted, the one the rule gives. */
    @Test
    void everySerialOfADateHasExactlyTheCheckDigitTheRuleGives() {
        int withoutCheckDigit = 0;
        for (int serial = 0; serial < 10_000; serial++) {
            String eleven = "850721" + "3" + String.format("%04d", serial);
            String expected = TestIdentityNumbers.withCheckDigit(eleven);
            if (expected == null) {
                withoutCheckDigit++;
            }
            for (char last = '0'; last <= '9'; last++) {
                String number = eleven + last;
                boolean valid = number.equals(expected);
                if (valid) {
                    assertThat(Iin.parse(number, TODAY).value()).isEqualTo(number);
                } else {
                    assertThat(reasonFor(number)).as(number).isEqualTo(InvalidIdentityNumberReason.BAD_CHECK_DIGIT);
                }
            }
        }
        // About one prefix in 121 has no check digit at all; the Rules leave such numbers unissued.
        assertThat(withoutCheckDigit).isBetween(40, 130);
    }

    @ParameterizedTest
    @ValueSource(strings = {"001301", "000001", "000100", "000132", "010230", "000431", "990229"})
    void aDateThatDoesNotExistIsRefused(String yymmdd) {
        String number = TestIdentityNumbers.withCheckDigit(yymmdd + "30001");
        if (number != null) {
            assertThat(reasonFor(number)).isEqualTo(InvalidIdentityNumberReason.IMPOSSIBLE_BIRTH_DATE);
        }
    }

    @Test
    void the29thOfFebruaryDependsOnTheCentury() {
        assertThat(reasonFor("000229300015")).isEqualTo(InvalidIdentityNumberReason.IMPOSSIBLE_BIRTH_DATE);
        assertThat(Iin.parse("000229500018", TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void aBirthDateAfterTodayIsRefused() {
        String tomorrow = TestIdentityNumbers.withCheckDigit("260318" + "5" + "0001");
        String today = TestIdentityNumbers.withCheckDigit("260317" + "5" + "0002");

        assertThat(reasonFor(tomorrow)).isEqualTo(InvalidIdentityNumberReason.IMPOSSIBLE_BIRTH_DATE);
        assertThat(Iin.parse(today, TODAY).birthDate()).isEqualTo(TODAY);
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '7', '8', '9'})
    void aSeventhDigitOutsideOneToSixHasNoCentury(char digit) {
        String number = firstWithCheckDigit("780514" + digit);

        assertThat(reasonFor(number)).isEqualTo(InvalidIdentityNumberReason.UNKNOWN_CENTURY);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"78051430123", "7805143012311", "78051430123a", " 780514301231", "780514 301231",
            "7805-14301231", "７８０５１４３０１２３１", "٧٨٠٥١٤٣٠١٢٣١"})
    void anythingButTwelveAsciiDigitsIsRefused(String text) {
        assertThat(reasonFor(text)).isEqualTo(InvalidIdentityNumberReason.NOT_12_DIGITS);
    }

    @Test
    void aValidBinIsNotAnIin() {
        assertThatThrownBy(() -> Iin.parse("150340012340", TODAY)).isInstanceOf(InvalidIdentityNumberException.class)
                .extracting("reason").isEqualTo("NOT_AN_IIN");
    }

    @Test
    void itsTextShowsOnlyTheLastFourDigits() {
        assertThat(Iin.parse("780514301231", TODAY)).hasToString("IIN ********1231");
    }

    @Test
    void equalNumbersAreEqual() {
        assertThat(Iin.parse("780514301231", TODAY)).isEqualTo(Iin.parse("780514301231", TODAY))
                .hasSameHashCodeAs(Iin.parse("780514301231", TODAY)).isNotEqualTo(Iin.parse("901102456780", TODAY));
    }

    static String firstWithCheckDigit(String prefix) {
        for (int serial = 0; ; serial++) {
            String number = TestIdentityNumbers.withCheckDigit(prefix + String.format("%0" + (11 - prefix.length())
                    + "d", serial));
            if (number != null) {
                return number;
            }
        }
    }

    static InvalidIdentityNumberReason reasonFor(String text) {
        try {
            IdentityNumber.parse(text, TODAY);
        } catch (InvalidIdentityNumberException invalid) {
            return invalid.invalidity();
        }
        throw new AssertionError(text + " was accepted");
    }
}
