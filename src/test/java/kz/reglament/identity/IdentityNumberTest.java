package kz.reglament.identity;

import static kz.reglament.identity.IinTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityNumberTest {

    @Test
    void theFifthDigitTellsAnIinFromABin() {
        assertThat(IdentityNumber.parse("780514301231", TODAY)).isInstanceOf(Iin.class);
        assertThat(IdentityNumber.parse("150340012340", TODAY)).isInstanceOf(Bin.class);
    }

    /**
     * No valid IIN is a valid BIN: for every fifth and sixth digit, a number valid as one kind is never valid as the
     * other, so the kind is decidable from the number alone.
     */
    @Test
    void noNumberIsValidAsBothKinds() {
        for (int fifthAndSixth = 0; fifthAndSixth < 100; fifthAndSixth++) {
            String eleven = "1203" + String.format("%02d", fifthAndSixth) + "30001";
            String number = TestIdentityNumbers.withCheckDigit(eleven);
            if (number == null) {
                continue;
            }
            boolean validIin = valid(() -> Iin.parse(number, TODAY));
            boolean validBin = valid(() -> Bin.parse(number, TODAY));
            assertThat(validIin && validBin).as(number).isFalse();
            assertThat(validIin).as(number).isEqualTo(fifthAndSixth >= 1 && fifthAndSixth <= 31);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_kk", "_ru"})
    void everyReasonHasAMessageInEveryLanguage(String suffix) {
        ResourceBundle messages = ResourceBundle.getBundle("messages" + suffix, Locale.ROOT);
        for (InvalidIdentityNumberReason reason : InvalidIdentityNumberReason.values()) {
            assertThat(messages.getString("problem." + reason)).as(suffix + " " + reason).isNotBlank();
        }
    }

    @Test
    void theRefusalIsABadRequestWithTheReasonAsCode() {
        InvalidIdentityNumberException refusal = new InvalidIdentityNumberException(
                InvalidIdentityNumberReason.BAD_CHECK_DIGIT);

        assertThat(refusal.status().value()).isEqualTo(400);
        assertThat(refusal.reason()).isEqualTo("BAD_CHECK_DIGIT");
        assertThat(refusal.getMessage()).isEqualTo("BAD_CHECK_DIGIT");
    }

    private static boolean valid(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (InvalidIdentityNumberException invalid) {
            return false;
        }
    }
}
