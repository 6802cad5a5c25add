package kz.reglament.support;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import kz.reglament.signature.DemoPki;
import kz.reglament.signature.SignerRole;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signatures of the applicant ({@value DemoPki#APPLICANT_IIN}) that the service must refuse: by a certificate that
 * has expired, by one the test NCA has revoked, and by one from a CA nobody trusts. Each certificate names the real
 * applicant, so the refusal can only come from the certificate itself.
 */
public final class BadSignatures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private BadSignatures() {
    }

    public static String byExpiredCertificate(String applicationJson) {
        Authority nca = testNca();
        Instant now = Instant.now();
        return sign(applicationJson, issue(nca, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1))));
    }

    /**
     * Signs with a fresh certificate of the test NCA and publishes a CRL that lists it. The shared test PKI rewrites
     * its (empty) CRL whenever a test signs with it, so call this last, right before the request.
     */
    public static String byRevokedCertificate(String applicationJson) {
        Authority nca = testNca();
        Instant now = Instant.now();
        Credential credential = issue(nca, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(365)));
        String signature = sign(applicationJson, credential);
        publishCrlRevoking(nca, credential.certificate().getSerialNumber(), now.minus(Duration.ofDays(2)));
        return signature;
    }

    /** By a certificate of a root CA of its own, which has the applicant's name but no path to the NCA. */
    public static String byForeignCa(String applicationJson) {
        try {
            KeyPair rootKey = rsa();
            X500Name rootName = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "NOT THE NCA ROOT")
                    .addRDN(BCStyle.C, "KZ").build();
            Instant now = Instant.now();
            X509Certificate root = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    rootName, serial(), Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(
                    Duration.ofDays(365))), rootName, rootKey.getPublic())
                    .addExtension(Extension.basicConstraints, true,
                            new org.bouncycastle.asn1.x509.BasicConstraints(true))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKey.getPrivate())));
            Authority foreign = new Authority(rootKey.getPrivate(), root, List.of(root));
            return sign(applicationJson, issue(foreign, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365))));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make the foreign CA", e);
        }
    }

    /** A valid attached signature cut in half: its DER ends in the middle of the signer info. */
    public static String truncated(String signature) {
        byte[] der = Base64.getDecoder().decode(signature);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(der, der.length / 2));
    }

    /** Bytes that decode from base64 but are no ASN.1 at all. */
    public static String garbage() {
        byte[] bytes = new byte[512];
        RANDOM.nextBytes(bytes);
        bytes[0] = 0x01;
        return Base64.getEncoder().encodeToString(bytes);
    }

    private record Authority(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
    }

    private record Credential(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
    }

    private static Authority testNca() {
        DemoPki pki = TestPkiInitializer.pki();
        try (InputStream in = Files.newInputStream(pki.directory().resolve("intermediate-ca.p12"))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, DemoPki.PASSWORD.toCharArray());
            X509Certificate[] chain = Arrays.stream(store.getCertificateChain("ca")).map(X509Certificate.class::cast)
                    .toArray(X509Certificate[]::new);
            return new Authority((PrivateKey) store.getKey("ca", DemoPki.PASSWORD.toCharArray()), chain[0],
                    List.of(chain));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the test NCA", e);
        }
    }

    private static Credential issue(Authority issuer, Instant notBefore, Instant notAfter) {
        try {
            KeyPair key = rsa();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "ДЕМО ӨТІНІШ БЕРУШІ")
                    .addRDN(BCStyle.SURNAME, "ДЕМО").addRDN(BCStyle.SERIALNUMBER, "IIN" + DemoPki.APPLICANT_IIN)
                    .addRDN(BCStyle.C, "KZ").build();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(issuer.certificate(), serial(), Date.from(notBefore),
                            Date.from(notAfter), subject, key.getPublic())
                            .addExtension(Extension.keyUsage, true,
                                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                            .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                                    KeyPurposeId.id_kp_emailProtection,
                                    KeyPurposeId.getInstance(new ASN1ObjectIdentifier(SignerRole.INDIVIDUAL.oid()))}))
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.key())));
            List<X509Certificate> chain = new java.util.ArrayList<>(List.of(certificate));
            chain.addAll(issuer.chain());
            return new Credential(key.getPrivate(), certificate, chain);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot issue the test certificate", e);
        }
    }

    private static String sign(String applicationJson, Credential credential) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .build()).build(new JcaContentSignerBuilder("SHA256withRSA").build(credential.key()),
                    credential.certificate()));
            generator.addCertificates(new JcaCertStore(credential.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(
                    applicationJson.getBytes(StandardCharsets.UTF_8)), true);
            return Base64.getEncoder().encodeToString(signed.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign the test application", e);
        }
    }

    private static void publishCrlRevoking(Authority nca, BigInteger serial, Instant revokedAt) {
        try {
            Instant now = Instant.now();
            X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(
                    nca.certificate().getSubjectX500Principal().getEncoded()), Date.from(now.minus(Duration.ofMinutes(1))));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
            builder.addCRLEntry(serial, Date.from(revokedAt), CRLReason.keyCompromise);
            Path crl = TestPkiInitializer.pki().crl();
            Files.write(crl, builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(nca.key())).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish the test CRL", e);
        }
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).setBit(63);
    }
}
