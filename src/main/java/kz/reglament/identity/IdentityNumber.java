package kz.reglament.identity;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A valid twelve-digit identity number: an individual's IIN or an organisation's BIN. An instance exists only for a
 * number that passed every check, so holding one is proof of validity.
 *
 * <p>Whether twelve digits are an IIN or a BIN is always decidable from the fifth digit. In an IIN it is the tens of
 * the day of birth, 0 to 3; in a BIN it is the entity type, 4 to 6. No valid IIN is a valid BIN, and no valid BIN a
 * valid IIN. A fifth digit of 7 to 9 fits neither, and is reported as a BIN's unknown entity type.
 */
public sealed interface IdentityNumber permits Iin, Bin {

    /** Identity numbers are read in Kazakhstan's time: "today" decides whether a birth date is in the future. */
    ZoneId ZONE = ZoneId.of("Asia/Almaty");

    /** The twelve digits. */
    String value();

    Kind kind();

    /** Parses an IIN or a BIN, whichever the number is. */
    static IdentityNumber parse(String text) {
        return parse(text, LocalDate.now(ZONE));
    }

    static IdentityNumber parse(String text, LocalDate today) {
        String digits = twelveDigits(text);
        return digits.charAt(4) <= '3' ? Iin.parseDigits(digits, today) : Bin.parseDigits(digits, today);
    }

    /** The last four digits only, for messages and logs: the number is personal data. */
    static String masked(String digits) {
        return "********" + digits.substring(digits.length() - 4);
    }

    private static String twelveDigits(String text) {
        if (text == null || text.length() != 12) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.NOT_12_DIGITS);
        }
        for (int position = 0; position < 12; position++) {
            char character = text.charAt(position);
            if (character < '0' || character > '9') {
                throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.NOT_12_DIGITS);
            }
        }
        return text;
    }

    enum Kind {
        IIN,
        BIN
    }
}
