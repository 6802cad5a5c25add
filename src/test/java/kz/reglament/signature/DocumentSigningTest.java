package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result documents signed with each tenant's key store, and checked by whoever holds them. */
class DocumentSigningTest {

    static final TestPki pki = TestPki.shared();
    static final List<String> TENANTS = List.of("aktobe", "zhambyl", "west-kazakhstan", "east-kazakhstan", "ministry");
    static final List<String> TENANT_BINS = List.of("120140000017", "120140000116", "120140000215", "120140000314",
            "120140000413");
    static final byte[] LICENCE = "%PDF-1.7 licence No. KZ12345 for medical activity".getBytes(StandardCharsets.UTF_8);
    static final Instant SIGNED_AT = TestPki.NOW.minus(Duration.ofHours(2));

    @TempDir
    Path directory;

    final DocumentSignatureVerifier holder = new DocumentSignatureVerifier(new InProcessSignatureVerifier(
            pki.trustedChains(), (certificate, issuer, at) -> RevocationStatus.good("test double"),
            Clock.fixed(TestPki.NOW, ZoneOffset.UTC)));

    @Test
    void everyTenantSignsWithItsOwnKeyAndAnyoneCanTellWhoAndWhen() throws Exception {
        Map<String, SigningCredential> keys = new LinkedHashMap<>();
        Map<String, String> bins = new LinkedHashMap<>();
        for (int position = 0; position < TENANTS.size(); position++) {
            String tenant = TENANTS.get(position);
            String bin = TENANT_BINS.get(position);
            TestPki.Credential credential = pki.issue(pki.rsaIntermediate, TestPki.KeyKind.RSA,
                    TestPki.organisationName(TestPki.HEAD_IIN, bin), TestPki.NOW.minus(Duration.ofDays(30)),
                    TestPki.NOW.plus(Duration.ofDays(300)), TestPki.roles(SignerRole.LEGAL_ENTITY));
            keys.put(tenant, SigningCredential.read(javaKeyStore(tenant, credential), "secret".toCharArray(), tenant));
            bins.put(tenant, bin);
        }
        DocumentSigner signer = new DocumentSigner(keys, Clock.fixed(SIGNED_AT, ZoneOffset.UTC));

        for (String tenant : TENANTS) {
            DocumentSignature signature = signer.sign(tenant, LICENCE);
            DocumentVerification verification = holder.verify(LICENCE, signature.cms());

            assertThat(verification.intact()).as(tenant).isTrue();
            assertThat(verification.trusted()).as(verification.result().detail()).isTrue();
            assertThat(verification.signerBin()).isEqualTo(bins.get(tenant));
            assertThat(verification.signedBy()).contains("OU=BIN" + bins.get(tenant));
            assertThat(verification.signedAt()).isEqualTo(SIGNED_AT);
            assertThat(signature.signer().bin()).isEqualTo(bins.get(tenant));
            assertThat(new CMSSignedData(signature.cms()).getSignedContent()).as("detached").isNull();
        }
    }

