package kz.reglament.signature;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;

/** A local OCSP responder built with BouncyCastle, whose answers a test sets. */
final class TestOcspResponder implements AutoCloseable {

    enum Nonce {
        ECHOED, OMITTED, WRONG
    }

    private final TestPki pki;
    private final LocalHttpServer server = new LocalHttpServer();

    volatile CertificateStatus status = CertificateStatus.GOOD;
    volatile TestPki.Credential signer;
    volatile Nonce nonce = Nonce.ECHOED;
    volatile Instant thisUpdate = TestPki.NOW.minus(Duration.ofMinutes(1));
    volatile int responseStatus = OCSPRespBuilder.SUCCESSFUL;

    TestOcspResponder(TestPki pki) {
        this.pki = pki;
        this.signer = pki.rsaIntermediate;
        server.on("/ocsp", exchange -> LocalHttpServer.respond(exchange, 200, "application/ocsp-response",
                answer(exchange.getRequestBody().readAllBytes())));
    }

    URI uri() {
        return server.uri("/ocsp");
    }

    int requests() {
        return server.requestsTo("/ocsp");
    }

    static CertificateStatus revokedAt(Instant at) {
        return new RevokedStatus(Date.from(at), 1);
    }

    static CertificateStatus unknown() {
        return new UnknownStatus();
    }

    private byte[] answer(byte[] body) throws IOException {
        try {
            if (responseStatus != OCSPRespBuilder.SUCCESSFUL) {
                return new OCSPRespBuilder().build(responseStatus, null).getEncoded();
            }
            OCSPReq request = new OCSPReq(body);
            TestPki.Credential responder = signer;
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(responder.subject()));
            for (Req single : request.getRequestList()) {
                builder.addResponse(single.getCertID(), status, Date.from(thisUpdate),
                        Date.from(thisUpdate.plus(Duration.ofHours(1))), null);
            }
            Extension sent = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce == Nonce.ECHOED && sent != null) {
                builder.setResponseExtensions(new Extensions(sent));
            } else if (nonce == Nonce.WRONG) {
                builder.setResponseExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                        false, new DEROctetString(new byte[16]).getEncoded())));
            }
            X509CertificateHolder[] chain = responder == pki.rsaIntermediate ? null
                    : new X509CertificateHolder[] {responder.certificate()};
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                    builder.build(pki.signer(responder.privateKey()), chain, Date.from(thisUpdate))).getEncoded();
        } catch (OCSPException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
