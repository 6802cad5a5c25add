package kz.reglament.identity;

/**
 * Completes eleven digits with their check digit, written independently of the production code from the Rules'
 * wording, so the tests compare two readings of the same rule.
 */
public final class TestIdentityNumbers {

    private TestIdentityNumbers() {
    }

    /** The twelve-digit number, or null when no check digit exists for these eleven digits. */
    public static String withCheckDigit(String elevenDigits) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += Character.getNumericValue(elevenDigits.charAt(i)) * (i + 1);
        }
        if (sum % 11 != 10) {
            return elevenDigits + sum % 11;
        }
        sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += Character.getNumericValue(elevenDigits.charAt(i)) * ((i + 2) % 11 + 1);
        }
        return sum % 11 == 10 ? null : elevenDigits + sum % 11;
    }

    /** True when the first weights give 10 and the number needs the second weights. */
    public static boolean needsSecondWeights(String elevenDigits) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += Character.getNumericValue(elevenDigits.charAt(i)) * (i + 1);
        }
        return sum % 11 == 10;
    }
}
