package kz.reglament.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilderProvider;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;

/**
 * A signing key with its certificate and the certificates above it, read from a PKCS#12 key store: one made by
 * keytool or openssl (RSA), or one the NCA issued (RSA or GOST), which the JDK's own PKCS#12 cannot read.
 */
record SigningCredential(SigningKey key, X509CertificateHolder certificate, List<X509CertificateHolder> issuers) {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    /**
     * @param alias the key's friendly name; may be blank when the key store holds one key
     * @throws IOException when the file cannot be read, the password is wrong, or the key does not fit
     */
    static SigningCredential read(Path file, char[] password, String alias) throws IOException {
        try {
            PKCS12PfxPdu pfx = new PKCS12PfxPdu(Files.readAllBytes(file));
            if (pfx.hasMac() && !pfx.isMacValid(new JcePKCS12MacCalculatorBuilderProvider().setProvider(PROVIDER),
                    password)) {
                throw new IOException("Wrong password for key store " + file.getFileName());
            }
            InputDecryptorProvider decryptor = new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(PROVIDER)
                    .build(password);
            List<PKCS12SafeBag> bags = new ArrayList<>();
            for (ContentInfo content : pfx.getContentInfos()) {
                PKCS12SafeBagFactory factory = content.getContentType().equals(PKCSObjectIdentifiers.encryptedData)
                        ? new PKCS12SafeBagFactory(content, decryptor) : new PKCS12SafeBagFactory(content);
                bags.addAll(List.of(factory.getSafeBags()));
            }
            PKCS12SafeBag keyBag = keyBag(bags, alias, file);
            PrivateKeyInfo privateKey = keyBag.getBagValue() instanceof PKCS8EncryptedPrivateKeyInfo encrypted
                    ? encrypted.decryptPrivateKeyInfo(decryptor) : (PrivateKeyInfo) keyBag.getBagValue();
            byte[] keyId = localKeyId(keyBag);
            List<X509CertificateHolder> certificates = new ArrayList<>();
            X509CertificateHolder certificate = null;
            for (PKCS12SafeBag bag : bags) {
                if (bag.getBagValue() instanceof X509CertificateHolder holder) {
                    certificates.add(holder);
                    if (keyId != null && certificate == null && Arrays.equals(localKeyId(bag), keyId)) {
                        certificate = holder;
                    }
                }
            }
            SigningKey key = SigningKey.of(privateKey);
            if (certificate == null) {
                certificate = certificates.stream().filter(candidate -> fits(key, candidate.getSubjectPublicKeyInfo()))
                        .findFirst().orElseThrow(() -> new IOException("No certificate for the key in "
                                + file.getFileName()));
            } else if (!fits(key, certificate.getSubjectPublicKeyInfo())) {
                throw new IOException("The certificate in " + file.getFileName() + " is not the key's");
            }
            return new SigningCredential(key, certificate, issuers(certificate, certificates));
        } catch (PKCSException | UnsupportedAlgorithmException | MalformedKeyException | RuntimeException e) {
            throw new IOException("Key store " + file.getFileName() + " unusable: " + e.getMessage(), e);
        }
    }

    private static PKCS12SafeBag keyBag(List<PKCS12SafeBag> bags, String alias, Path file) throws IOException {
        List<PKCS12SafeBag> keys = bags.stream().filter(bag -> bag.getBagValue() instanceof PrivateKeyInfo
                || bag.getBagValue() instanceof PKCS8EncryptedPrivateKeyInfo).toList();
        if (alias == null || alias.isBlank()) {
            if (keys.size() != 1) {
                throw new IOException(file.getFileName() + " holds " + keys.size() + " keys: name the alias");
            }
            return keys.get(0);
        }
        return keys.stream().filter(bag -> alias.equals(friendlyName(bag))).findFirst()
                .orElseThrow(() -> new IOException("No key with alias " + alias + " in " + file.getFileName()));
    }

    /** The issuers of {@code certificate} among the others, in order, as far as they go. */
    private static List<X509CertificateHolder> issuers(X509CertificateHolder certificate,
            List<X509CertificateHolder> certificates) {
        List<X509CertificateHolder> issuers = new ArrayList<>();
        X509CertificateHolder current = certificate;
        while (!current.getIssuer().equals(current.getSubject())) {
            X509CertificateHolder child = current;
            X509CertificateHolder issuer = certificates.stream()
                    .filter(candidate -> !issuers.contains(candidate) && candidate != child
                            && candidate.getSubject().equals(child.getIssuer()))
                    .findFirst().orElse(null);
            if (issuer == null) {
                break;
            }
            issuers.add(issuer);
            current = issuer;
        }
        return List.copyOf(issuers);
    }

    /** Whether the key is the private half of the certificate's: a probe signed with one verifies with the other. */
    private static boolean fits(SigningKey key, SubjectPublicKeyInfo publicKey) {
        try {
            byte[] probe = "probe".getBytes(StandardCharsets.US_ASCII);
            ContentSigner signer = key.contentSigner(new SecureRandom());
            signer.getOutputStream().write(probe);
            Signer verifier = SignatureKey.of(publicKey).verifier(key.algorithm());
            verifier.update(probe, 0, probe.length);
            return SignatureKey.verifiesQuietly(verifier, signer.getSignature());
        } catch (IOException | UnsupportedAlgorithmException | MalformedKeyException e) {
            return false;
        }
    }

    private static byte[] localKeyId(PKCS12SafeBag bag) {
        ASN1Encodable value = attribute(bag, PKCSObjectIdentifiers.pkcs_9_at_localKeyId);
        return value instanceof ASN1OctetString octets ? octets.getOctets() : null;
    }

    private static String friendlyName(PKCS12SafeBag bag) {
        ASN1Encodable value = attribute(bag, PKCSObjectIdentifiers.pkcs_9_at_friendlyName);
        return value instanceof ASN1String string ? string.getString() : null;
    }

    private static ASN1Encodable attribute(PKCS12SafeBag bag, ASN1ObjectIdentifier type) {
        for (Attribute attribute : bag.getAttributes()) {
            if (attribute.getAttrType().equals(type) && attribute.getAttrValues().size() > 0) {
                return attribute.getAttrValues().getObjectAt(0);
            }
        }
        return null;
    }
}
