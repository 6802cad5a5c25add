package kz.reglament.signature;

import java.util.regex.Pattern;

/**
 * Kazakhstan's identity numbers: the IIN of a person and the BIN of a legal entity are both twelve digits, the last
 * a check digit over the first eleven.
 */
public final class IdentityNumbers {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private IdentityNumbers() {
    }

    public static boolean isWellFormed(String number) {
        return number != null && TWELVE_DIGITS.matcher(number).matches();
    }

    /** Twelve digits whose last digit is the check digit of the first eleven. */
    public static boolean isValid(String number) {
        if (!isWellFormed(number)) {
            return false;
        }
        int check = checkDigit(number.substring(0, 11));
        return check >= 0 && check == number.charAt(11) - '0';
    }

    /** Completes eleven digits with their check digit; some prefixes have none and are never issued. */
    public static String withCheckDigit(String firstElevenDigits) {
        if (firstElevenDigits == null || !firstElevenDigits.matches("\\d{11}")) {
            throw new IllegalArgumentException("Eleven digits expected");
        }
        int check = checkDigit(firstElevenDigits);
        if (check < 0) {
            throw new IllegalArgumentException("These eleven digits have no check digit");
        }
        return firstElevenDigits + check;
    }

    private static int checkDigit(String elevenDigits) {
        int check = weightedSum(elevenDigits, FIRST_WEIGHTS) % 11;
        if (check == 10) {
            check = weightedSum(elevenDigits, SECOND_WEIGHTS) % 11;
        }
        return check == 10 ? -1 : check;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
