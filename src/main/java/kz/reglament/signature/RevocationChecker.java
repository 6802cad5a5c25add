package kz.reglament.signature;

import java.time.Instant;
import org.bouncycastle.cert.X509CertificateHolder;

/** Tells whether a certificate was revoked at a given moment, asking its issuer's OCSP responder or CRLs. */
interface RevocationChecker {

    RevocationStatus check(X509CertificateHolder certificate, X509CertificateHolder issuer, Instant at);
}
