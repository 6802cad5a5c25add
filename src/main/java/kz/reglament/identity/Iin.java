package kz.reglament.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An individual identification number (ЖСН / ИИН): digits 1–6 the date of birth (YYMMDD), digit 7 the century and
 * sex, digits 8–11 a serial number, digit 12 the check digit.
 *
 * <p>Digit 7: 1 and 2 for men and women born in the 19th century, 3 and 4 in the 20th, 5 and 6 in the 21st (Rules for
 * forming the identification number, Government resolution No 406 of 22 May 2007). Some sources say 0 is given to
 * foreigners; neither those Rules nor the public implementations consulted define it, and it would leave the century
 * of birth unknown, so 0 (and 7 to 9) are refused as {@link InvalidIdentityNumberReason#UNKNOWN_CENTURY}.
 */
public final class Iin implements IdentityNumber {

    private final String value;
    private final LocalDate birthDate;
    private final Sex sex;

    private Iin(String value, LocalDate birthDate, Sex sex) {
        this.value = value;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    public static Iin parse(String text) {
        return parse(text, LocalDate.now(ZONE));
    }

    /** Parses an IIN, refusing a BIN with {@link InvalidIdentityNumberReason#NOT_AN_IIN}. */
    public static Iin parse(String text, LocalDate today) {
        if (IdentityNumber.parse(text, today) instanceof Iin iin) {
            return iin;
        }
        throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.NOT_AN_IIN);
    }

    static Iin parseDigits(String digits, LocalDate today) {
        char centuryAndSex = digits.charAt(6);
        if (centuryAndSex < '1' || centuryAndSex > '6') {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.UNKNOWN_CENTURY);
        }
        int centuryStart = 1800 + (centuryAndSex - '1') / 2 * 100;
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(centuryStart + number(digits, 0), number(digits, 2), number(digits, 4));
        } catch (DateTimeException impossible) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.IMPOSSIBLE_BIRTH_DATE);
        }
        if (birthDate.isAfter(today)) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.IMPOSSIBLE_BIRTH_DATE);
        }
        if (!CheckDigit.matches(digits)) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.BAD_CHECK_DIGIT);
        }
        return new Iin(digits, birthDate, (centuryAndSex - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    private static int number(String digits, int from) {
        return (digits.charAt(from) - '0') * 10 + digits.charAt(from + 1) - '0';
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public Kind kind() {
        return Kind.IIN;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iin iin && iin.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: an IIN is personal data and must not reach a log through a message. */
    @Override
    public String toString() {
        return "IIN " + IdentityNumber.masked(value);
    }
}
