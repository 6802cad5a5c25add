package kz.reglament.registry.bpmn;

/**
 * The BPMN error codes the registry delegates throw when a registry's answer means the regulation's condition is not
 * met. A process catches each with an error boundary event on the service task and goes to the refusal the
 * regulation names. The error message is the finer reason (e.g. {@code EXPIRED}), for the refusal text.
 *
 * <p>An unavailable registry is never one of these: it fails the job, which is retried and then becomes an incident.
 */
public final class RefusalCodes {

    /** The identity number in the application is not a valid IIN or BIN; the message is the reason code. */
    public static final String INVALID_IDENTITY_NUMBER = "INVALID_IDENTITY_NUMBER";
    /** ЖТ МДҚ or ЗТ МДҚ does not know the applicant. */
    public static final String APPLICANT_NOT_FOUND = "APPLICANT_NOT_FOUND";
    /**
     * БНАЖ holds no power of attorney that lets the representative act; the message is NONE, EXPIRED, REVOKED or
     * WRONG_SCOPE.
     */
    public static final String POWER_OF_ATTORNEY_INVALID = "POWER_OF_ATTORNEY_INVALID";
    /** ЭҮТШ has no full payment of the fee; the message is NONE or UNDERPAID. */
    public static final String FEE_NOT_PAID = "FEE_NOT_PAID";
    /** E-licensing holds no licence with this number for this holder. */
    public static final String LICENCE_NOT_FOUND = "LICENCE_NOT_FOUND";

    private RefusalCodes() {
    }
}
