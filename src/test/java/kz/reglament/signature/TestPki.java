package kz.reglament.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.Constants;
import org.apache.xml.security.utils.XMLUtils;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.util.BigIntegers;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A PKI built at run time and shaped like the NCA's: an RSA and a GOST 34.10-2015 hierarchy (root and
 * intermediate), subscribers named as the NCA names them (SERIALNUMBER "IIN…", OU "BIN…", the role OIDs in the
 * extended key usage), and the faulty certificates every reason code needs. One instance is shared, since RSA keys
 * take a while to make.
 */
final class TestPki {

    /** "Now" for every test that uses this PKI. */
    static final Instant NOW = Instant.parse("2026-03-17T05:00:00Z");
    static final String PERSON_IIN = "900101300017";
    static final String HEAD_IIN = "850312400019";
    static final String ORGANISATION_BIN = IdentityNumbers.withCheckDigit("10014000123");
    static final Instant REVOKED_AT = NOW.minus(Duration.ofDays(5));

    private static final ASN1ObjectIdentifier EMAIL_PROTECTION = KeyPurposeId.id_kp_emailProtection.toOID();
    private static TestPki shared;

    final SecureRandom random = new SecureRandom();
    private final AtomicLong serials = new AtomicLong(0x1000);

    final Credential rsaRoot;
    final Credential rsaIntermediate;
    final Credential gostRoot;
    final Credential gostIntermediate;
    final Credential strangerRoot;
    final Credential person;
    final Credential organisationHead;
    final Credential expired;
    final Credential notYetValid;
    final Credential revoked;
    final Credential stranger;

    /** A certificate, its private key and the certificates above it up to (without) the root. */
    record Credential(X509CertificateHolder certificate, PrivateKeyInfo privateKey,
            List<X509CertificateHolder> issuers) {

        SigningKey signingKey() {
            try {
                return SigningKey.of(privateKey);
            } catch (UnsupportedAlgorithmException | MalformedKeyException e) {
                throw new IllegalStateException(e);
            }
        }

        X500Name subject() {
            return certificate.getSubject();
        }
    }

    enum KeyKind {
        RSA, GOST_2015_512, GOST_2015_256, GOST_34310_2004
    }

    static synchronized TestPki shared() {
        if (shared == null) {
            shared = new TestPki();
        }
        return shared;
    }

