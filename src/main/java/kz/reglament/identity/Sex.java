package kz.reglament.identity;

/** The sex an IIN records in its seventh digit: odd for male, even for female. */
public enum Sex {
    MALE,
    FEMALE
}
