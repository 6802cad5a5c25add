package kz.reglament.signature;

import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;

/**
 * The signature algorithms verified in-process: the NCA's RSA keys and its three GOST key types. Anything else
 * (SHA-1, ECDSA, foreign GOST profiles) is UNSUPPORTED_ALGORITHM.
 */
enum SigningAlgorithm {

    RSA_SHA256("SHA256withRSA", PKCSObjectIdentifiers.sha256WithRSAEncryption, NISTObjectIdentifiers.id_sha256,
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/04/xmlenc#sha256", null),
    RSA_SHA384("SHA384withRSA", PKCSObjectIdentifiers.sha384WithRSAEncryption, NISTObjectIdentifiers.id_sha384,
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "http://www.w3.org/2001/04/xmldsig-more#sha384",
            null),
    RSA_SHA512("SHA512withRSA", PKCSObjectIdentifiers.sha512WithRSAEncryption, NISTObjectIdentifiers.id_sha512,
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "http://www.w3.org/2001/04/xmlenc#sha512", null),
    /** Obsolete: the NCA no longer issues these keys. No XML: its hash is not a JCA digest Santuario could use. */
    GOST_34310_2004("GOST 34.310-2004", new ASN1ObjectIdentifier("1.2.398.3.10.1.1.1.2"),
            KazakhGost.Variant.GOST_34310_2004.digestOid, null, null, KazakhGost.Variant.GOST_34310_2004),
    GOST_2015_256("GOST 34.10-2015 (256)", new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.3.1"),
            KazakhGost.Variant.GOST_2015_256.digestOid,
            "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-256",
            "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-256", KazakhGost.Variant.GOST_2015_256),
    GOST_2015_512("GOST 34.10-2015 (512)", new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.3.2"),
            KazakhGost.Variant.GOST_2015_512.digestOid,
            "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-512",
            "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512", KazakhGost.Variant.GOST_2015_512);

    private final String displayName;
    private final ASN1ObjectIdentifier signatureOid;
    private final ASN1ObjectIdentifier digestOid;
    private final String xmlSignatureUri;
    private final String xmlDigestUri;
    private final KazakhGost.Variant gostVariant;

    SigningAlgorithm(String displayName, ASN1ObjectIdentifier signatureOid, ASN1ObjectIdentifier digestOid,
            String xmlSignatureUri, String xmlDigestUri, KazakhGost.Variant gostVariant) {
        this.displayName = displayName;
        this.signatureOid = signatureOid;
        this.digestOid = digestOid;
        this.xmlSignatureUri = xmlSignatureUri;
        this.xmlDigestUri = xmlDigestUri;
        this.gostVariant = gostVariant;
    }

    String displayName() {
        return displayName;
    }

    ASN1ObjectIdentifier signatureOid() {
        return signatureOid;
    }

    ASN1ObjectIdentifier digestOid() {
        return digestOid;
    }

    String xmlSignatureUri() {
        return xmlSignatureUri;
    }

    String xmlDigestUri() {
        return xmlDigestUri;
    }

    /** {@code null} for RSA. */
    KazakhGost.Variant gostVariant() {
        return gostVariant;
    }

    Digest newDigest() {
        return switch (this) {
            case RSA_SHA256 -> new SHA256Digest();
            case RSA_SHA384 -> new SHA384Digest();
            case RSA_SHA512 -> new SHA512Digest();
            default -> gostVariant.newDigest();
        };
    }

    static Optional<SigningAlgorithm> bySignatureOid(ASN1ObjectIdentifier oid) {
        return Arrays.stream(values()).filter(algorithm -> algorithm.signatureOid.equals(oid)).findFirst();
    }

    static Optional<SigningAlgorithm> byXmlSignatureUri(String uri) {
        return Arrays.stream(values()).filter(algorithm -> uri.equals(algorithm.xmlSignatureUri)).findFirst();
    }

    static Optional<SigningAlgorithm> byXmlDigestUri(String uri) {
        return Arrays.stream(values()).filter(algorithm -> uri.equals(algorithm.xmlDigestUri)).findFirst();
    }

    /**
     * The algorithm of a CMS SignerInfo. Its signatureAlgorithm may name the signature ("sha256WithRSAEncryption",
     * the NCA's GOST signature OIDs) or only the key ("rsaEncryption", a GOST key OID), the digest then deciding.
     */
    static Optional<SigningAlgorithm> forCms(ASN1ObjectIdentifier digestOid, ASN1ObjectIdentifier signatureOid) {
        return Arrays.stream(values())
                .filter(algorithm -> algorithm.digestOid.equals(digestOid))
                .filter(algorithm -> algorithm.signatureOid.equals(signatureOid)
                        || algorithm.keyOid().equals(signatureOid))
                .findFirst();
    }

    private ASN1ObjectIdentifier keyOid() {
        return gostVariant == null ? PKCSObjectIdentifiers.rsaEncryption : gostVariant.keyOid;
    }
}
