package kz.reglament.security;

import java.security.SecureRandom;

/**
 * Passwords for the demo profile that satisfy Camunda's default password policy (ten or more characters with an
 * upper-case letter, a lower-case letter, a digit and a symbol) and are easy to type: {@code Kp7w-Xm3q-Rt9z}.
 */
final class GeneratedPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < 3; group++) {
            if (group > 0) {
                password.append('-');
            }
            password.append(pick(UPPER)).append(pick(LOWER)).append(pick(DIGITS)).append(pick(LOWER));
        }
        return password.toString();
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
}
