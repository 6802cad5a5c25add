package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GOST keys made with BouncyCastle in the NCA's encoding, under a GOST 34.10-2015 (512) hierarchy whose CRL is
 * GOST-signed too: what the in-process verifier claims beyond the NCA's own test signatures.
 */
class GostSignatureTest {

    static final TestPki pki = TestPki.shared();
    static final String APPLICATION = "<application><service>medical-licence-issue</service></application>";
    static final ExpectedSigner PERSON = ExpectedSigner.identifiedBy(TestPki.PERSON_IIN);

    @TempDir
    Path directory;
    InProcessSignatureVerifier verifier;

    @BeforeEach
    void verifierWithTheGostIntermediatesCrl() throws Exception {
        Path crl = directory.resolve("gost.crl");
        Files.write(crl, pki.crl(pki.gostIntermediate, TestPki.NOW.minus(Duration.ofHours(1)),
                TestPki.NOW.plus(Duration.ofDays(1)), Map.of()).getEncoded());
        Clock clock = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);
        verifier = new InProcessSignatureVerifier(pki.trustedChains(), new RevocationSources(null,
                new CrlSource(List.of(crl), false, new HttpFetcher(Duration.ofSeconds(1)), Duration.ofHours(1), clock)),
                clock);
    }

    @ParameterizedTest
    @EnumSource(value = TestPki.KeyKind.class, names = {"GOST_2015_512", "GOST_2015_256", "GOST_34310_2004"})
    void cmsSignaturesOfEveryNcaGostKeyTypeAreValid(TestPki.KeyKind kind) {
        TestPki.Credential signer = pki.person(pki.gostIntermediate, kind, TestPki.PERSON_IIN);
        byte[] content = APPLICATION.getBytes(StandardCharsets.UTF_8);

        VerificationResult attached = verifier.verify(VerificationRequest.cmsAttached(
                pki.cms(signer, content, true), PERSON));
        VerificationResult detached = verifier.verify(VerificationRequest.cmsDetached(
                pki.cms(signer, content, false), content, PERSON));

        assertThat(attached.reason()).as(attached.detail()).isEqualTo(VerificationReason.VALID);
        assertThat(detached.reason()).as(detached.detail()).isEqualTo(VerificationReason.VALID);
        assertThat(attached.algorithm()).isEqualTo(SigningAlgorithm.valueOf(kind.name()).displayName());
    }

    @ParameterizedTest
    @EnumSource(value = TestPki.KeyKind.class, names = {"GOST_2015_512", "GOST_2015_256"})
    void xmlSignaturesOfGost2015KeysAreValid(TestPki.KeyKind kind) {
        TestPki.Credential signer = pki.person(pki.gostIntermediate, kind, TestPki.PERSON_IIN);

        VerificationResult result = verifier.verify(VerificationRequest.xml(pki.xml(signer, APPLICATION), PERSON));

        assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
        assertThat(result.algorithm()).isEqualTo(SigningAlgorithm.valueOf(kind.name()).displayName());
    }

    @ParameterizedTest
    @EnumSource(value = TestPki.KeyKind.class, names = {"GOST_2015_512", "GOST_2015_256", "GOST_34310_2004"})
    void aChangedGostSignatureIsAltered(TestPki.KeyKind kind) {
        TestPki.Credential signer = pki.person(pki.gostIntermediate, kind, TestPki.PERSON_IIN);
        byte[] cms = TestPki.withSignatureValueChanged(pki.cms(signer, APPLICATION.getBytes(StandardCharsets.UTF_8), true));

        assertThat(verifier.verify(VerificationRequest.cmsAttached(cms, PERSON)).reason())
                .isEqualTo(VerificationReason.CONTENT_ALTERED);
    }

    @Test
    void xmlSignaturesOfObsoleteGost34310KeysAreUnsupported() {
        TestPki.Credential signer = pki.person(pki.gostIntermediate, TestPki.KeyKind.GOST_34310_2004,
                TestPki.PERSON_IIN);
        byte[] xml = pki.xml(signer, APPLICATION, "http://www.w3.org/2001/04/xmldsig-more#gost34310-gost34311",
                "http://www.w3.org/2001/04/xmldsig-more#gost34311", "");

        VerificationResult result = verifier.verify(VerificationRequest.xml(xml, PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.UNSUPPORTED_ALGORITHM);
        assertThat(result.signer().iin()).isEqualTo(TestPki.PERSON_IIN);
    }

    @Test
    void aGostKeyCannotPassForAnRsaSignature() throws Exception {
        TestPki.Credential gost = pki.person(pki.gostIntermediate, TestPki.KeyKind.GOST_2015_512, TestPki.PERSON_IIN);
        String rsaSigned = new String(pki.xml(pki.person, APPLICATION), StandardCharsets.UTF_8);
        String person = Base64.getEncoder().encodeToString(pki.person.certificate().getEncoded());
        byte[] swapped = rsaSigned.replace(person, Base64.getEncoder().encodeToString(gost.certificate().getEncoded()))
                .getBytes(StandardCharsets.UTF_8);

        VerificationResult result = verifier.verify(VerificationRequest.xml(swapped, PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.UNSUPPORTED_ALGORITHM);
    }
}
