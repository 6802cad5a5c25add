package kz.reglament.registry.person;

/** Whether ЖТ МДҚ records the person as living. */
public enum PersonStatus {
    LIVING,
    DECEASED
}
