package kz.reglament.signature;

import java.time.Clock;
import java.time.Instant;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies signatures inside the service with BouncyCastle: RSA and the NCA's GOST 34.10-2015 (256 and 512) and
 * 34.310-2004 keys in CMS, RSA and GOST 34.10-2015 in XML. The checks run in the order of
 * {@link VerificationReason}: well-formed, covering exactly the content, chaining to a trusted root, valid at the
 * verification time, not revoked, and the applicant's.
 */
public final class InProcessSignatureVerifier implements SignatureVerifier {

    private static final Logger log = LoggerFactory.getLogger(InProcessSignatureVerifier.class);

    private final CmsSignatureReader cms = new CmsSignatureReader();
    private final XmlSignatureReader xml = new XmlSignatureReader();
    private final CertificateChains chains;
    private final RevocationChecker revocation;
    private final Clock clock;

    InProcessSignatureVerifier(CertificateChains chains, RevocationChecker revocation, Clock clock) {
        this.chains = chains;
        this.revocation = revocation;
        this.clock = clock;
    }

    @Override
    public VerificationResult verify(VerificationRequest request) {
        Instant at = request.verificationTime() != null ? request.verificationTime() : clock.instant();
        SignatureReading reading = request.format() == SignatureFormat.XML ? xml.read(request) : cms.read(request);
        VerificationResult result;
        try {
            result = judge(request, reading, at);
        } catch (RuntimeException unreadable) {
            // A certificate's extensions are parsed only when read; broken ones surface here.
            log.warn("A signer's certificate could not be read: {}", unreadable.toString());
            result = new VerificationResult(VerificationReason.MALFORMED, "The signer's certificate is unreadable",
                    null, reading.signingTime(), null, at);
        }
        log.debug("Signature verified in-process: {}", result);
        return result;
    }

    private VerificationResult judge(VerificationRequest request, SignatureReading reading, Instant at) {
        X509CertificateHolder certificate = reading.certificate();
        Signer signer = certificate == null ? null : Certificates.signer(certificate);
        String algorithm = reading.algorithm() == null ? null : reading.algorithm().displayName();
        if (!reading.intact()) {
            return new VerificationResult(reading.failure(), reading.detail(), signer, reading.signingTime(),
                    algorithm, at);
        }
        CertificateChains.Chain chain = chains.validate(certificate, at);
        if (!chain.trusted()) {
            return new VerificationResult(chain.failure(), chain.detail(), signer, reading.signingTime(), algorithm,
                    at);
        }
        if (at.isBefore(signer.notBefore())) {
            return new VerificationResult(VerificationReason.NOT_YET_VALID, "The certificate is valid from "
                    + signer.notBefore(), signer, reading.signingTime(), algorithm, at);
        }
        if (at.isAfter(signer.notAfter())) {
            return new VerificationResult(VerificationReason.EXPIRED, "The certificate expired at "
                    + signer.notAfter(), signer, reading.signingTime(), algorithm, at);
        }
        RevocationStatus status = revocation.check(certificate, chain.issuerOfSigner(), at);
        switch (status.state()) {
            case REVOKED:
                return new VerificationResult(VerificationReason.REVOKED, "Revoked at " + status.revokedAt()
                        + " according to " + status.source(), signer, reading.signingTime(), algorithm, at);
            case UNKNOWN:
                return new VerificationResult(VerificationReason.REVOCATION_UNKNOWN, status.source() + ": "
                        + status.detail(), signer, reading.signingTime(), algorithm, at);
            default:
                break;
        }
        if (!request.expectedSigner().accepts(signer)) {
            return new VerificationResult(VerificationReason.IDENTITY_MISMATCH,
                    "Neither the certificate's IIN nor its BIN is the applicant's", signer, reading.signingTime(),
                    algorithm, at);
        }
        return new VerificationResult(VerificationReason.VALID, "Not revoked according to " + status.source(), signer,
                reading.signingTime(), algorithm, at);
    }
}
