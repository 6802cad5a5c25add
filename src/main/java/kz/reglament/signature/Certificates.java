package kz.reglament.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;

/** Reading certificates from files and telling who a certificate names. */
final class Certificates {

    private Certificates() {
    }

    /** Every certificate in a PEM file (one or several) or a DER file. */
    static List<X509CertificateHolder> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<X509CertificateHolder> certificates = new ArrayList<>();
        if (looksLikePem(bytes)) {
            try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.US_ASCII);
                    PEMParser pem = new PEMParser(reader)) {
                for (Object object = pem.readObject(); object != null; object = pem.readObject()) {
                    if (object instanceof X509CertificateHolder certificate) {
                        certificates.add(certificate);
                    }
                }
            }
        } else {
            certificates.add(new X509CertificateHolder(bytes));
        }
        if (certificates.isEmpty()) {
            throw new IOException("No certificate in " + file);
        }
        return certificates;
    }

    private static boolean looksLikePem(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.US_ASCII).contains("-----BEGIN");
    }

    static Signer signer(X509CertificateHolder certificate) {
        X500Name subject = certificate.getSubject();
        String iin = null;
        String bin = null;
        for (RDN rdn : subject.getRDNs(BCStyle.SERIALNUMBER)) {
            String value = text(rdn.getFirst().getValue());
            if (value.startsWith("IIN")) {
                iin = value.substring(3);
            } else if (value.startsWith("BIN")) {
                bin = value.substring(3);
            }
        }
        for (RDN rdn : subject.getRDNs(BCStyle.OU)) {
            String value = text(rdn.getFirst().getValue());
            if (value.startsWith("BIN")) {
                bin = value.substring(3);
            }
        }
        return new Signer(subject.toString(), iin, bin, roles(certificate),
                certificate.getSerialNumber().toString(16), certificate.getIssuer().toString(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
    }

    static Set<SignerRole> roles(X509CertificateHolder certificate) {
        Set<SignerRole> roles = EnumSet.noneOf(SignerRole.class);
        ExtendedKeyUsage usage = ExtendedKeyUsage.fromExtensions(certificate.getExtensions());
        if (usage != null) {
            for (KeyPurposeId purpose : usage.getUsages()) {
                SignerRole.fromOid(purpose.getId()).ifPresent(roles::add);
            }
        }
        return roles;
    }

    static boolean validAt(X509CertificateHolder certificate, Instant at) {
        return !at.isBefore(certificate.getNotBefore().toInstant()) && !at.isAfter(certificate.getNotAfter().toInstant());
    }

    /** Whether {@code issuer}'s key signed {@code certificate}. */
    static boolean issuedBy(X509CertificateHolder certificate, X509CertificateHolder issuer)
            throws UnsupportedAlgorithmException {
        try {
            SignatureKey key = SignatureKey.of(issuer.getSubjectPublicKeyInfo());
            byte[] tbs = certificate.toASN1Structure().getTBSCertificate().getEncoded(ASN1Encoding.DER);
            return key.verifies(certificate.getSignatureAlgorithm(), tbs, certificate.getSignature());
        } catch (MalformedKeyException | IOException e) {
            return false;
        }
    }

    private static String text(ASN1Encodable value) {
        return value instanceof ASN1String string ? string.getString() : value.toString();
    }
}
