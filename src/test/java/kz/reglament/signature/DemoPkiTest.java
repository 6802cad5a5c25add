package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.CollectionStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo PKI: generated once, and enough for a newcomer to sign an application that verifies. */
class DemoPkiTest {

    static final List<String> TENANTS = List.of("aktobe", "zhambyl", "west-kazakhstan", "east-kazakhstan", "ministry");
    static final byte[] APPLICATION = "{\"service\":\"medical-licence-issue\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;
    DemoPki pki;
    InProcessSignatureVerifier verifier;

    @BeforeEach
    void generate() throws Exception {
        pki = new DemoPki(data.resolve("demo-pki"), TENANTS, Clock.systemUTC());
        pki.ensure();
        Clock now = Clock.systemUTC();
        verifier = new InProcessSignatureVerifier(new CertificateChains(Certificates.read(pki.rootCertificate()),
                Certificates.read(pki.intermediateCertificate())), new RevocationSources(null,
                new CrlSource(List.of(pki.crl()), false, new HttpFetcher(Duration.ofSeconds(1)), Duration.ofHours(1),
                        now)), now);
    }

    @Test
    void everythingANewcomerNeedsIsThere() {
        assertThat(pki.rootCertificate()).exists();
        assertThat(pki.intermediateCertificate()).exists();
        assertThat(pki.crl()).exists();
        TENANTS.forEach(tenant -> assertThat(pki.tenantKeyStore(tenant)).exists());
        for (String applicant : List.of("applicant-individual", "applicant-legal-entity")) {
            for (String suffix : List.of(".p12", ".pem", "-chain.pem", ".key")) {
                assertThat(pki.directory().resolve(applicant + suffix)).exists();
            }
        }
        assertThat(pki.directory().resolve("README.md")).content().contains("docs/signatures.md");
    }

    @Test
    void aSecondStartKeepsTheKeysAndRenewsTheCrl() throws Exception {
        byte[] applicant = Files.readAllBytes(pki.applicantKeyStore());
        byte[] root = Files.readAllBytes(pki.rootCertificate());
        Instant later = Instant.now().plus(Duration.ofDays(3));

        new DemoPki(pki.directory(), TENANTS, Clock.fixed(later, ZoneOffset.UTC)).ensure();

        assertThat(Files.readAllBytes(pki.applicantKeyStore())).isEqualTo(applicant);
        assertThat(Files.readAllBytes(pki.rootCertificate())).isEqualTo(root);
        assertThat(new X509CRLHolder(Files.readAllBytes(pki.crl())).getNextUpdate().toInstant())
                .isAfter(later.plus(Duration.ofDays(300)));
    }

    @Test
    void theDemoApplicantSignsWithTheKeyFileAsOpensslWouldAndTheSignatureIsValid() throws Exception {
        byte[] cms = signWithPemFiles("applicant-individual");

        VerificationResult result = verifier.verify(VerificationRequest.cmsAttached(cms,
                ExpectedSigner.identifiedBy(DemoPki.APPLICANT_IIN)));

        assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
        assertThat(result.signer().roles()).containsExactly(SignerRole.INDIVIDUAL);
    }

    @Test
    void theDemoLegalEntitysHeadSignsForTheEntity() throws Exception {
        byte[] cms = signWithPemFiles("applicant-legal-entity");

        VerificationResult result = verifier.verify(VerificationRequest.cmsAttached(cms,
                ExpectedSigner.identifiedBy(DemoPki.LEGAL_ENTITY_BIN)));

        assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
        assertThat(result.signer().iin()).isEqualTo(DemoPki.LEGAL_ENTITY_HEAD_IIN);
        assertThat(result.signer().roles()).containsExactlyInAnyOrder(SignerRole.LEGAL_ENTITY, SignerRole.FIRST_HEAD);
    }

    @Test
    void eachTenantsDemoKeyStoreSignsItsResultDocuments() throws Exception {
        DocumentSignatureVerifier holder = new DocumentSignatureVerifier(verifier);
        for (int position = 0; position < TENANTS.size(); position++) {
            String tenant = TENANTS.get(position);
            SigningCredential key = SigningCredential.read(pki.tenantKeyStore(tenant), DemoPki.PASSWORD.toCharArray(),
                    DemoPki.TENANT_KEY_ALIAS);
            DocumentSignature signature = new DocumentSigner(Map.of(tenant, key), Clock.systemUTC())
                    .sign(tenant, APPLICATION);

            DocumentVerification verification = holder.verify(APPLICATION, signature.cms());

            assertThat(verification.trusted()).as(verification.result().detail()).isTrue();
            assertThat(verification.signerBin()).isEqualTo(DemoPki.tenantBin(position));
        }
    }

    @Test
    void theDemoIdentityNumbersCarryValidCheckDigits() {
        assertThat(List.of(DemoPki.APPLICANT_IIN, DemoPki.LEGAL_ENTITY_HEAD_IIN, DemoPki.LEGAL_ENTITY_BIN))
                .allMatch(IdentityNumbers::isValid);
        List<String> tenantBins = IntStream.range(0, TENANTS.size()).mapToObj(DemoPki::tenantBin).toList();
        assertThat(tenantBins).allMatch(IdentityNumbers::isValid).doesNotHaveDuplicates();
    }

    /** What {@code openssl cms -sign -nodetach -binary -outform DER -signer x.pem -inkey x.key} produces. */
    private byte[] signWithPemFiles(String name) throws Exception {
        X509CertificateHolder certificate = (X509CertificateHolder) pem(pki.directory().resolve(name + ".pem"));
        Object key = pem(pki.directory().resolve(name + ".key"));
        PrivateKeyInfo keyInfo = key instanceof PEMKeyPair pair ? pair.getPrivateKeyInfo() : (PrivateKeyInfo) key;
        PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(
                new PKCS8EncodedKeySpec(keyInfo.getEncoded()));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                .build()).build(new JcaContentSignerBuilder("SHA256withRSA").build(privateKey), certificate));
        generator.addCertificates(new CollectionStore<>(List.of(certificate)));
        return generator.generate(new CMSProcessableByteArray(APPLICATION), true).getEncoded();
    }

    private static Object pem(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file); PEMParser parser = new PEMParser(reader)) {
            return parser.readObject();
        }
    }
}