    @Test
    void aChangedDocumentIsNotIntact() throws Exception {
        DocumentSigner signer = signerWith(pki.organisationHead);
        byte[] signature = signer.sign("aktobe", LICENCE).cms();
        byte[] changed = LICENCE.clone();
        changed[changed.length - 1] = '6';

        DocumentVerification verification = holder.verify(changed, signature);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.trusted()).isFalse();
        assertThat(verification.result().reason()).isEqualTo(VerificationReason.CONTENT_ALTERED);
        assertThat(verification.signerBin()).isEqualTo(TestPki.ORGANISATION_BIN);
    }

    @Test
    void aChangedSignatureIsNotIntactEither() throws Exception {
        byte[] signature = TestPki.withSignatureValueChanged(signerWith(pki.organisationHead).sign("aktobe", LICENCE)
                .cms());

        assertThat(holder.verify(LICENCE, signature).intact()).isFalse();
    }

    @Test
    void aDocumentStaysVerifiableAfterItsSignersCertificateHasExpired() throws Exception {
        DocumentSigner signer = new DocumentSigner(Map.of("aktobe", SigningCredential.read(
                javaKeyStore("aktobe", pki.expired), "secret".toCharArray(), "aktobe")),
                Clock.fixed(pki.expired.certificate().getNotAfter().toInstant().minus(Duration.ofDays(10)),
                        ZoneOffset.UTC));

        DocumentVerification verification = holder.verify(LICENCE, signer.sign("aktobe", LICENCE).cms());

        assertThat(verification.trusted()).as(verification.result().detail()).isTrue();
    }

    @Test
    void aSignatureFromAnotherHierarchyIsIntactButNotTrusted() throws Exception {
        DocumentVerification verification = holder.verify(LICENCE, signerWith(pki.stranger).sign("aktobe", LICENCE)
                .cms());

        assertThat(verification.intact()).isTrue();
        assertThat(verification.trusted()).isFalse();
        assertThat(verification.result().reason()).isEqualTo(VerificationReason.UNTRUSTED_CHAIN);
    }

    @Test
    void aGostKeyStoreWithTheNcasOidsSignsAsTheNcasSoftwareDoes() throws Exception {
        TestPki.Credential gost = pki.issue(pki.gostIntermediate, TestPki.KeyKind.GOST_2015_512,
                TestPki.organisationName(TestPki.HEAD_IIN, TestPki.ORGANISATION_BIN),
                TestPki.NOW.minus(Duration.ofDays(30)), TestPki.NOW.plus(Duration.ofDays(300)),
                TestPki.roles(SignerRole.LEGAL_ENTITY));
        Path keyStore = gostKeyStore(gost);

        SigningCredential credential = SigningCredential.read(keyStore, "Qwerty12".toCharArray(), null);
        DocumentSignature signature = new DocumentSigner(Map.of("ministry", credential),
                Clock.fixed(SIGNED_AT, ZoneOffset.UTC)).sign("ministry", LICENCE);
        DocumentVerification verification = holder.verify(LICENCE, signature.cms());

        assertThat(credential.key().algorithm()).isEqualTo(SigningAlgorithm.GOST_2015_512);
        assertThat(credential.issuers()).containsExactly(pki.gostIntermediate.certificate());
        assertThat(verification.trusted()).as(verification.result().detail()).isTrue();
        assertThat(verification.result().algorithm()).isEqualTo("GOST 34.10-2015 (512)");
    }

    @Test
    void theNcasOwnTestKeyStoreSigns() throws Exception {
        SigningCredential credential = SigningCredential.read(
                NcaInteroperabilityTest.NCA_TEST.resolve("individual-gost2015.p12"), "Aa123456".toCharArray(), null);
        DocumentSignature signature = new DocumentSigner(Map.of("aktobe", credential),
                Clock.fixed(Instant.parse("2023-01-10T09:00:00Z"), ZoneOffset.UTC)).sign("aktobe", LICENCE);
        DocumentSignatureVerifier trustingTheNcaTestCa = new DocumentSignatureVerifier(new InProcessSignatureVerifier(
                new CertificateChains(List.of(NcaInteroperabilityTest.read("nca-gost-test-2022.pem")), List.of()),
                (certificate, issuer, at) -> RevocationStatus.good("test double"), Clock.systemUTC()));

        DocumentVerification verification = trustingTheNcaTestCa.verify(LICENCE, signature.cms());

        assertThat(verification.trusted()).as(verification.result().detail()).isTrue();
        assertThat(verification.result().signer().iin()).isEqualTo("123456789012");
        assertThat(verification.result().algorithm()).isEqualTo("GOST 34.10-2015 (512)");
    }

    @Test
    void aTenantWithoutAKeyCannotSign() {
        DocumentSigner signer = new DocumentSigner(Map.of(), Clock.systemUTC());

        assertThatThrownBy(() -> signer.sign("zhambyl", LICENCE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zhambyl");
    }

    @Test
    void aWrongPasswordOrAliasIsSaidPlainly() throws Exception {
        Path keyStore = javaKeyStore("aktobe", pki.organisationHead);

        assertThatThrownBy(() -> SigningCredential.read(keyStore, "wrong".toCharArray(), "aktobe"))
                .isInstanceOf(IOException.class).hasMessageContaining("Wrong password");
        assertThatThrownBy(() -> SigningCredential.read(keyStore, "secret".toCharArray(), "zhambyl"))
                .isInstanceOf(IOException.class).hasMessageContaining("No key with alias zhambyl");
    }

    private DocumentSigner signerWith(TestPki.Credential credential) throws Exception {
        return new DocumentSigner(Map.of("aktobe", SigningCredential.read(javaKeyStore("aktobe", credential),
                "secret".toCharArray(), "aktobe")), Clock.fixed(SIGNED_AT, ZoneOffset.UTC));
    }

    /** A key store as keytool makes it. */
    private Path javaKeyStore(String alias, TestPki.Credential credential) throws Exception {
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(
                new PKCS8EncodedKeySpec(credential.privateKey().getEncoded()));
        List<Certificate> chain = new ArrayList<>();
        chain.add(certificate(credential.certificate()));
        for (X509CertificateHolder issuer : credential.issuers()) {
            chain.add(certificate(issuer));
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, "secret".toCharArray(), chain.toArray(Certificate[]::new));
        Path file = directory.resolve(alias + "-" + System.nanoTime() + ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "secret".toCharArray());
        }
        return file;
    }

    /** A key store shaped like the NCA's: the GOST key under its Kazakh OID, triple-DES and RC2 as the NCA uses. */
    private Path gostKeyStore(TestPki.Credential credential) throws Exception {
        char[] password = "Qwerty12".toCharArray();
        PKCS12SafeBag certificate = new PKCS12SafeBagBuilder(credential.certificate())
                .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString("gost"))
                .build();
        PKCS12SafeBag issuer = new PKCS12SafeBagBuilder(credential.issuers().get(0)).build();
        PKCS12SafeBag key = new PKCS12SafeBagBuilder(credential.privateKey(), new JcePKCSPBEOutputEncryptorBuilder(
                PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC).setProvider("BC").build(password))
                .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString("gost"))
                .build();
        byte[] encoded = new PKCS12PfxPduBuilder()
                .addEncryptedData(new JcePKCSPBEOutputEncryptorBuilder(PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC)
                        .setProvider("BC").build(password), new PKCS12SafeBag[] {certificate, issuer})
                .addData(key)
                .build(new JcePKCS12MacCalculatorBuilder(), password).getEncoded();
        Path file = directory.resolve("gost.p12");
        Files.write(file, encoded);
        return file;
    }

    private static Certificate certificate(X509CertificateHolder holder) throws Exception {
        return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    }
}
