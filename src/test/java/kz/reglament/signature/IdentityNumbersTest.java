package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityNumbersTest {

    @Test
    void theCheckDigitIsTheWeightedSumModuloEleven() {
        // 9·1 + 1·4 + 1·6 + 3·7 + 1·11 = 51, and 51 mod 11 = 7
        assertThat(IdentityNumbers.withCheckDigit("90010130001")).isEqualTo("900101300017");
        assertThat(IdentityNumbers.isValid("900101300017")).isTrue();
        assertThat(IdentityNumbers.isValid("900101300018")).isFalse();
    }

    @Test
    void whenTheFirstSumGivesTenTheSecondWeightsDecide() {
        assertThat(IdentityNumbers.withCheckDigit("90010130081")).isEqualTo("900101300811");
        assertThat(IdentityNumbers.isValid("900101300811")).isTrue();
    }

    @Test
    void whenBothSumsGiveTenTheNumberIsNeverIssued() {
        assertThatThrownBy(() -> IdentityNumbers.withCheckDigit("90010130080"))
                .isInstanceOf(IllegalArgumentException.class);
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(IdentityNumbers.isValid("90010130080" + digit)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "90010130001", "9001013000170", "90010130001a", "９００１０１３０００１７"})
    void onlyTwelveAsciiDigitsAreWellFormed(String number) {
        assertThat(IdentityNumbers.isWellFormed(number)).isFalse();
        assertThat(IdentityNumbers.isValid(number)).isFalse();
    }
}
