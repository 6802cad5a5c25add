package kz.reglament.identity;

/**
 * Why a twelve-digit identity number was refused. The set is closed: each reason is a stable code for machines and
 * the key {@code problem.<REASON>} of a message in Kazakh, Russian and English.
 */
public enum InvalidIdentityNumberReason {
    /** Not exactly twelve digits (letters, spaces, another length, or nothing at all). */
    NOT_12_DIGITS,
    /** The twelfth digit is not the one the other eleven give, or they give none. */
    BAD_CHECK_DIGIT,
    /** An IIN whose first six digits are not a date, or a date later than today. */
    IMPOSSIBLE_BIRTH_DATE,
    /** An IIN whose seventh digit is not 1 to 6, so neither century nor sex can be read. */
    UNKNOWN_CENTURY,
    /** A BIN whose first four digits are not a year and month, or a month later than this one. */
    IMPOSSIBLE_REGISTRATION_DATE,
    /** A BIN whose fifth digit is not 4, 5 or 6. */
    UNKNOWN_ENTITY_TYPE,
    /** A BIN whose sixth digit is not 0 to 3. */
    UNKNOWN_UNIT_TYPE,
    /** A valid BIN where an individual's IIN is required. */
    NOT_AN_IIN,
    /** A valid IIN where a BIN is required. */
    NOT_A_BIN
}
