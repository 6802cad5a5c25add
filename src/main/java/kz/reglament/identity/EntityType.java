package kz.reglament.identity;

/** The fifth digit of a BIN: what kind of organisation it identifies. */
public enum EntityType {
    /** 4: a legal entity that is a resident of Kazakhstan. */
    RESIDENT_LEGAL_ENTITY('4'),
    /** 5: a non-resident legal entity (its branch or representative office in Kazakhstan). */
    NON_RESIDENT_LEGAL_ENTITY('5'),
    /** 6: individual entrepreneurs working together as joint entrepreneurship. */
    JOINT_INDIVIDUAL_ENTREPRENEURSHIP('6');

    private final char digit;

    EntityType(char digit) {
        this.digit = digit;
    }

    static EntityType ofDigit(char digit) {
        for (EntityType type : values()) {
            if (type.digit == digit) {
                return type;
            }
        }
        return null;
    }
}
