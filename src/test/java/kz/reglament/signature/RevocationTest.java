package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revocation over the network: CRL distribution points served over HTTP, and an OCSP responder. */
class RevocationTest {

    static final TestPki pki = TestPki.shared();
    static final byte[] APPLICATION = "<application/>".getBytes(StandardCharsets.UTF_8);
    static final ExpectedSigner PERSON = ExpectedSigner.identifiedBy(TestPki.PERSON_IIN);
    static final Duration TIMEOUT = Duration.ofMillis(700);
    static final Clock CLOCK = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);

    static VerificationResult verify(InProcessSignatureVerifier verifier, TestPki.Credential signer) {
        return verifier.verify(VerificationRequest.cmsAttached(pki.cms(signer, APPLICATION, true), PERSON));
    }

    @Nested
    class CrlDistributionPoints {

        final LocalHttpServer server = new LocalHttpServer();
        final AtomicReference<byte[]> baseCrl = new AtomicReference<>(crl(Map.of()));
        final AtomicReference<byte[]> deltaCrl = new AtomicReference<>();
        final AtomicInteger status = new AtomicInteger(200);
        Duration cacheTime = Duration.ofHours(1);

        CrlDistributionPoints() {
            server.on("/crl/nca_rsa.crl", exchange -> LocalHttpServer.respond(exchange, status.get(),
                    "application/pkix-crl", status.get() == 200 ? baseCrl.get() : new byte[0]));
            server.on("/crl/nca_d_rsa.crl", exchange -> LocalHttpServer.respond(exchange,
                    deltaCrl.get() == null ? 404 : 200, "application/pkix-crl",
                    deltaCrl.get() == null ? new byte[0] : deltaCrl.get()));
            server.on("/crl/slow.crl", exchange -> {
                LocalHttpServer.stall(exchange, 3000);
                LocalHttpServer.respond(exchange, 200, "application/pkix-crl", baseCrl.get());
            });
        }

        @AfterEach
        void stop() {
            server.close();
        }

        InProcessSignatureVerifier verifier() {
            return new InProcessSignatureVerifier(pki.trustedChains(), new RevocationSources(null,
                    new CrlSource(List.of(), true, new HttpFetcher(TIMEOUT), cacheTime, CLOCK)), CLOCK);
        }

        TestPki.Credential signerNaming(String... paths) {
            return pki.person(pki.rsaIntermediate, TestPki.KeyKind.RSA, TestPki.PERSON_IIN,
                    TestPki.distributionPoints(Extension.cRLDistributionPoints, server.uri(paths[0]).toString()));
        }

        @Test
        void theCertificatesOwnCrlVouchesForIt() {
            VerificationResult result = verify(verifier(), signerNaming("/crl/nca_rsa.crl"));

            assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
            assertThat(result.detail()).contains("CRL");
        }

        @Test
        void aCertificateListedThereIsRevoked() {
            TestPki.Credential signer = signerNaming("/crl/nca_rsa.crl");
            baseCrl.set(crl(Map.of(signer.certificate().getSerialNumber(), TestPki.NOW.minus(Duration.ofDays(1)))));

            assertThat(verify(verifier(), signer).reason()).isEqualTo(VerificationReason.REVOKED);
        }

        @Test
        void aFetchedCrlIsKeptUntilItsCacheTimeEnds() {
            InProcessSignatureVerifier verifier = verifier();
            TestPki.Credential signer = signerNaming("/crl/nca_rsa.crl");

            verify(verifier, signer);
            verify(verifier, signer);

            assertThat(server.requestsTo("/crl/nca_rsa.crl")).isEqualTo(1);
        }

        @Test
        void aCurrentCrlStillCountsWhileItsServerFails() {
            cacheTime = Duration.ZERO;
            InProcessSignatureVerifier verifier = verifier();
            TestPki.Credential signer = signerNaming("/crl/nca_rsa.crl");
            verify(verifier, signer);
            status.set(503);

            VerificationResult result = verify(verifier, signer);

            assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
            assertThat(server.requestsTo("/crl/nca_rsa.crl")).isEqualTo(2);
        }

        @Test
        void aFailingServerLeavesTheStatusUnknown() {
            status.set(500);

            VerificationResult result = verify(verifier(), signerNaming("/crl/nca_rsa.crl"));

            assertThat(result.reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
            assertThat(result.detail()).contains("could not be fetched").contains("HTTP 500");
        }

        @Test
        void aServerThatIsNotThereLeavesTheStatusUnknown() throws Exception {
            TestPki.Credential signer = pki.person(pki.rsaIntermediate, TestPki.KeyKind.RSA, TestPki.PERSON_IIN,
                    TestPki.distributionPoints(Extension.cRLDistributionPoints, closedPort() + "/crl/nca_rsa.crl"));

            assertThat(verify(verifier(), signer).reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
        }

        @Test
        void aServerThatDoesNotAnswerInTimeLeavesTheStatusUnknownAfterTheTimeout() {
            // The stand-in answers after its delay: only the timeout can leave the status unknown.
            VerificationResult result = verify(verifier(), signerNaming("/crl/slow.crl"));

            assertThat(result.reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
            assertThat(result.detail()).contains("No complete answer within");
        }

        @Test
        void aDeltaCrlNamedByTheCertificateCountsToo() {
            TestPki.Credential signer = pki.person(pki.rsaIntermediate, TestPki.KeyKind.RSA, TestPki.PERSON_IIN,
                    TestPki.distributionPoints(Extension.cRLDistributionPoints,
                            server.uri("/crl/nca_rsa.crl").toString()),
                    TestPki.distributionPoints(Extension.freshestCRL, server.uri("/crl/nca_d_rsa.crl").toString()));
            deltaCrl.set(encoded(pki.crl(pki.rsaIntermediate, TestPki.NOW.minus(Duration.ofMinutes(10)),
                    TestPki.NOW.plus(Duration.ofHours(1)),
                    Map.of(signer.certificate().getSerialNumber(), TestPki.NOW.minus(Duration.ofMinutes(30))),
                    TestPki.extension(Extension.deltaCRLIndicator, true, new CRLNumber(BigInteger.ONE)))));

            assertThat(verify(verifier(), signer).reason()).isEqualTo(VerificationReason.REVOKED);
        }

        @Test
        void aDeltaCrlThatCannotBeFetchedLeavesTheStatusUnknown() {
            TestPki.Credential signer = pki.person(pki.rsaIntermediate, TestPki.KeyKind.RSA, TestPki.PERSON_IIN,
                    TestPki.distributionPoints(Extension.cRLDistributionPoints,
                            server.uri("/crl/nca_rsa.crl").toString()),
                    TestPki.distributionPoints(Extension.freshestCRL, server.uri("/crl/nca_d_rsa.crl").toString()));

            VerificationResult result = verify(verifier(), signer);

            assertThat(result.reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
            assertThat(result.detail()).contains("delta CRL");
        }

        private byte[] crl(Map<BigInteger, Instant> revoked) {
            return encoded(pki.crl(pki.rsaIntermediate, TestPki.NOW.minus(Duration.ofHours(1)),
                    TestPki.NOW.plus(Duration.ofDays(1)), revoked));
        }
    }

    @Nested
    class Ocsp {

        final TestOcspResponder responder = new TestOcspResponder(pki);
        @TempDir
        Path directory;

        @AfterEach
        void stop() {
            responder.close();
        }

        InProcessSignatureVerifier verifier(URI ocsp, List<Path> crlFiles) {
            HttpFetcher http = new HttpFetcher(TIMEOUT);
            return new InProcessSignatureVerifier(pki.trustedChains(), new RevocationSources(
                    new OcspClient(ocsp, http, CLOCK), new CrlSource(crlFiles, false, http, Duration.ofHours(1), CLOCK)),
                    CLOCK);
        }

        InProcessSignatureVerifier verifier() {
            return verifier(responder.uri(), List.of());
        }

        @Test
        void aGoodAnswerMakesTheSignatureValid() {
            VerificationResult result = verify(verifier(), pki.person);

            assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
            assertThat(result.detail()).contains("OCSP");
            assertThat(responder.requests()).isEqualTo(1);
        }

        @Test
        void aRevokedAnswerRevokes() {
            responder.status = TestOcspResponder.revokedAt(TestPki.NOW.minus(Duration.ofDays(2)));

            VerificationResult result = verify(verifier(), pki.person);

            assertThat(result.reason()).isEqualTo(VerificationReason.REVOKED);
            assertThat(result.detail()).contains("OCSP");
        }

        @Test
        void aResponderThatIsDownLeavesTheStatusUnknownWithoutACrl() throws Exception {
            VerificationResult result = verify(verifier(URI.create(closedPort() + "/ocsp"), List.of()), pki.person);

            assertThat(result.reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
            assertThat(result.disposition()).isEqualTo(VerificationReason.Disposition.RETRY);
            assertThat(result.detail()).contains("OCSP").contains("CRL");
        }

        @Test
        void aResponderThatIsDownGivesWayToTheCrl() throws Exception {
            Path crl = directory.resolve("nca_rsa.crl");
            Files.write(crl, encoded(pki.rsaIntermediateCrl()));

            VerificationResult result = verify(verifier(URI.create(closedPort() + "/ocsp"), List.of(crl)), pki.revoked);

            assertThat(result.reason()).isEqualTo(VerificationReason.REVOKED);
            assertThat(result.detail()).contains("CRL");
        }

        @Test
        void anAnswerSignedBySomeoneElseDoesNotCount() {
            responder.signer = pki.issue(pki.strangerRoot, TestPki.KeyKind.RSA, pki.rsaIntermediate.subject(),
                    TestPki.NOW.minus(Duration.ofDays(1)), TestPki.NOW.plus(Duration.ofDays(1)), ocspSigning());

            VerificationResult result = verify(verifier(), pki.person);

            assertThat(result.reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
            assertThat(result.detail()).contains("not signed by the issuing CA or its responder");
        }

        @Test
        void aResponderCertifiedByTheIssuerForOcspMaySign() {
            responder.signer = pki.issue(pki.rsaIntermediate, TestPki.KeyKind.RSA, TestPki.name("TEST OCSP"),
                    TestPki.NOW.minus(Duration.ofDays(1)), TestPki.NOW.plus(Duration.ofDays(30)), ocspSigning());

            assertThat(verify(verifier(), pki.person).reason()).isEqualTo(VerificationReason.VALID);
        }

        @Test
        void anAnswerToAnotherRequestDoesNotCount() {
            responder.nonce = TestOcspResponder.Nonce.WRONG;

            assertThat(verify(verifier(), pki.person).reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
        }

        @Test
        void anAnswerWithoutNonceCountsOnlyWhileFresh() {
            responder.nonce = TestOcspResponder.Nonce.OMITTED;
            assertThat(verify(verifier(), pki.person).reason()).isEqualTo(VerificationReason.VALID);

            responder.thisUpdate = TestPki.NOW.minus(OcspClient.MAXIMUM_AGE_WITHOUT_NONCE).minus(Duration.ofMinutes(1));
            assertThat(verify(verifier(), pki.person).reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
        }

        @Test
        void aResponderThatDoesNotKnowTheCertificateDecidesNothing() {
            responder.status = TestOcspResponder.unknown();

            VerificationResult result = verify(verifier(), pki.person);

            assertThat(result.reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
            assertThat(result.detail()).contains("does not know the certificate");
        }

        @Test
        void aResponderAskingToTryLaterDecidesNothing() {
            responder.responseStatus = OCSPRespBuilder.TRY_LATER;

            assertThat(verify(verifier(), pki.person).reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
        }
    }

    static Extension ocspSigning() {
        return TestPki.extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
    }

    static byte[] encoded(X509CRLHolder crl) {
        try {
            return crl.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An address where nothing listens: a port just released. */
    static String closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
