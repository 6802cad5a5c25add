package kz.reglament.registry;

/** The external systems the regulations name, each behind one interface of this package. */
public enum RegistrySystem {
    PERSONS("ЖТ МДҚ (State database of individuals)"),
    LEGAL_ENTITIES("ЗТ МДҚ (State database of legal entities)"),
    NOTARY("БНАЖ (Unified notary information system)"),
    PAYMENTS("ЭҮТШ (E-government payment gateway)"),
    LICENSING("Е-лицензиялау (E-licensing state database)");

    private final String displayName;

    RegistrySystem(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
