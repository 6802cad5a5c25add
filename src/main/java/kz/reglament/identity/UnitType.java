package kz.reglament.identity;

/** The sixth digit of a BIN: which part of the organisation it identifies. */
public enum UnitType {
    /** 0: the head organisation (or the joint entrepreneurship itself). */
    HEAD_ORGANISATION('0'),
    /** 1: a branch. */
    BRANCH('1'),
    /** 2: a representative office. */
    REPRESENTATIVE_OFFICE('2'),
    /** 3: a peasant (farm) enterprise run as joint entrepreneurship. */
    PEASANT_FARM('3');

    private final char digit;

    UnitType(char digit) {
        this.digit = digit;
    }

    static UnitType ofDigit(char digit) {
        for (UnitType type : values()) {
            if (type.digit == digit) {
                return type;
            }
        }
        return null;
    }
}
