package kz.reglament.signature;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers;
import org.bouncycastle.asn1.cryptopro.ECGOST3410NamedCurves;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.DSAExt;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.GOST3411Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_512Digest;
import org.bouncycastle.crypto.engines.GOST28147Engine;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECGOST3410Signer;
import org.bouncycastle.crypto.signers.ECGOST3410_2012Signer;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The NCA's GOST keys in terms BouncyCastle knows. The NCA's curves are the Russian GOST R 34.10 parameter sets
 * under Kazakh OIDs, its keys are encoded as RFC 4491 encodes them (x ‖ y, each little-endian), but its signatures
 * are the byte reversal of RFC 4491's (r ‖ s, each little-endian, instead of s ‖ r big-endian). GOST 34.311-95,
 * the hash of 34.310-2004 keys, is GOST R 34.11-94 with the test S-box, not the CryptoPro one BouncyCastle defaults
 * to. Tests pin each of these facts against signatures the NCA's own software made with 34.10-2015 (512) and
 * 34.310-2004 keys; the 256-bit 34.10-2015 profile follows the same rules on the curve the NCA's library names for
 * it, with no NCA-made signature to confirm it.
 */
final class KazakhGost {

    enum Variant {
        GOST_34310_2004("1.2.398.3.10.1.1.1.1", "1.2.398.3.10.1.1.1.1.1", "1.2.398.3.10.1.3.1",
                CryptoProObjectIdentifiers.gostR3410_2001_CryptoPro_A, 32),
        GOST_2015_256("1.2.398.3.10.1.1.2.1", "1.2.398.3.10.1.1.2.1.1", "1.2.398.3.10.1.3.2",
                RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA, 32),
        GOST_2015_512("1.2.398.3.10.1.1.2.2", "1.2.398.3.10.1.1.2.2.1", "1.2.398.3.10.1.3.3",
                RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA, 64);

        final ASN1ObjectIdentifier keyOid;
        final ASN1ObjectIdentifier curveOid;
        final ASN1ObjectIdentifier digestOid;
        private final ASN1ObjectIdentifier bouncyCastleCurve;
        /** Bytes of one coordinate, and of each of r and s. */
        final int size;

        Variant(String keyOid, String curveOid, String digestOid, ASN1ObjectIdentifier bouncyCastleCurve, int size) {
            this.keyOid = new ASN1ObjectIdentifier(keyOid);
            this.curveOid = new ASN1ObjectIdentifier(curveOid);
            this.digestOid = new ASN1ObjectIdentifier(digestOid);
            this.bouncyCastleCurve = bouncyCastleCurve;
            this.size = size;
        }

        ECDomainParameters domain() {
            X9ECParameters curve = ECGOST3410NamedCurves.getByOIDX9(bouncyCastleCurve);
            return new ECDomainParameters(curve);
        }

        Digest newDigest() {
            return switch (this) {
                case GOST_34310_2004 -> new GOST3411Digest(GOST28147Engine.getSBox("D-TEST"));
                case GOST_2015_256 -> new GOST3411_2012_256Digest();
                case GOST_2015_512 -> new GOST3411_2012_512Digest();
            };
        }

        DSAExt newSigner() {
            return this == GOST_34310_2004 ? new ECGOST3410Signer() : new ECGOST3410_2012Signer();
        }

        static Optional<Variant> byKeyOid(ASN1ObjectIdentifier oid) {
            return Arrays.stream(values()).filter(variant -> variant.keyOid.equals(oid)).findFirst();
        }
    }

    private KazakhGost() {
    }

    static boolean isGostKey(AlgorithmIdentifier keyAlgorithm) {
        return Variant.byKeyOid(keyAlgorithm.getAlgorithm()).isPresent();
    }

