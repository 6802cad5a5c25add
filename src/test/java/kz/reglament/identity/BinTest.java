package kz.reglament.identity;

import static kz.reglament.identity.IinTest.TODAY;
import static kz.reglament.identity.IinTest.firstWithCheckDigit;
import static kz.reglament.identity.IinTest.reasonFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BinTest {

    @Test
    void readsRegistrationEntityTypeAndUnitOfAKnownValidBin() {
        Bin bin = Bin.parse("150340012340", TODAY);

        assertThat(bin.kind()).isEqualTo(IdentityNumber.Kind.BIN);
        assertThat(bin.registered()).isEqualTo(YearMonth.of(2015, 3));
        assertThat(bin.entityType()).isEqualTo(EntityType.RESIDENT_LEGAL_ENTITY);
        assertThat(bin.unitType()).isEqualTo(UnitType.HEAD_ORGANISATION);
        assertThat(bin).hasToString("BIN ********2340");
    }

    @ParameterizedTest
    @CsvSource({"4, RESIDENT_LEGAL_ENTITY", "5, NON_RESIDENT_LEGAL_ENTITY", "6, JOINT_INDIVIDUAL_ENTREPRENEURSHIP"})
    void theFifthDigitIsTheEntityType(char digit, EntityType type) {
        assertThat(Bin.parse(firstWithCheckDigit("1203" + digit + "0"), TODAY).entityType()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource({"0, HEAD_ORGANISATION", "1, BRANCH", "2, REPRESENTATIVE_OFFICE", "3, PEASANT_FARM"})
    void theSixthDigitIsTheUnit(char digit, UnitType unit) {
        assertThat(Bin.parse(firstWithCheckDigit("12034" + digit), TODAY).unitType()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(chars = {'7', '8', '9'})
    void aFifthDigitAboveSixIsAnUnknownEntityType(char digit) {
        assertThat(reasonFor(firstWithCheckDigit("1203" + digit + "0"))).isEqualTo(
                InvalidIdentityNumberReason.UNKNOWN_ENTITY_TYPE);
    }

    @ParameterizedTest
    @ValueSource(chars = {'4', '5', '6', '7', '8', '9'})
    void aSixthDigitAboveThreeIsAnUnknownUnit(char digit) {
        assertThat(reasonFor(firstWithCheckDigit("12034" + digit))).isEqualTo(
                InvalidIdentityNumberReason.UNKNOWN_UNIT_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1200", "1213", "1299"})
    void aMonthThatDoesNotExistIsRefused(String yymm) {
        assertThat(reasonFor(firstWithCheckDigit(yymm + "40"))).isEqualTo(
                InvalidIdentityNumberReason.IMPOSSIBLE_REGISTRATION_DATE);
    }

    @Test
    void theYearIsTheLatestNotAfterThisOne() {
        assertThat(Bin.parse(firstWithCheckDigit("940340"), TODAY).registered()).isEqualTo(YearMonth.of(1994, 3));
        assertThat(Bin.parse(firstWithCheckDigit("260340"), TODAY).registered()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(Bin.parse(firstWithCheckDigit("270140"), TODAY).registered()).isEqualTo(YearMonth.of(1927, 1));
    }

    @Test
    void aRegistrationLaterThisYearIsRefused() {
        assertThat(reasonFor(firstWithCheckDigit("260440"))).isEqualTo(
                InvalidIdentityNumberReason.IMPOSSIBLE_REGISTRATION_DATE);
    }

    @Test
    void aBinThatNeedsTheSecondWeightsIsValidWithTheirDigitOnly() {
        assertThat(TestIdentityNumbers.needsSecondWeights("15034000000")).isTrue();

        assertThat(Bin.parse("150340000003", TODAY).registered()).isEqualTo(YearMonth.of(2015, 3));
        for (char last = '0'; last <= '9'; last++) {
            if (last != '3') {
                assertThat(reasonFor("15034000000" + last)).isEqualTo(InvalidIdentityNumberReason.BAD_CHECK_DIGIT);
            }
        }
    }

    @Test
    void aBinWithNoPossibleCheckDigitIsRefusedWhateverItsLastDigit() {
        assertThat(TestIdentityNumbers.withCheckDigit("15034000009")).isNull();
        for (char last = '0'; last <= '9'; last++) {
            assertThat(reasonFor("15034000009" + last)).isEqualTo(InvalidIdentityNumberReason.BAD_CHECK_DIGIT);
        }
    }

    @Test
    void everySerialOfAHeadOrganisationHasExactlyTheCheckDigitTheRuleGives() {
        for (int serial = 0; serial < 10_000; serial++) {
            String eleven = "150340" + String.format("%05d", serial);
            String expected = TestIdentityNumbers.withCheckDigit(eleven);
            for (char last = '0'; last <= '9'; last++) {
                String number = eleven + last;
                if (number.equals(expected)) {
                    assertThat(Bin.parse(number, TODAY).value()).isEqualTo(number);
                } else {
                    assertThat(reasonFor(number)).as(number).isEqualTo(InvalidIdentityNumberReason.BAD_CHECK_DIGIT);
                }
            }
        }
    }

    @Test
    void aValidIinIsNotABin() {
        assertThatThrownBy(() -> Bin.parse("780514301231", TODAY)).isInstanceOf(InvalidIdentityNumberException.class)
                .extracting("reason").isEqualTo("NOT_A_BIN");
    }
}
