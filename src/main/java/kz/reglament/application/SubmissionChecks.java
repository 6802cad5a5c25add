package kz.reglament.application;

/**
 * The checks a submission passes synchronously before a case exists: identity numbers and the applicant's
 * signature. They are a port so the application capability does not depend on how signatures or numbers are
 * checked; each refusal is an {@link kz.reglament.api.ApiException} with its reason code.
 */
public interface SubmissionChecks {

    /** Refuses a number that is not a valid IIN (for a person) or BIN (for an organisation). */
    void requireValidIdentityNumber(String field, String value);

    /** The content inside an attached signature, unverified: to learn whom the application names as signer. */
    byte[] attachedContent(byte[] signature);

    /**
     * Verifies the signature over the application and returns the signed content; refuses a signature that is
     * invalid, untrusted, or not the signer's that the application names.
     *
     * @param signature the CMS signature (DER)
     * @param detachedContent the signed content for a detached signature, or null when the signature carries it
     * @param expectedSigner the IIN or BIN the signer's certificate must carry
     */
    byte[] verifiedContent(byte[] signature, byte[] detachedContent, SignerExpectation expectedSigner);

    /** Whom the signature must come from: the representative if there is one, else the applicant. */
    record SignerExpectation(String identityNumber) {
    }
}
