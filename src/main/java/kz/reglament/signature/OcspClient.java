package kz.reglament.signature;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;

/**
 * Asks the configured OCSP responder about one certificate. The answer counts only if it is signed by the issuing
 * CA or by a responder certificate that CA issued for OCSP signing, is current, and echoes the request's nonce; a
 * responder that omits the nonce must answer with status no older than {@link #MAXIMUM_AGE_WITHOUT_NONCE}.
 */
final class OcspClient {

    static final String SOURCE = "OCSP";
    static final Duration MAXIMUM_AGE_WITHOUT_NONCE = Duration.ofHours(1);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final URI responder;
    private final HttpFetcher http;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final DigestCalculatorProvider digests = new BcDigestCalculatorProvider();

    OcspClient(URI responder, HttpFetcher http, Clock clock) {
        this.responder = responder;
        this.http = http;
        this.clock = clock;
    }

    RevocationStatus check(X509CertificateHolder certificate, X509CertificateHolder issuer, Instant at) {
        try {
            CertificateID id = new CertificateID(digests.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    issuer, certificate.getSerialNumber());
            byte[] nonce = new byte[16];
            random.nextBytes(nonce);
            Extension nonceExtension = new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(nonce).getEncoded());
            byte[] request = new OCSPReqBuilder().addRequest(id)
                    .setRequestExtensions(new Extensions(nonceExtension)).build().getEncoded();
            OCSPResp response = new OCSPResp(http.post(responder, "application/ocsp-request", request));
            if (response.getStatus() != OCSPResp.SUCCESSFUL) {
                return RevocationStatus.unknown(SOURCE, "The responder answered with status " + response.getStatus());
            }
            if (!(response.getResponseObject() instanceof BasicOCSPResp basic)) {
                return RevocationStatus.unknown(SOURCE, "The responder sent no basic response");
            }
            return judge(basic, nonceExtension, certificate, issuer, at);
        } catch (IOException | OCSPException | OperatorCreationException | CertException | RuntimeException e) {
            return RevocationStatus.unknown(SOURCE, "The responder could not be asked: " + e.getMessage());
        }
    }

    private RevocationStatus judge(BasicOCSPResp basic, Extension sentNonce, X509CertificateHolder certificate,
            X509CertificateHolder issuer, Instant at) throws OCSPException, CertException {
        if (!signedByAuthorisedResponder(basic, issuer)) {
            return RevocationStatus.unknown(SOURCE, "The response is not signed by the issuing CA or its responder");
        }
        Instant now = clock.instant();
        Extension echoedNonce = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoedNonce != null && !Arrays.equals(echoedNonce.getExtnValue().getOctets(),
                sentNonce.getExtnValue().getOctets())) {
            return RevocationStatus.unknown(SOURCE, "The response answers another request");
        }
        for (SingleResp single : basic.getResponses()) {
            if (!single.getCertID().getSerialNumber().equals(certificate.getSerialNumber())
                    || !single.getCertID().matchesIssuer(issuer, digests)) {
                continue;
            }
            Instant thisUpdate = single.getThisUpdate().toInstant();
            if (thisUpdate.isAfter(now.plus(CLOCK_SKEW))
                    || single.getNextUpdate() != null && single.getNextUpdate().toInstant().isBefore(now.minus(CLOCK_SKEW))
                    || echoedNonce == null && thisUpdate.isBefore(now.minus(MAXIMUM_AGE_WITHOUT_NONCE))) {
                return RevocationStatus.unknown(SOURCE, "The response is not current");
            }
            CertificateStatus status = single.getCertStatus();
            if (status == CertificateStatus.GOOD) {
                return RevocationStatus.good(SOURCE);
            }
            if (status instanceof RevokedStatus revoked) {
                return RevocationStatus.listed(revoked.getRevocationTime().toInstant(), at, SOURCE);
            }
            return RevocationStatus.unknown(SOURCE, "The responder does not know the certificate");
        }
        return RevocationStatus.unknown(SOURCE, "The response does not mention the certificate");
    }

    private boolean signedByAuthorisedResponder(BasicOCSPResp basic, X509CertificateHolder issuer) {
        if (signs(issuer, basic)) {
            return true;
        }
        Instant now = clock.instant();
        for (X509CertificateHolder responderCertificate : basic.getCerts()) {
            ExtendedKeyUsage usage = ExtendedKeyUsage.fromExtensions(responderCertificate.getExtensions());
            if (usage != null && usage.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)
                    && responderCertificate.getIssuer().equals(issuer.getSubject())
                    && Certificates.validAt(responderCertificate, now)
                    && issues(issuer, responderCertificate) && signs(responderCertificate, basic)) {
                return true;
            }
        }
        return false;
    }

    private static boolean signs(X509CertificateHolder signer, BasicOCSPResp basic) {
        try {
            return SignatureKey.of(signer.getSubjectPublicKeyInfo()).verifies(basic.getSignatureAlgorithmID(),
                    basic.getTBSResponseData(), basic.getSignature());
        } catch (UnsupportedAlgorithmException | MalformedKeyException e) {
            return false;
        }
    }

    private static boolean issues(X509CertificateHolder issuer, X509CertificateHolder certificate) {
        try {
            return Certificates.issuedBy(certificate, issuer);
        } catch (UnsupportedAlgorithmException e) {
            return false;
        }
    }
}
