package kz.reglament.signature;

import java.time.Instant;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * What reading a signature found: the signer's certificate and that the signature covers exactly the content, or
 * why not.
 *
 * @param certificate the signer's certificate, when it could be found, so that even a refusal can say whose
 * @param failure {@code null} when the signature is well-formed and cryptographically valid
 */
record SignatureReading(X509CertificateHolder certificate, SigningAlgorithm algorithm, Instant signingTime,
        VerificationReason failure, String detail) {

    static SignatureReading intact(X509CertificateHolder certificate, SigningAlgorithm algorithm,
            Instant signingTime) {
        return new SignatureReading(certificate, algorithm, signingTime, null, null);
    }

    static SignatureReading failed(VerificationReason reason, String detail) {
        return new SignatureReading(null, null, null, reason, detail);
    }

    static SignatureReading failed(VerificationReason reason, String detail, X509CertificateHolder certificate,
            SigningAlgorithm algorithm, Instant signingTime) {
        return new SignatureReading(certificate, algorithm, signingTime, reason, detail);
    }

    boolean intact() {
        return failure == null;
    }
}
