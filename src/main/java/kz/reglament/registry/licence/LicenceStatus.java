package kz.reglament.registry.licence;

/** Where a licence stands. */
public enum LicenceStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    /** Re-issued: a newer licence replaced it. */
    SUPERSEDED
}
