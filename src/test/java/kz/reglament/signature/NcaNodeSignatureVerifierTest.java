package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NCANode adapter against a stand-in that answers as NCANode v3 does. */
class NcaNodeSignatureVerifierTest {

    static final TestPki pki = TestPki.shared();
    static final byte[] APPLICATION = "<application/>".getBytes(StandardCharsets.UTF_8);
    static final ExpectedSigner ORGANISATION = ExpectedSigner.identifiedBy(TestPki.ORGANISATION_BIN);
    static final Instant NOW = TestPki.NOW;

    final LocalHttpServer ncanode = new LocalHttpServer();
    final AtomicReference<String> lastPath = new AtomicReference<>();
    final AtomicReference<String> lastBody = new AtomicReference<>();
    final AtomicInteger status = new AtomicInteger(200);
    final AtomicReference<String> answer = new AtomicReference<>();
    final AtomicLong delayMillis = new AtomicLong();
    final NcaNodeSignatureVerifier verifier;

    NcaNodeSignatureVerifierTest() {
        LocalHttpServer.Handler handler = exchange -> {
            lastPath.set(exchange.getRequestURI().getPath());
            lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            LocalHttpServer.stall(exchange, delayMillis.get());
            LocalHttpServer.respond(exchange, status.get(), "application/json",
                    answer.get().getBytes(StandardCharsets.UTF_8));
        };
        ncanode.on("/cms/verify", handler).on("/xml/verify", handler);
        verifier = verifier(ncanode.uri(""));
    }

    @AfterEach
    void stop() {
        ncanode.close();
    }

    static NcaNodeSignatureVerifier verifier(URI url) {
        return new NcaNodeSignatureVerifier(url, Duration.ofSeconds(1), Duration.ofMillis(700), List.of("OCSP"),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aValidAttachedCmsIsTheApplicantsWithTheRolesNcaNodeNames() throws Exception {
        answer.set(cmsAnswer(true, certificate(true, TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN, good()), null));
        byte[] cms = pki.cms(pki.organisationHead, APPLICATION, true);

        VerificationResult result = verifier.verify(VerificationRequest.cmsAttached(cms, ORGANISATION));

        assertThat(result.reason()).isEqualTo(VerificationReason.VALID);
        assertThat(result.signer().bin()).isEqualTo(TestPki.ORGANISATION_BIN);
        assertThat(result.signer().iin()).isEqualTo(TestPki.HEAD_IIN);
        assertThat(result.signer().roles()).containsExactlyInAnyOrder(SignerRole.LEGAL_ENTITY, SignerRole.FIRST_HEAD);
        assertThat(result.signer().certificateSerial()).isEqualTo("7ad24b1ba3a0c961");
        assertThat(result.signingTime()).isEqualTo(Instant.parse("2026-03-17T04:59:00Z"));
        assertThat(result.algorithm()).isEqualTo("ECGOST3410-2015-512");
        assertThat(result.checkedAt()).isEqualTo(NOW);
        assertThat(lastPath.get()).isEqualTo("/cms/verify");
        JsonNode request = new ObjectMapper().readTree(lastBody.get());
        assertThat(Base64.getDecoder().decode(request.path("cms").asText())).isEqualTo(cms);
        assertThat(request.has("data")).isFalse();
        assertThat(request.path("revocationCheck").toString()).isEqualTo("[\"OCSP\"]");
    }

    @Test
    void aDetachedCmsTravelsWithItsContent() throws Exception {
        answer.set(cmsAnswer(true, certificate(true, TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN, good()), null));

        verifier.verify(VerificationRequest.cmsDetached(pki.cms(pki.organisationHead, APPLICATION, false),
                APPLICATION, ORGANISATION));

        JsonNode request = new ObjectMapper().readTree(lastBody.get());
        assertThat(Base64.getDecoder().decode(request.path("data").asText())).isEqualTo(APPLICATION);
    }

    @Test
    void aValidXmlGoesToXmlVerify() throws Exception {
        answer.set(xmlAnswer(true, certificate(true, TestPki.PERSON_IIN, null, good()), null));
        byte[] xml = pki.xml(pki.person, "<application/>");

        VerificationResult result = verifier.verify(VerificationRequest.xml(xml,
                ExpectedSigner.identifiedBy(TestPki.PERSON_IIN)));

        assertThat(result.reason()).isEqualTo(VerificationReason.VALID);
        assertThat(lastPath.get()).isEqualTo("/xml/verify");
        assertThat(new ObjectMapper().readTree(lastBody.get()).path("xml").asText())
                .isEqualTo(new String(xml, StandardCharsets.UTF_8));
    }

    @Test
    void aValidSignatureOfSomeoneElseIsAnIdentityMismatch() {
        answer.set(cmsAnswer(true, certificate(true, TestPki.PERSON_IIN, null, good()), null));

        assertThat(verifyCms().reason()).isEqualTo(VerificationReason.IDENTITY_MISMATCH);
    }

    @ParameterizedTest
    @CsvSource({"SIG_CRYPTO_FAILURE, CONTENT_ALTERED", "CERT_HASH_MISMATCH, CONTENT_ALTERED",
        "CHAIN_INCOMPLETE, UNTRUSTED_CHAIN", "CERT_REVOKED, REVOKED", "REVOKED_NO_POE, REVOKED",
        "REVOCATION_DATA_MISSING, REVOCATION_UNKNOWN", "FORMAT_FAILURE, MALFORMED",
        "NO_SIGNING_CERTIFICATE_FOUND, MALFORMED", "TIMESTAMP_INVALID, MALFORMED"})
    void eachSubIndicationHasItsReason(String subIndication, VerificationReason reason) {
        String certificate = certificate(false, TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN, good());

        answer.set(cmsAnswer(false, certificate, subIndication));
        assertThat(verifyCms().reason()).isEqualTo(reason);

        answer.set(xmlAnswer(false, certificate, subIndication));
        assertThat(verifier.verify(VerificationRequest.xml(pki.xml(pki.organisationHead, "<application/>"),
                ORGANISATION)).reason()).isEqualTo(reason);
    }

    @Test
    void aCertificateOutOfItsValidityIsExpiredOrNotYetValid() {
        answer.set(cmsAnswer(false, certificate(false, TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN, good(),
                NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(35))), "OUT_OF_BOUNDS_NO_POE"));
        assertThat(verifyCms().reason()).isEqualTo(VerificationReason.EXPIRED);

        answer.set(cmsAnswer(false, certificate(false, TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN, good(),
                NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(400))), "OUT_OF_BOUNDS_NO_POE"));
        assertThat(verifyCms().reason()).isEqualTo(VerificationReason.NOT_YET_VALID);
    }

