package kz.reglament.identity;

import java.util.OptionalInt;

/**
 * The check digit of an IIN or BIN (Rules for forming the identification number, Government resolution No 406 of
 * 22 May 2007): the first eleven digits weighted 1 to 11, sum modulo 11; if that is 10, weighted again 3 to 11, 1, 2;
 * if that is 10 again, no number may end with these eleven digits.
 */
final class CheckDigit {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    private static final int NO_DIGIT = 10;

    private CheckDigit() {
    }

    /** The check digit for the first eleven digits of {@code digits}, or empty if they can have none. */
    static OptionalInt of(String digits) {
        int first = weightedSum(digits, FIRST_WEIGHTS);
        if (first != NO_DIGIT) {
            return OptionalInt.of(first);
        }
        int second = weightedSum(digits, SECOND_WEIGHTS);
        return second == NO_DIGIT ? OptionalInt.empty() : OptionalInt.of(second);
    }

    static boolean matches(String twelveDigits) {
        OptionalInt expected = of(twelveDigits);
        return expected.isPresent() && expected.getAsInt() == twelveDigits.charAt(11) - '0';
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int position = 0; position < weights.length; position++) {
            sum += (digits.charAt(position) - '0') * weights[position];
        }
        return sum % 11;
    }
}
