package kz.reglament.registry.payment;

/** Why the fee does not count as paid. */
public enum PaymentProblem {
    /** The gateway has no payment for the application. */
    NONE,
    /** Payments exist but add up to less than the fee. */
    UNDERPAID
}
