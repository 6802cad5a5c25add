package kz.reglament.registry.legalentity;

/** Whether ЗТ МДҚ records the organisation as existing or as liquidated. */
public enum LegalEntityStatus {
    REGISTERED,
    LIQUIDATED
}
