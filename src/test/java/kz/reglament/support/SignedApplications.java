package kz.reglament.support;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import kz.reglament.signature.DemoPki;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Applications signed as a portal's applicant would sign them, with the test PKI's keys. */
public final class SignedApplications {

    private SignedApplications() {
    }

    /** Attached CMS of the application JSON by the individual applicant (IIN {@value DemoPki#APPLICANT_IIN}). */
    public static String signedByApplicant(String applicationJson) {
        return sign(TestPkiInitializer.pki().applicantKeyStore(), applicationJson, true);
    }

    public static String detachedSignatureByApplicant(String applicationJson) {
        return sign(TestPkiInitializer.pki().applicantKeyStore(), applicationJson, false);
    }

    /** Signed by the legal entity's first head (IIN {@value DemoPki#LEGAL_ENTITY_HEAD_IIN}). */
    public static String signedByLegalEntityHead(String applicationJson) {
        return sign(TestPkiInitializer.pki().legalEntityKeyStore(), applicationJson, true);
    }

    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs as NCALayer does for an RSA key: SHA-256, the signer's certificate and its chain inside. */
    private static String sign(Path keyStore, String applicationJson, boolean attached) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, DemoPki.PASSWORD.toCharArray());
            String alias = store.aliases().nextElement();
            PrivateKey key = (PrivateKey) store.getKey(alias, DemoPki.PASSWORD.toCharArray());
            X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .build()).build(new JcaContentSignerBuilder("SHA256withRSA").build(key), certificate));
            generator.addCertificates(new JcaCertStore(Arrays.asList(store.getCertificateChain(alias))));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(
                    applicationJson.getBytes(StandardCharsets.UTF_8)), attached);
            return Base64.getEncoder().encodeToString(signed.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign the test application", e);
        }
    }
}
