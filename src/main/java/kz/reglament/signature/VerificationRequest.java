package kz.reglament.signature;

import java.time.Instant;
import java.util.Objects;

/**
 * A signature to verify, with the content it must cover and whose it must be.
 *
 * @param content for detached CMS the signed content; for attached CMS, if given, the content the signature must
 *        hold exactly; unused for XML, where the document is the content
 * @param verificationTime when the certificate must have been valid and unrevoked: the moment the service received
 *        the application, so a check repeated later judges the same moment; {@code null} means now
 */
public record VerificationRequest(SignatureFormat format, byte[] signature, byte[] content,
        ExpectedSigner expectedSigner, Instant verificationTime) {

    public VerificationRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(expectedSigner, "expectedSigner");
        if (format == SignatureFormat.CMS_DETACHED && content == null) {
            throw new IllegalArgumentException("A detached signature needs the content it signs");
        }
    }

    public static VerificationRequest cmsAttached(byte[] cms, ExpectedSigner expectedSigner) {
        return new VerificationRequest(SignatureFormat.CMS_ATTACHED, cms, null, expectedSigner, null);
    }

    /** Attached CMS whose inner content must be exactly the content the portal submitted next to it. */
    public static VerificationRequest cmsAttached(byte[] cms, byte[] submittedContent, ExpectedSigner expectedSigner) {
        return new VerificationRequest(SignatureFormat.CMS_ATTACHED, cms,
                Objects.requireNonNull(submittedContent, "submittedContent"), expectedSigner, null);
    }

    public static VerificationRequest cmsDetached(byte[] cms, byte[] content, ExpectedSigner expectedSigner) {
        return new VerificationRequest(SignatureFormat.CMS_DETACHED, cms, content, expectedSigner, null);
    }

    public static VerificationRequest xml(byte[] signedXml, ExpectedSigner expectedSigner) {
        return new VerificationRequest(SignatureFormat.XML, signedXml, null, expectedSigner, null);
    }

    public VerificationRequest at(Instant time) {
        return new VerificationRequest(format, signature, content, expectedSigner, time);
    }

    @Override
    public String toString() {
        return "VerificationRequest[" + format + ", " + signature.length + " bytes, " + expectedSigner
                + (verificationTime == null ? "" : ", at " + verificationTime) + "]";
    }
}