    static Variant variant(AlgorithmIdentifier keyAlgorithm) throws UnsupportedAlgorithmException {
        Variant variant = Variant.byKeyOid(keyAlgorithm.getAlgorithm()).orElseThrow(() ->
                new UnsupportedAlgorithmException("Not an NCA GOST key: " + keyAlgorithm.getAlgorithm()));
        ASN1Encodable parameters = keyAlgorithm.getParameters();
        ASN1ObjectIdentifier curve = parameters instanceof ASN1Sequence sequence && sequence.size() > 0
                && sequence.getObjectAt(0) instanceof ASN1ObjectIdentifier oid ? oid : null;
        if (!variant.curveOid.equals(curve)) {
            throw new UnsupportedAlgorithmException("GOST key on an unknown curve " + curve);
        }
        return variant;
    }

    static ECPublicKeyParameters publicKey(SubjectPublicKeyInfo keyInfo)
            throws UnsupportedAlgorithmException, MalformedKeyException {
        Variant variant = variant(keyInfo.getAlgorithm());
        byte[] encoded;
        try {
            encoded = ASN1OctetString.getInstance(keyInfo.getPublicKeyData().getOctets()).getOctets();
        } catch (IllegalArgumentException e) {
            throw new MalformedKeyException("GOST public key is not an octet string");
        }
        if (encoded.length != 2 * variant.size) {
            throw new MalformedKeyException("GOST public key of " + encoded.length + " bytes");
        }
        ECDomainParameters domain = variant.domain();
        try {
            ECPoint point = domain.getCurve().createPoint(
                    littleEndian(encoded, 0, variant.size), littleEndian(encoded, variant.size, variant.size));
            return new ECPublicKeyParameters(point, domain);
        } catch (IllegalArgumentException e) {
            throw new MalformedKeyException("GOST public key is not a point of its curve");
        }
    }

    static ECPrivateKeyParameters privateKey(PrivateKeyInfo keyInfo)
            throws UnsupportedAlgorithmException, MalformedKeyException {
        Variant variant = variant(keyInfo.getPrivateKeyAlgorithm());
        byte[] encoded = keyInfo.getPrivateKey().getOctets();
        try {
            // Either an OCTET STRING with d little-endian (the NCA's key stores) or a bare one.
            encoded = ASN1OctetString.getInstance(encoded).getOctets();
        } catch (IllegalArgumentException bare) {
            // kept as read
        }
        if (encoded.length != variant.size) {
            throw new MalformedKeyException("GOST private key of " + encoded.length + " bytes");
        }
        return new ECPrivateKeyParameters(littleEndian(encoded, 0, variant.size), variant.domain());
    }

    static AlgorithmIdentifier keyAlgorithm(Variant variant) {
        return new AlgorithmIdentifier(variant.keyOid, new DERSequence(new ASN1Encodable[] {
                variant.curveOid, variant.digestOid}));
    }

    /** r ‖ s, each little-endian and {@code size} bytes long. */
    static byte[] encodeSignature(BigInteger r, BigInteger s, int size) {
        byte[] signature = new byte[2 * size];
        putLittleEndian(r, signature, 0, size);
        putLittleEndian(s, signature, size, size);
        return signature;
    }

    static BigInteger[] decodeSignature(byte[] signature, int size) {
        if (signature.length != 2 * size) {
            return null;
        }
        return new BigInteger[] {littleEndian(signature, 0, size), littleEndian(signature, size, size)};
    }

    private static BigInteger littleEndian(byte[] bytes, int offset, int length) {
        byte[] bigEndian = new byte[length];
        for (int i = 0; i < length; i++) {
            bigEndian[i] = bytes[offset + length - 1 - i];
        }
        return new BigInteger(1, bigEndian);
    }

    private static void putLittleEndian(BigInteger value, byte[] target, int offset, int length) {
        byte[] bigEndian = value.toByteArray();
        for (int i = 0; i < length && i < bigEndian.length; i++) {
            target[offset + i] = bigEndian[bigEndian.length - 1 - i];
        }
    }
}
