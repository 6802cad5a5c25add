package kz.reglament.registry.notary;

/** Why a representative may not act. */
public enum PowerOfAttorneyProblem {
    /** The notary system holds no power of attorney from this applicant to this representative (with that number). */
    NONE,
    /** It is not in force on the day: expired, or not yet valid. */
    EXPIRED,
    /** The applicant revoked it. */
    REVOKED,
    /** It does not cover this public service. */
    WRONG_SCOPE
}
