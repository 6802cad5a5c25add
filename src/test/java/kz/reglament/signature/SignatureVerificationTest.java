package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.utils.Constants;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.CollectionStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** Every reason code, for attached CMS, detached CMS and XML alike, with a CRL file as revocation source. */
class SignatureVerificationTest {

    static final TestPki pki = TestPki.shared();
    static final byte[] APPLICATION = "<application><service>medical-licence-issue</service></application>"
            .getBytes(StandardCharsets.UTF_8);
    static final ExpectedSigner PERSON = ExpectedSigner.identifiedBy(TestPki.PERSON_IIN);

    @TempDir
    Path directory;
    InProcessSignatureVerifier verifier;
    Path crlFile;

    @BeforeEach
    void verifierWithACrlFile() throws Exception {
        crlFile = directory.resolve("intermediate.crl");
        Files.write(crlFile, pki.rsaIntermediateCrl().getEncoded());
        Clock clock = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);
        CrlSource crls = new CrlSource(List.of(crlFile), false, new HttpFetcher(Duration.ofSeconds(2)),
                Duration.ofHours(1), clock);
        verifier = new InProcessSignatureVerifier(pki.trustedChains(), new RevocationSources(null, crls), clock);
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void theApplicantsSignatureIsValid(SignatureFormat format) {
        VerificationResult result = verify(format, sign(format, pki.person), PERSON);

        assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
        assertThat(result.valid()).isTrue();
        assertThat(result.disposition()).isEqualTo(VerificationReason.Disposition.ACCEPT);
        assertThat(result.signer().iin()).isEqualTo(TestPki.PERSON_IIN);
        assertThat(result.signer().bin()).isNull();
        assertThat(result.signer().roles()).containsExactly(SignerRole.INDIVIDUAL);
        assertThat(result.signer().subject()).contains("SERIALNUMBER=IIN" + TestPki.PERSON_IIN);
        assertThat(result.signer().certificateSerial())
                .isEqualTo(pki.person.certificate().getSerialNumber().toString(16));
        assertThat(result.algorithm()).isEqualTo("SHA256withRSA");
        assertThat(result.checkedAt()).isEqualTo(TestPki.NOW);
        assertThat(result.signingTime()).isEqualTo(format == SignatureFormat.XML ? null
                : TestPki.NOW.minus(Duration.ofMinutes(1)));
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void anOrganisationsHeadSignsForItsBin(SignatureFormat format) {
        VerificationResult result = verify(format, sign(format, pki.organisationHead),
                ExpectedSigner.identifiedBy(TestPki.ORGANISATION_BIN));

        assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
        assertThat(result.signer().bin()).isEqualTo(TestPki.ORGANISATION_BIN);
        assertThat(result.signer().iin()).isEqualTo(TestPki.HEAD_IIN);
        assertThat(result.signer().roles()).containsExactlyInAnyOrder(SignerRole.LEGAL_ENTITY, SignerRole.FIRST_HEAD);
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void someoneElsesSignatureIsAnIdentityMismatch(SignatureFormat format) {
        VerificationResult result = verify(format, sign(format, pki.person),
                ExpectedSigner.identifiedBy(TestPki.ORGANISATION_BIN));

        assertThat(result.reason()).isEqualTo(VerificationReason.IDENTITY_MISMATCH);
        assertThat(result.disposition()).isEqualTo(VerificationReason.Disposition.REFUSE);
        assertThat(result.signer().iin()).isEqualTo(TestPki.PERSON_IIN);
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void anExpiredCertificateIsExpired(SignatureFormat format) {
        VerificationResult result = verify(format, sign(format, pki.expired), PERSON);

        assertThat(result.reason()).isEqualTo(VerificationReason.EXPIRED);
        assertThat(result.detail()).contains(pki.expired.certificate().getNotAfter().toInstant().toString());
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void theSameCertificateWasValidWhenTheApplicationArrived(SignatureFormat format) {
        Instant arrival = pki.expired.certificate().getNotAfter().toInstant().minus(Duration.ofDays(1));

        VerificationResult result = verifier.verify(request(format, sign(format, pki.expired), PERSON).at(arrival));

        assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
        assertThat(result.checkedAt()).isEqualTo(arrival);
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void aCertificateNotYetValidIsNotYetValid(SignatureFormat format) {
        assertThat(verify(format, sign(format, pki.notYetValid), PERSON).reason())
                .isEqualTo(VerificationReason.NOT_YET_VALID);
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void aRevokedCertificateIsRevoked(SignatureFormat format) {
        VerificationResult result = verify(format, sign(format, pki.revoked), PERSON);

        assertThat(result.reason()).isEqualTo(VerificationReason.REVOKED);
        assertThat(result.detail()).contains(TestPki.REVOKED_AT.toString()).contains("CRL");
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void aRevocationAfterTheApplicationArrivedDoesNotCount(SignatureFormat format) {
        VerificationResult result = verifier.verify(request(format, sign(format, pki.revoked), PERSON)
                .at(TestPki.REVOKED_AT.minus(Duration.ofHours(1))));

        assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void withoutAnyCrlTheRevocationStatusIsUnknownAndNotTheApplicantsFault(SignatureFormat format) throws Exception {
        Files.delete(crlFile);

        VerificationResult result = verify(format, sign(format, pki.person), PERSON);

        assertThat(result.reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
        assertThat(result.valid()).isFalse();
        assertThat(result.disposition()).isEqualTo(VerificationReason.Disposition.RETRY);
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void aCrlPastItsNextUpdateDoesNotCount(SignatureFormat format) throws Exception {
        Files.write(crlFile, pki.crl(pki.rsaIntermediate, TestPki.NOW.minus(Duration.ofDays(10)),
                TestPki.NOW.minus(Duration.ofDays(3)), Map.of()).getEncoded());

        VerificationResult result = verify(format, sign(format, pki.person), PERSON);

        assertThat(result.reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
        assertThat(result.detail()).contains("past its next update");
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void aCrlSignedByAnotherAuthorityDoesNotCount(SignatureFormat format) throws Exception {
        TestPki.Credential impostor = pki.issue(pki.strangerRoot, TestPki.KeyKind.RSA,
                pki.rsaIntermediate.subject(), TestPki.NOW.minus(Duration.ofDays(1)), TestPki.NOW.plus(Duration.ofDays(1)));
        Files.write(crlFile, pki.crl(impostor, TestPki.NOW.minus(Duration.ofHours(1)), TestPki.NOW.plus(Duration.ofDays(1)),
                Map.of()).getEncoded());

        VerificationResult result = verify(format, sign(format, pki.revoked), PERSON);

        assertThat(result.reason()).isEqualTo(VerificationReason.REVOCATION_UNKNOWN);
        assertThat(result.detail()).contains("not signed by the issuer");
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void aCertificateFromAnotherRootIsUntrusted(SignatureFormat format) {
        VerificationResult result = verify(format, sign(format, pki.stranger), PERSON);

        assertThat(result.reason()).isEqualTo(VerificationReason.UNTRUSTED_CHAIN);
        assertThat(result.signer().iin()).isEqualTo(TestPki.PERSON_IIN);
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void aCertificateIssuedUnderAnExpiredIntermediateIsUntrusted(SignatureFormat format) {
        TestPki.Credential oldIntermediate = pki.authority(pki.rsaRoot, TestPki.KeyKind.RSA,
                TestPki.name("TEST NCA (RSA) 2010"), TestPki.NOW.minus(Duration.ofDays(4000)),
                TestPki.NOW.minus(Duration.ofDays(1)));
        TestPki.Credential signer = pki.person(oldIntermediate, TestPki.KeyKind.RSA, TestPki.PERSON_IIN);
        InProcessSignatureVerifier trustingIt = new InProcessSignatureVerifier(new CertificateChains(
                List.of(pki.rsaRoot.certificate()), List.of(oldIntermediate.certificate())),
                (certificate, issuer, at) -> RevocationStatus.good("test double"), Clock.fixed(TestPki.NOW, ZoneOffset.UTC));

        VerificationResult result = trustingIt.verify(request(format, sign(format, signer), PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.UNTRUSTED_CHAIN);
        assertThat(result.detail()).contains("issuing CA certificate was not valid");
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void anEndEntityCertificatePosingAsIssuerIsUntrusted(SignatureFormat format) {
        TestPki.Credential signer = pki.issue(pki.person, TestPki.KeyKind.RSA, TestPki.personName(TestPki.PERSON_IIN),
                TestPki.NOW.minus(Duration.ofDays(1)), TestPki.NOW.plus(Duration.ofDays(30)),
                TestPki.roles(SignerRole.INDIVIDUAL));
        InProcessSignatureVerifier trustingIt = new InProcessSignatureVerifier(new CertificateChains(
                List.of(pki.rsaRoot.certificate()), List.of(pki.rsaIntermediate.certificate(),
                        pki.person.certificate())),
                (certificate, issuer, at) -> RevocationStatus.good("test double"), Clock.fixed(TestPki.NOW, ZoneOffset.UTC));

        VerificationResult result = trustingIt.verify(request(format, sign(format, signer), PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.UNTRUSTED_CHAIN);
        assertThat(result.detail()).contains("not a CA certificate");
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void garbageIsMalformed(SignatureFormat format) {
        VerificationResult result = verify(format, "not a signature".getBytes(StandardCharsets.UTF_8), PERSON);

        assertThat(result.reason()).isEqualTo(VerificationReason.MALFORMED);
        assertThat(result.signer()).isNull();
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void anEllipticCurveKeyIsNotTheNcasAndUnsupported(SignatureFormat format) throws Exception {
        VerificationResult result = verify(format, ecdsaSignature(format), PERSON);

        assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.UNSUPPORTED_ALGORITHM);
        assertThat(result.disposition()).isEqualTo(VerificationReason.Disposition.REFUSE);
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void aCertificateWithABrokenExtensionIsMalformedNotAnError(SignatureFormat format) {
        TestPki.Credential broken = pki.issue(pki.rsaIntermediate, TestPki.KeyKind.RSA,
                TestPki.personName(TestPki.PERSON_IIN), TestPki.NOW.minus(Duration.ofDays(1)),
                TestPki.NOW.plus(Duration.ofDays(30)), TestPki.extension(Extension.extendedKeyUsage, false,
                        new DERUTF8String("not a key usage")));

        assertThat(verify(format, sign(format, broken), PERSON).reason()).isEqualTo(VerificationReason.MALFORMED);
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void whateverBytesOfASignatureAreChangedTheAnswerIsAValueAndValidOnlyForTheSameContent(SignatureFormat format) {
        byte[] signature = sign(format, pki.person);
        Random random = new Random(20260317);
        for (int attempt = 0; attempt < 300; attempt++) {
            byte[] changed = signature.clone();
            int position = random.nextInt(changed.length);
            changed[position] ^= (byte) (1 + random.nextInt(255));

            VerificationResult result = verify(format, changed, PERSON);

            assertThat(result).as("byte %d", position).isNotNull();
            if (result.valid()) {
                assertThat(signedContent(format, changed)).as("byte %d", position)
                        .isEqualTo(signedContent(format, signature));
            }
        }
    }

    @Test
    void attachedContentOtherThanTheSubmittedOneIsAltered() {
        byte[] cms = pki.cms(pki.person, APPLICATION, true);

        VerificationResult result = verifier.verify(VerificationRequest.cmsAttached(cms,
                "<application>other</application>".getBytes(StandardCharsets.UTF_8), PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.CONTENT_ALTERED);
    }

    @Test
    void attachedContentEqualToTheSubmittedOneIsValid() {
        byte[] cms = pki.cms(pki.person, APPLICATION, true);

        assertThat(verifier.verify(VerificationRequest.cmsAttached(cms, APPLICATION.clone(), PERSON)).reason())
                .isEqualTo(VerificationReason.VALID);
    }

    @Test
    void anAttachedSignatureWithAChangedSignatureValueIsAltered() {
        byte[] cms = TestPki.withSignatureValueChanged(pki.cms(pki.person, APPLICATION, true));

        assertThat(verifier.verify(VerificationRequest.cmsAttached(cms, PERSON)).reason())
                .isEqualTo(VerificationReason.CONTENT_ALTERED);
    }

    @Test
    void detachedContentThatIsNotTheSignedOneIsAltered() {
        byte[] cms = pki.cms(pki.person, APPLICATION, false);

        VerificationResult result = verifier.verify(VerificationRequest.cmsDetached(cms,
                "<application>other</application>".getBytes(StandardCharsets.UTF_8), PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.CONTENT_ALTERED);
        assertThat(result.detail()).contains("message digest");
        assertThat(result.signer().iin()).isEqualTo(TestPki.PERSON_IIN);
    }

    @Test
    void aDetachedSignatureSentAsAttachedIsMalformed() {
        byte[] cms = pki.cms(pki.person, APPLICATION, false);

        VerificationResult result = verifier.verify(VerificationRequest.cmsAttached(cms, PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.MALFORMED);
        assertThat(result.detail()).contains("detached");
    }

    @Test
    void anAttachedSignatureVerifiesAsDetachedWhenItsContentIsTheSubmittedOne() {
        byte[] cms = pki.cms(pki.person, APPLICATION, true);

        assertThat(verifier.verify(VerificationRequest.cmsDetached(cms, APPLICATION, PERSON)).reason())
                .isEqualTo(VerificationReason.VALID);
    }

    @Test
    void aChangedXmlDocumentIsAltered() {
        String signed = new String(pki.xml(pki.person, new String(APPLICATION, StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);

        VerificationResult result = verifier.verify(VerificationRequest.xml(
                signed.replace("medical-licence-issue", "medical-licence-renew").getBytes(StandardCharsets.UTF_8),
                PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.CONTENT_ALTERED);
    }

    @Test
    void anXmlSignatureOverPartOfTheDocumentDoesNotCoverTheApplication() {
        byte[] signed = pki.xml(pki.person, "<application><part Id=\"signed\">x</part><part>y</part></application>",
                SigningAlgorithm.RSA_SHA256.xmlSignatureUri(), SigningAlgorithm.RSA_SHA256.xmlDigestUri(), "#signed");

        VerificationResult result = verifier.verify(VerificationRequest.xml(signed, PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.CONTENT_ALTERED);
        assertThat(result.detail()).contains("only part");
    }

    @Test
    void anXmlDocumentWithTwoSignaturesIsMalformed() {
        String once = new String(pki.xml(pki.person, "<application>x</application>"), StandardCharsets.UTF_8);

        VerificationResult result = verifier.verify(VerificationRequest.xml(pki.xml(pki.person, once), PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.MALFORMED);
    }

    @Test
    void anXmlDocumentWithADoctypeIsRefusedUnread() {
        String signed = new String(pki.xml(pki.person, "<application>x</application>"), StandardCharsets.UTF_8);
        String withEntity = "<!DOCTYPE application [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>" + signed;

        VerificationResult result = verifier.verify(VerificationRequest.xml(
                withEntity.getBytes(StandardCharsets.UTF_8), PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.MALFORMED);
    }

    @Test
    void anXmlSignatureWithSha1IsUnsupported() {
        byte[] signed = pki.xml(pki.person, "<application>x</application>",
                "http://www.w3.org/2000/09/xmldsig#rsa-sha1", SigningAlgorithm.RSA_SHA256.xmlDigestUri(), "");

        VerificationResult result = verifier.verify(VerificationRequest.xml(signed, PERSON));

        assertThat(result.reason()).isEqualTo(VerificationReason.UNSUPPORTED_ALGORITHM);
        assertThat(result.detail()).contains("rsa-sha1");
    }

    @Test
    void aVerificationRequestNeedsTheApplicantsIdentityNumber() {
        assertThatThrownBy(() -> ExpectedSigner.identifiedBy("12345"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExpectedSigner.identifiedBy(null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** What a signature vouches for: the CMS's content, or the XML document without its signature. */
    private static String signedContent(SignatureFormat format, byte[] signature) {
        try {
            return switch (format) {
                case CMS_ATTACHED -> new String((byte[]) new CMSSignedData(signature).getSignedContent().getContent(),
                        StandardCharsets.UTF_8);
                case CMS_DETACHED -> new String(APPLICATION, StandardCharsets.UTF_8);
                case XML -> {
                    Document document = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                            .parse(new ByteArrayInputStream(signature));
                    Node signatureElement = document.getElementsByTagNameNS(Constants.SignatureSpecNS, "Signature")
                            .item(0);
                    signatureElement.getParentNode().removeChild(signatureElement);
                    ByteArrayOutputStream canonical = new ByteArrayOutputStream();
                    Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS)
                            .canonicalizeSubtree(document, canonical);
                    yield canonical.toString(StandardCharsets.UTF_8);
                }
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private VerificationResult verify(SignatureFormat format, byte[] signature, ExpectedSigner expected) {
        return verifier.verify(request(format, signature, expected));
    }

    static VerificationRequest request(SignatureFormat format, byte[] signature, ExpectedSigner expected) {
        return switch (format) {
            case CMS_ATTACHED -> VerificationRequest.cmsAttached(signature, expected);
            case CMS_DETACHED -> VerificationRequest.cmsDetached(signature, APPLICATION, expected);
            case XML -> VerificationRequest.xml(signature, expected);
        };
    }

    static byte[] sign(SignatureFormat format, TestPki.Credential signer) {
        return switch (format) {
            case CMS_ATTACHED -> pki.cms(signer, APPLICATION, true);
            case CMS_DETACHED -> pki.cms(signer, APPLICATION, false);
            case XML -> pki.xml(signer, new String(APPLICATION, StandardCharsets.UTF_8));
        };
    }

    /** A P-256 ECDSA key, certified by the trusted intermediate, signing as generic software would. */
    private static byte[] ecdsaSignature(SignatureFormat format) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(pki.rsaIntermediate.subject(),
                BigInteger.valueOf(System.nanoTime()), Date.from(TestPki.NOW.minus(Duration.ofDays(1))),
                Date.from(TestPki.NOW.plus(Duration.ofDays(30))), TestPki.personName(TestPki.PERSON_IIN),
                SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        X509CertificateHolder certificate = builder.build(pki.signer(pki.rsaIntermediate.privateKey()));
        if (format == SignatureFormat.XML) {
            String xml = new String(pki.xml(pki.person, "<application>x</application>"), StandardCharsets.UTF_8);
            String personCertificate = Base64.getEncoder().encodeToString(pki.person.certificate().getEncoded());
            return xml.replace("rsa-sha256", "ecdsa-sha256")
                    .replace(personCertificate, Base64.getEncoder().encodeToString(certificate.getEncoded()))
                    .getBytes(StandardCharsets.UTF_8);
        }
        CMSSignedDataGenerator cmsGenerator = new CMSSignedDataGenerator();
        cmsGenerator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()), certificate));
        cmsGenerator.addCertificates(new CollectionStore<>(List.of(certificate)));
        return cmsGenerator.generate(new CMSProcessableByteArray(APPLICATION), format == SignatureFormat.CMS_ATTACHED)
                .getEncoded();
    }
}
