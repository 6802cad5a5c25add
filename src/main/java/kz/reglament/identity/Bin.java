package kz.reglament.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A business identification number (БСН / БИН): digits 1–4 the year and month of registration (YYMM), digit 5 the
 * entity type, digit 6 the unit, digits 7–11 a serial number, digit 12 the check digit (Rules for forming the
 * identification number, Government resolution No 406 of 22 May 2007).
 *
 * <p>The year has two digits: it is taken as the latest year not after this one (25 is 2025, 94 is 1994), since an
 * organisation cannot have been registered in the future.
 */
public final class Bin implements IdentityNumber {

    private final String value;
    private final YearMonth registered;
    private final EntityType entityType;
    private final UnitType unitType;

    private Bin(String value, YearMonth registered, EntityType entityType, UnitType unitType) {
        this.value = value;
        this.registered = registered;
        this.entityType = entityType;
        this.unitType = unitType;
    }

    public static Bin parse(String text) {
        return parse(text, LocalDate.now(ZONE));
    }

    /** Parses a BIN, refusing an IIN with {@link InvalidIdentityNumberReason#NOT_A_BIN}. */
    public static Bin parse(String text, LocalDate today) {
        if (IdentityNumber.parse(text, today) instanceof Bin bin) {
            return bin;
        }
        throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.NOT_A_BIN);
    }

    static Bin parseDigits(String digits, LocalDate today) {
        EntityType entityType = EntityType.ofDigit(digits.charAt(4));
        if (entityType == null) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.UNKNOWN_ENTITY_TYPE);
        }
        UnitType unitType = UnitType.ofDigit(digits.charAt(5));
        if (unitType == null) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.UNKNOWN_UNIT_TYPE);
        }
        int twoDigitYear = (digits.charAt(0) - '0') * 10 + digits.charAt(1) - '0';
        int year = 2000 + twoDigitYear > today.getYear() ? 1900 + twoDigitYear : 2000 + twoDigitYear;
        YearMonth registered;
        try {
            registered = YearMonth.of(year, (digits.charAt(2) - '0') * 10 + digits.charAt(3) - '0');
        } catch (DateTimeException impossible) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.IMPOSSIBLE_REGISTRATION_DATE);
        }
        if (registered.isAfter(YearMonth.from(today))) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.IMPOSSIBLE_REGISTRATION_DATE);
        }
        if (!CheckDigit.matches(digits)) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberReason.BAD_CHECK_DIGIT);
        }
        return new Bin(digits, registered, entityType, unitType);
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public Kind kind() {
        return Kind.BIN;
    }

    public YearMonth registered() {
        return registered;
    }

    public EntityType entityType() {
        return entityType;
    }

    public UnitType unitType() {
        return unitType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bin bin && bin.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "BIN " + IdentityNumber.masked(value);
    }
}