    private TestPki() {
        Instant longAgo = NOW.minus(Duration.ofDays(3650));
        Instant farAhead = NOW.plus(Duration.ofDays(3650));
        rsaRoot = authority(null, KeyKind.RSA, name("TEST ROOT (RSA)"), longAgo, farAhead);
        rsaIntermediate = authority(rsaRoot, KeyKind.RSA, name("TEST NCA (RSA)"), longAgo, farAhead);
        gostRoot = authority(null, KeyKind.GOST_2015_512, name("TEST ROOT (GOST)"), longAgo, farAhead);
        gostIntermediate = authority(gostRoot, KeyKind.GOST_2015_512, name("TEST NCA (GOST)"), longAgo, farAhead);
        strangerRoot = authority(null, KeyKind.RSA, name("SOMEONE ELSE'S ROOT"), longAgo, farAhead);
        person = person(rsaIntermediate, KeyKind.RSA, PERSON_IIN);
        organisationHead = issue(rsaIntermediate, KeyKind.RSA, organisationName(HEAD_IIN, ORGANISATION_BIN),
                NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(335)),
                roles(SignerRole.LEGAL_ENTITY, SignerRole.FIRST_HEAD));
        expired = issue(rsaIntermediate, KeyKind.RSA, personName(PERSON_IIN), NOW.minus(Duration.ofDays(400)),
                NOW.minus(Duration.ofDays(35)), roles(SignerRole.INDIVIDUAL));
        notYetValid = issue(rsaIntermediate, KeyKind.RSA, personName(PERSON_IIN), NOW.plus(Duration.ofDays(10)),
                NOW.plus(Duration.ofDays(375)), roles(SignerRole.INDIVIDUAL));
        revoked = person(rsaIntermediate, KeyKind.RSA, PERSON_IIN);
        stranger = person(strangerRoot, KeyKind.RSA, PERSON_IIN);
    }

    /** The roots and intermediates a verifier of this PKI trusts; the stranger's root is not among them. */
    CertificateChains trustedChains() {
        return new CertificateChains(List.of(rsaRoot.certificate(), gostRoot.certificate()),
                List.of(rsaIntermediate.certificate(), gostIntermediate.certificate()));
    }

    Credential person(Credential issuer, KeyKind kind, String iin, Extension... extra) {
        List<Extension> extensions = new ArrayList<>(List.of(roles(SignerRole.INDIVIDUAL)));
        extensions.addAll(List.of(extra));
        return issue(issuer, kind, personName(iin), NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(335)),
                extensions.toArray(Extension[]::new));
    }

    Credential authority(Credential issuer, KeyKind kind, X500Name subject, Instant notBefore, Instant notAfter) {
        return issue(issuer, kind, subject, notBefore, notAfter, extension(Extension.basicConstraints, true,
                new BasicConstraints(true)), extension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
    }

    /** @param issuer {@code null} for a self-signed root */
    Credential issue(Credential issuer, KeyKind kind, X500Name subject, Instant notBefore, Instant notAfter,
            Extension... extensions) {
        KeyMaterial key = generate(kind);
        PrivateKeyInfo signingKey = issuer == null ? key.privateKey() : issuer.privateKey();
        X500Name issuerName = issuer == null ? subject : issuer.subject();
        try {
            BcX509ExtensionUtils utils = new BcX509ExtensionUtils();
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuerName,
                    BigInteger.valueOf(serials.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    key.publicKey());
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(key.publicKey()));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(
                    issuer == null ? key.publicKey() : issuer.certificate().getSubjectPublicKeyInfo()));
            boolean endEntity = true;
            for (Extension extension : extensions) {
                builder.addExtension(extension);
                endEntity &= !extension.getExtnId().equals(Extension.basicConstraints);
            }
            if (endEntity) {
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            }
            X509CertificateHolder certificate = builder.build(signer(signingKey));
            List<X509CertificateHolder> issuers = new ArrayList<>();
            if (issuer != null && !issuer.certificate().getSubject().equals(issuer.certificate().getIssuer())) {
                issuers.add(issuer.certificate());
                issuers.addAll(issuer.issuers());
            }
            return new Credential(certificate, key.privateKey(), List.copyOf(issuers));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CRL of {@code authority}, listing the given serials as revoked at the given moments. */
    X509CRLHolder crl(Credential authority, Instant thisUpdate, Instant nextUpdate, Map<BigInteger, Instant> revoked,
            Extension... extensions) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(authority.subject(), Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        revoked.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.keyCompromise));
        try {
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(serials.incrementAndGet())));
            for (Extension extension : extensions) {
                builder.addExtension(extension);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return builder.build(signer(authority.privateKey()));
    }

    /** The intermediate's CRL listing {@link #revoked}, current at {@link #NOW}. */
    X509CRLHolder rsaIntermediateCrl() {
        return crl(rsaIntermediate, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(7)),
                Map.of(revoked.certificate().getSerialNumber(), REVOKED_AT));
    }

    byte[] cms(Credential signer, byte[] content, boolean attached) {
        return new CmsSigner().sign(signer.signingKey(), signer.certificate(), signer.issuers(), content, attached,
                NOW.minus(Duration.ofMinutes(1)));
    }

    /** The CMS with one bit of its signer's signature value flipped. */
    static byte[] withSignatureValueChanged(byte[] cms) {
        try {
            byte[] value = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next()
                    .getSignature();
            byte[] changed = cms.clone();
            outer:
            for (int i = 0; i <= changed.length - value.length; i++) {
                for (int j = 0; j < value.length; j++) {
                    if (changed[i + j] != value[j]) {
                        continue outer;
                    }
                }
                changed[i + value.length / 2] ^= 1;
                return changed;
            }
            throw new IllegalArgumentException("No signature value found");
        } catch (CMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An enveloped XMLDSig over the whole document, made independently of the verifier's Santuario setup. */
    byte[] xml(Credential signer, String document) {
        SigningAlgorithm algorithm = signer.signingKey().algorithm();
        return xml(signer, document, algorithm.xmlSignatureUri(), algorithm.xmlDigestUri(), "");
    }

    byte[] xml(Credential signer, String document, String signatureMethod, String digestMethod, String referenceUri) {
        try {
            XmlGostAlgorithms.register();
            Document xml = XMLUtils.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), true);
            SigningAlgorithm algorithm = signer.signingKey().algorithm();
            byte[] digest = digest(algorithm, canonical(xml, Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS));
            String ds = Constants.SignatureSpecNS;
            Element signature = xml.createElementNS(ds, "ds:Signature");
            signature.setAttributeNS(Constants.NamespaceSpecNS, "xmlns:ds", ds);
            Element signedInfo = child(signature, "SignedInfo");
            child(signedInfo, "CanonicalizationMethod").setAttribute("Algorithm",
                    Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS);
            child(signedInfo, "SignatureMethod").setAttribute("Algorithm", signatureMethod);
            Element reference = child(signedInfo, "Reference");
            reference.setAttribute("URI", referenceUri);
            Element transforms = child(reference, "Transforms");
            child(transforms, "Transform").setAttribute("Algorithm", Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            child(transforms, "Transform").setAttribute("Algorithm", Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS);
            child(reference, "DigestMethod").setAttribute("Algorithm", digestMethod);
            child(reference, "DigestValue").setTextContent(Base64.getEncoder().encodeToString(digest));
            Element signatureValue = child(signature, "SignatureValue");
            child(child(child(signature, "KeyInfo"), "X509Data"), "X509Certificate")
                    .setTextContent(Base64.getEncoder().encodeToString(signer.certificate().getEncoded()));
            xml.getDocumentElement().appendChild(signature);
            ContentSigner contentSigner = signer.signingKey().contentSigner(random);
            contentSigner.getOutputStream().write(canonical(signedInfo, Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS));
            signatureValue.setTextContent(Base64.getEncoder().encodeToString(contentSigner.getSignature()));
            return canonical(xml, Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Extension roles(SignerRole... roles) {
        List<KeyPurposeId> purposes = new ArrayList<>(List.of(KeyPurposeId.getInstance(EMAIL_PROTECTION)));
        for (SignerRole role : roles) {
            purposes.add(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(role.oid())));
        }
        return extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes.toArray(KeyPurposeId[]::new)));
    }

    static Extension distributionPoints(ASN1ObjectIdentifier extension, String... uris) {
        DistributionPoint[] points = new DistributionPoint[uris.length];
        for (int i = 0; i < uris.length; i++) {
            points[i] = new DistributionPoint(new DistributionPointName(new GeneralNames(
                    new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(uris[i])))), null, null);
        }
        return extension(extension, false, new CRLDistPoint(points));
    }

    static Extension extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        try {
            return new Extension(oid, critical, value.toASN1Primitive().getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static X500Name personName(String iin) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "ТЕСТОВ ТЕСТ")
                .addRDN(BCStyle.SURNAME, "ТЕСТОВ").addRDN(BCStyle.SERIALNUMBER, "IIN" + iin)
                .addRDN(BCStyle.C, "KZ").addRDN(BCStyle.GIVENNAME, "ТЕСТОВИЧ").build();
    }

    static X500Name organisationName(String iin, String bin) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "БАСШЫ БАСШЫ")
                .addRDN(BCStyle.SERIALNUMBER, "IIN" + iin).addRDN(BCStyle.C, "KZ")
                .addRDN(BCStyle.O, "ТОО «ТЕСТ»").addRDN(BCStyle.OU, "BIN" + bin).build();
    }

    static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).addRDN(BCStyle.C, "KZ").build();
    }

    ContentSigner signer(PrivateKeyInfo key) {
        try {
            return SigningKey.of(key).contentSigner(random);
        } catch (UnsupportedAlgorithmException | MalformedKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    record KeyMaterial(SubjectPublicKeyInfo publicKey, PrivateKeyInfo privateKey) {
    }

    KeyMaterial generate(KeyKind kind) {
        try {
            if (kind == KeyKind.RSA) {
                RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
                generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), random, 2048, 100));
                AsymmetricCipherKeyPair pair = generator.generateKeyPair();
                return new KeyMaterial(SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(pair.getPublic()),
                        PrivateKeyInfoFactory.createPrivateKeyInfo(pair.getPrivate()));
            }
            KazakhGost.Variant variant = KazakhGost.Variant.valueOf(kind.name());
            ECKeyPairGenerator generator = new ECKeyPairGenerator();
            generator.init(new ECKeyGenerationParameters(variant.domain(), random));
            AsymmetricCipherKeyPair pair = generator.generateKeyPair();
            return new KeyMaterial(gostPublicKey(variant, ((ECPublicKeyParameters) pair.getPublic()).getQ()),
                    gostPrivateKey(variant, ((ECPrivateKeyParameters) pair.getPrivate()).getD()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The NCA's encoding of a GOST public key: x ‖ y, each little-endian, in an OCTET STRING. */
    static SubjectPublicKeyInfo gostPublicKey(KazakhGost.Variant variant, ECPoint point) throws IOException {
        ECPoint normal = point.normalize();
        byte[] encoded = new byte[2 * variant.size];
        littleEndian(normal.getAffineXCoord().toBigInteger(), encoded, 0, variant.size);
        littleEndian(normal.getAffineYCoord().toBigInteger(), encoded, variant.size, variant.size);
        return new SubjectPublicKeyInfo(KazakhGost.keyAlgorithm(variant), new DEROctetString(encoded));
    }

    /** The NCA's key stores hold d little-endian in an OCTET STRING. */
    static PrivateKeyInfo gostPrivateKey(KazakhGost.Variant variant, BigInteger d) throws IOException {
        byte[] encoded = new byte[variant.size];
        littleEndian(d, encoded, 0, variant.size);
        return new PrivateKeyInfo(KazakhGost.keyAlgorithm(variant), new DEROctetString(encoded));
    }

    private static void littleEndian(BigInteger value, byte[] target, int offset, int length) {
        byte[] bigEndian = BigIntegers.asUnsignedByteArray(length, value);
        for (int i = 0; i < length; i++) {
            target[offset + i] = bigEndian[length - 1 - i];
        }
    }

    private static byte[] digest(SigningAlgorithm algorithm, byte[] bytes) {
        Digest digest = algorithm.newDigest();
        digest.update(bytes, 0, bytes.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }

    private static byte[] canonical(Node node, String algorithm) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.getInstance(algorithm).canonicalizeSubtree(node, out);
        return out.toByteArray();
    }

    private static Element child(Element parent, String localName) {
        Element child = parent.getOwnerDocument().createElementNS(Constants.SignatureSpecNS, "ds:" + localName);
        parent.appendChild(child);
        return child;
    }
}