    @Test
    void olderNcaNodeAnswersAreReadFromTheCertificatePart() {
        answer.set(cmsAnswer(false, certificate(false, TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN,
                "[{\"revoked\":true,\"by\":\"OCSP\",\"revocationTime\":\"2026-03-01T00:00:00.000+00:00\"}]"), null));
        assertThat(verifyCms().reason()).isEqualTo(VerificationReason.REVOKED);

        answer.set(cmsAnswer(false, certificate(false, TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN, good()), null));
        assertThat(verifyCms().reason()).isEqualTo(VerificationReason.UNTRUSTED_CHAIN);

        answer.set(cmsAnswer(false, certificate(true, TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN, good()), null));
        assertThat(verifyCms().reason()).isEqualTo(VerificationReason.CONTENT_ALTERED);

        answer.set(cmsAnswer(false, certificate(false, TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN, "[]"), null));
        assertThat(verifyCms().reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);

        answer.set(cmsAnswer(false, certificate(false, TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN, good(),
                NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(35))), null));
        assertThat(verifyCms().reason()).isEqualTo(VerificationReason.EXPIRED);
    }

    @Test
    void anUnknownSubIndicationIsNotAVerdict() {
        answer.set(cmsAnswer(false, certificate(false, TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN, good()),
                "SOMETHING_NEW"));

        assertThatThrownBy(this::verifyCms).isInstanceOf(VerifierUnavailableException.class)
                .hasMessageContaining("SOMETHING_NEW");
    }

    @Test
    void aServerErrorIsReportedAsUnavailable() {
        status.set(500);
        answer.set("{\"status\":500,\"message\":\"Internal Server Error\"}");

        assertThatThrownBy(this::verifyCms).isInstanceOf(VerifierUnavailableException.class)
                .hasMessageContaining("HTTP 500");
    }

    @Test
    void aRefusalOfAWellFormedSignatureIsNcaNodesFailureNotTheApplicants() {
        status.set(400);
        answer.set("{\"status\":400,\"message\":\"Connection reset while loading CRL\"}");

        assertThatThrownBy(this::verifyCms).isInstanceOf(VerifierUnavailableException.class)
                .hasMessageContaining("HTTP 400 to a well-formed signature");
    }

    @Test
    void anAnswerThatIsNotNcaNodesIsReportedAsUnavailable() {
        answer.set("<html><body>Bad gateway</body></html>");
        assertThatThrownBy(this::verifyCms).isInstanceOf(VerifierUnavailableException.class)
                .hasMessageContaining("not JSON");

        answer.set("{\"status\":200,\"message\":\"OK\"}");
        assertThatThrownBy(this::verifyCms).isInstanceOf(VerifierUnavailableException.class)
                .hasMessageContaining("not understood");
    }

    @Test
    void anNcaNodeThatDoesNotAnswerInTimeIsUnavailableAfterTheReadTimeout() {
        answer.set(cmsAnswer(true, certificate(true, TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN, good()), null));
        delayMillis.set(3000);
        // The stand-in answers validly after 3 s: only the read timeout can make this unavailable.
        assertThatThrownBy(this::verifyCms).isInstanceOf(VerifierUnavailableException.class)
                .hasMessageContaining("did not answer");
    }

    @Test
    void anNcaNodeThatIsNotThereIsUnavailable() throws Exception {
        NcaNodeSignatureVerifier nowhere = verifier(URI.create(RevocationTest.closedPort()));

        assertThatThrownBy(() -> nowhere.verify(VerificationRequest.cmsAttached(
                pki.cms(pki.organisationHead, APPLICATION, true), ORGANISATION)))
                .isInstanceOf(VerifierUnavailableException.class);
    }

    @Test
    void whatIsWrongWithTheSignaturesFormIsDecidedWithoutAsking() {
        VerificationResult garbage = verifier.verify(VerificationRequest.cmsAttached(
                "garbage".getBytes(StandardCharsets.UTF_8), ORGANISATION));
        VerificationResult otherContent = verifier.verify(VerificationRequest.cmsAttached(
                pki.cms(pki.organisationHead, APPLICATION, true), "<other/>".getBytes(StandardCharsets.UTF_8),
                ORGANISATION));
        VerificationResult notXml = verifier.verify(VerificationRequest.xml(
                "<unclosed>".getBytes(StandardCharsets.UTF_8), ORGANISATION));

        assertThat(garbage.reason()).isEqualTo(VerificationReason.MALFORMED);
        assertThat(otherContent.reason()).isEqualTo(VerificationReason.CONTENT_ALTERED);
        assertThat(notXml.reason()).isEqualTo(VerificationReason.MALFORMED);
        assertThat(ncanode.requestsTo("/cms/verify") + ncanode.requestsTo("/xml/verify")).isZero();
    }

    private VerificationResult verifyCms() {
        return verifier.verify(VerificationRequest.cmsAttached(pki.cms(pki.organisationHead, APPLICATION, true),
                ORGANISATION));
    }

    static String good() {
        return "[{\"revoked\":false,\"by\":\"OCSP\",\"revocationTime\":null,\"reason\":null}]";
    }

    static String certificate(boolean valid, String iin, String bin, String revocations) {
        return certificate(valid, iin, bin, revocations, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(335)));
    }

    /** A CertificateInfo as NCANode writes it: dates with offsets, the subject parsed from the DN. */
    static String certificate(boolean valid, String iin, String bin, String revocations, Instant notBefore,
            Instant notAfter) {
        String keyUser = bin == null ? "[\"INDIVIDUAL\"]" : "[\"CEO\",\"ORGANIZATION\"]";
        String dn = "CN=ТЕСТОВ ТЕСТ, SERIALNUMBER=IIN" + iin + (bin == null ? "" : ", OU=BIN" + bin) + ", C=KZ";
        return "{\"valid\":" + valid + ",\"revocations\":" + revocations + ",\"notBefore\":\"" + date(notBefore)
                + "\",\"notAfter\":\"" + date(notAfter) + "\",\"keyUsage\":\"SIGN\","
                + "\"serialNumber\":\"7ad24b1ba3a0c961\",\"signAlg\":\"ECGOST3410-2015-512\",\"keyUser\":" + keyUser
                + ",\"publicKey\":\"AQEGCiqDDgMKAQMBAQADQwAEQNCA\",\"signature\":\"wRgLVl6m2wBifamg\","
                + "\"subject\":{\"commonName\":\"ТЕСТОВ ТЕСТ\",\"surName\":\"ТЕСТОВ\",\"iin\":\"" + iin + "\","
                + (bin == null ? "" : "\"bin\":\"" + bin + "\",") + "\"country\":\"KZ\",\"dn\":\"" + dn + "\"},"
                + "\"issuer\":{\"commonName\":\"ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST)\",\"country\":\"KZ\","
                + "\"dn\":\"CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST), C=KZ\"}}";
    }

    static String cmsAnswer(boolean valid, String certificate, String subIndication) {
        String ades = subIndication == null ? "" : ",\"status\":\"" + (valid ? "VALID" : "INVALID")
                + "\",\"subIndication\":\"" + subIndication + "\"";
        return "{\"status\":200,\"message\":\"OK\",\"valid\":" + valid + ",\"signers\":[{\"certificates\":["
                + certificate + "],\"tsp\":{\"serialNumber\":\"ec0699173c3b3bfa\",\"genTime\":\""
                + date(NOW.minus(Duration.ofMinutes(1))) + "\",\"policy\":\"1.2.398.3.3.2.6.4\"}" + ades + "}]}";
    }

    static String xmlAnswer(boolean valid, String certificate, String subIndication) {
        String ades = subIndication == null ? "" : ",\"adesStatus\":\"INVALID\",\"adesSubIndication\":\""
                + subIndication + "\"";
        return "{\"status\":200,\"message\":\"OK\",\"valid\":" + valid + ",\"signers\":[" + certificate + "]" + ades
                + "}";
    }

    static String date(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx").format(instant.atOffset(ZoneOffset.UTC));
    }
}
