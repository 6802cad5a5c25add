package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** In-process first; NCANode only for an algorithm the in-process verifier does not know. */
class FallbackSignatureVerifierTest {

    static final TestPki pki = TestPki.shared();
    static final byte[] APPLICATION = "<application/>".getBytes(StandardCharsets.UTF_8);
    static final ExpectedSigner PERSON = ExpectedSigner.identifiedBy(TestPki.PERSON_IIN);

    final LocalHttpServer ncanode = new LocalHttpServer();
    final FallbackSignatureVerifier verifier = new FallbackSignatureVerifier(
            new InProcessSignatureVerifier(pki.trustedChains(),
                    (certificate, issuer, at) -> RevocationStatus.good("test double"),
                    Clock.fixed(TestPki.NOW, ZoneOffset.UTC)),
            NcaNodeSignatureVerifierTest.verifier(ncanode.uri("")));

    @AfterEach
    void stop() {
        ncanode.close();
    }

    @Test
    void whatTheServiceCanCheckItselfNcaNodeIsNotAskedAbout() {
        VerificationResult valid = verifier.verify(VerificationRequest.cmsAttached(
                pki.cms(pki.person, APPLICATION, true), PERSON));
        VerificationResult untrusted = verifier.verify(VerificationRequest.cmsAttached(
                pki.cms(pki.stranger, APPLICATION, true), PERSON));

        assertThat(valid.reason()).isEqualTo(VerificationReason.VALID);
        assertThat(untrusted.reason()).isEqualTo(VerificationReason.UNTRUSTED_CHAIN);
        assertThat(ncanode.requestsTo("/cms/verify")).isZero();
    }

    @Test
    void anAlgorithmTheServiceCannotCheckIsNcaNodesToJudge() {
        ncanode.serving("/xml/verify", 200, "application/json", NcaNodeSignatureVerifierTest.xmlAnswer(true,
                NcaNodeSignatureVerifierTest.certificate(true, TestPki.PERSON_IIN, null,
                        NcaNodeSignatureVerifierTest.good()), null).getBytes(StandardCharsets.UTF_8));
        TestPki.Credential obsolete = pki.person(pki.gostIntermediate, TestPki.KeyKind.GOST_34310_2004,
                TestPki.PERSON_IIN);
        byte[] xml = pki.xml(obsolete, "<application/>", "http://www.w3.org/2001/04/xmldsig-more#gost34310-gost34311",
                "http://www.w3.org/2001/04/xmldsig-more#gost34311", "");

        VerificationResult result = verifier.verify(VerificationRequest.xml(xml, PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.VALID);
        assertThat(result.detail()).startsWith("NCANode");
        assertThat(ncanode.requestsTo("/xml/verify")).isEqualTo(1);
    }

    @Test
    void anNcaNodeThatIsDownIsReportedNotTurnedIntoTheInProcessRefusal() throws Exception {
        FallbackSignatureVerifier withNcaNodeDown = new FallbackSignatureVerifier(
                new InProcessSignatureVerifier(pki.trustedChains(),
                        (certificate, issuer, at) -> RevocationStatus.good("test double"),
                        Clock.fixed(TestPki.NOW, ZoneOffset.UTC)),
                NcaNodeSignatureVerifierTest.verifier(URI.create(RevocationTest.closedPort())));
        TestPki.Credential obsolete = pki.person(pki.gostIntermediate, TestPki.KeyKind.GOST_34310_2004,
                TestPki.PERSON_IIN);
        byte[] xml = pki.xml(obsolete, "<application/>", "http://www.w3.org/2001/04/xmldsig-more#gost34310-gost34311",
                "http://www.w3.org/2001/04/xmldsig-more#gost34311", "");

        assertThatThrownBy(() -> withNcaNodeDown.verify(VerificationRequest.xml(xml, PERSON)))
                .isInstanceOf(VerifierUnavailableException.class);
    }
}
