package kz.reglament.signature;

import java.time.Instant;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * OCSP first, where a responder is configured, then CRLs. The first source that decides wins; when none can,
 * the status is unknown, which never passes for good.
 */
final class RevocationSources implements RevocationChecker {

    private final OcspClient ocsp;
    private final CrlSource crls;

    /** @param ocsp {@code null} when no responder is configured */
    RevocationSources(OcspClient ocsp, CrlSource crls) {
        this.ocsp = ocsp;
        this.crls = crls;
    }

    @Override
    public RevocationStatus check(X509CertificateHolder certificate, X509CertificateHolder issuer, Instant at) {
        RevocationStatus online = null;
        if (ocsp != null) {
            online = ocsp.check(certificate, issuer, at);
            if (online.decided()) {
                return online;
            }
        }
        RevocationStatus listed = crls.check(certificate, issuer, at);
        if (listed.decided() || online == null) {
            return listed;
        }
        return RevocationStatus.unknown(OcspClient.SOURCE + ", " + CrlSource.SOURCE,
                online.detail() + "; " + listed.detail());
    }
}
