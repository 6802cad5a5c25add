package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.crypto.Signer;
import org.junit.jupiter.api.Test;

/**
 * Signatures made by the NCA's own software (NCALayer, the Kalkan library) with keys of the NCA's public test PKI:
 * the evidence that the in-process GOST support reads what the NCA's clients produce, byte order and all.
 */
class NcaInteroperabilityTest {

    static final Path NCA_TEST = Path.of("src/test/resources/signature/nca-test");
    static final String LEGAL_ENTITY_HEAD_IIN = "123456789011";
    static final String LEGAL_ENTITY_BIN = "123456789021";

    final X509CertificateHolder ncaGostTestCa = read("nca-gost-test-2022.pem");
    final RevocationChecker notRevoked = (certificate, issuer, at) -> RevocationStatus.good("test double");
    final InProcessSignatureVerifier verifier = new InProcessSignatureVerifier(
            new CertificateChains(List.of(ncaGostTestCa), List.of()), notRevoked,
            Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aLegalEntitysGost2015CmsFromTheNcaSoftwareIsValid() throws IOException {
        byte[] cms = bytes("legal-entity-first-head-gost2015.p7s");

        VerificationResult result = verifier.verify(VerificationRequest.cmsAttached(cms,
                ExpectedSigner.identifiedBy(LEGAL_ENTITY_BIN)).at(Instant.parse("2024-07-22T12:33:00Z")));

        assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
        assertThat(result.algorithm()).isEqualTo("GOST 34.10-2015 (512)");
        assertThat(result.signingTime()).isEqualTo(Instant.parse("2024-07-22T12:32:50Z"));
        assertThat(result.signer().bin()).isEqualTo(LEGAL_ENTITY_BIN);
        assertThat(result.signer().iin()).isEqualTo(LEGAL_ENTITY_HEAD_IIN);
        assertThat(result.signer().roles()).containsExactlyInAnyOrder(SignerRole.LEGAL_ENTITY, SignerRole.FIRST_HEAD);
    }

    @Test
    void theSameCmsWithOneSignatureByteChangedIsAltered() throws Exception {
        byte[] cms = TestPki.withSignatureValueChanged(bytes("legal-entity-first-head-gost2015.p7s"));

        VerificationResult result = verifier.verify(VerificationRequest.cmsAttached(cms,
                ExpectedSigner.identifiedBy(LEGAL_ENTITY_BIN)).at(Instant.parse("2024-07-22T12:33:00Z")));

        assertThat(result.reason()).isEqualTo(VerificationReason.CONTENT_ALTERED);
        assertThat(result.signer().bin()).as("a refusal still says whose signature it was").isEqualTo(LEGAL_ENTITY_BIN);
    }

    @Test
    void anIndividualsGost2015XmlFromNcalayerIsValid() throws IOException {
        byte[] xml = bytes("individual-gost2015.xml");

        VerificationResult result = verifier.verify(VerificationRequest.xml(xml,
                ExpectedSigner.identifiedBy(LEGAL_ENTITY_HEAD_IIN)).at(Instant.parse("2024-01-10T09:00:00Z")));

        assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
        assertThat(result.algorithm()).isEqualTo("GOST 34.10-2015 (512)");
        assertThat(result.signer().iin()).isEqualTo(LEGAL_ENTITY_HEAD_IIN);
        assertThat(result.signer().bin()).isNull();
    }

    @Test
    void theSameXmlWithItsTextChangedIsAltered() throws IOException {
        byte[] xml = new String(bytes("individual-gost2015.xml"), StandardCharsets.UTF_8)
                .replace("<xml>test<", "<xml>tent<").getBytes(StandardCharsets.UTF_8);

        VerificationResult result = verifier.verify(VerificationRequest.xml(xml,
                ExpectedSigner.identifiedBy(LEGAL_ENTITY_HEAD_IIN)).at(Instant.parse("2024-01-10T09:00:00Z")));

        assertThat(result.reason()).isEqualTo(VerificationReason.CONTENT_ALTERED);
    }

    @Test
    void theNcaTestCaSignedItsSubscribersCertificateWithGost2015() throws Exception {
        CMSSignedData cms = new CMSSignedData(bytes("legal-entity-first-head-gost2015.p7s"));
        X509CertificateHolder subscriber = signerCertificate(cms, cms.getSignerInfos().getSigners().iterator().next());

        assertThat(Certificates.issuedBy(subscriber, ncaGostTestCa)).isTrue();
        assertThat(Certificates.issuedBy(subscriber, subscriber)).isFalse();
    }

    @Test
    void theNcaTimestampAuthoritysGost2004SignatureVerifies() throws Exception {
        CMSSignedData cms = new CMSSignedData(bytes("legal-entity-first-head-gost2015.p7s"));
        Attribute timestamp = cms.getSignerInfos().getSigners().iterator().next().getUnsignedAttributes()
                .get(new ASN1ObjectIdentifier("1.2.840.113549.1.9.16.2.14"));
        CMSSignedData token = new CMSSignedData(timestamp.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded());
        SignerInformation tsa = token.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder tsaCertificate = signerCertificate(token, tsa);
        byte[] signedAttributes = tsa.getEncodedSignedAttributes();

        assertThat(SigningAlgorithm.forCms(new ASN1ObjectIdentifier(tsa.getDigestAlgOID()),
                new ASN1ObjectIdentifier(tsa.getEncryptionAlgOID()))).contains(SigningAlgorithm.GOST_34310_2004);
        assertThat(verifies(tsaCertificate, signedAttributes, tsa.getSignature())).isTrue();
        signedAttributes[signedAttributes.length - 1] ^= 1;
        assertThat(verifies(tsaCertificate, signedAttributes, tsa.getSignature())).isFalse();
    }

    @Test
    void aCmsWithTwoSignersIsNotAnApplicationSignature() throws IOException {
        VerificationResult result = verifier.verify(VerificationRequest.cmsAttached(
                bytes("individual-gost2015-and-rsa.p7s"), ExpectedSigner.identifiedBy(LEGAL_ENTITY_HEAD_IIN)));

        assertThat(result.reason()).isEqualTo(VerificationReason.MALFORMED);
        assertThat(result.detail()).contains("2 signatures");
    }

    private static boolean verifies(X509CertificateHolder certificate, byte[] signed, byte[] signature)
            throws Exception {
        Signer verifier = SignatureKey.of(certificate.getSubjectPublicKeyInfo())
                .verifier(SigningAlgorithm.GOST_34310_2004);
        verifier.update(signed, 0, signed.length);
        return SignatureKey.verifiesQuietly(verifier, signature);
    }

    @SuppressWarnings("unchecked")
    private static X509CertificateHolder signerCertificate(CMSSignedData cms, SignerInformation signer) {
        return (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(NCA_TEST.resolve(name))) {
            return in.readAllBytes();
        }
    }

    static X509CertificateHolder read(String name) {
        try {
            return Certificates.read(NCA_TEST.resolve(name)).get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
