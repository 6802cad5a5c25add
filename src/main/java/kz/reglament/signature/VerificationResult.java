package kz.reglament.signature;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer to a verification: a value, never an exception, whatever the signature's fault.
 *
 * @param detail a technical explanation for operators, free of personal data
 * @param signer who signed, as far as the certificate was read; {@code null} if it could not be
 * @param signingTime the CMS signingTime attribute, as the signer's software stated it; reported, but not trusted
 *        for the validity checks, which use {@code checkedAt}
 * @param algorithm the signature algorithm, e.g. "SHA256withRSA" or "GOST 34.10-2015 (512)"
 * @param checkedAt the moment at which the certificate's validity and revocation were judged
 */
public record VerificationResult(VerificationReason reason, String detail, Signer signer, Instant signingTime,
        String algorithm, Instant checkedAt) {

    public VerificationResult {
        Objects.requireNonNull(reason, "reason");
    }

    public boolean valid() {
        return reason == VerificationReason.VALID;
    }

    public VerificationReason.Disposition disposition() {
        return reason.disposition();
    }

    @Override
    public String toString() {
        return "VerificationResult[" + reason + (detail == null ? "" : ": " + detail)
                + (signer == null ? "" : ", " + signer) + (algorithm == null ? "" : ", " + algorithm) + "]";
    }
}
