package kz.reglament.signature;

import java.io.IOException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/** A certificate's public key, ready to check signatures: an RSA key or one of the NCA's GOST keys. */
final class SignatureKey {

    /** Smaller RSA keys are refused as too weak; the NCA's are 2048 bits and more. */
    static final int MINIMUM_RSA_BITS = 2048;

    private final AsymmetricKeyParameter key;
    private final KazakhGost.Variant gostVariant;

    private SignatureKey(AsymmetricKeyParameter key, KazakhGost.Variant gostVariant) {
        this.key = key;
        this.gostVariant = gostVariant;
    }

    static SignatureKey of(SubjectPublicKeyInfo keyInfo) throws UnsupportedAlgorithmException, MalformedKeyException {
        AlgorithmIdentifier algorithm = keyInfo.getAlgorithm();
        if (KazakhGost.isGostKey(algorithm)) {
            return new SignatureKey(KazakhGost.publicKey(keyInfo), KazakhGost.variant(algorithm));
        }
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(algorithm.getAlgorithm())) {
            throw new UnsupportedAlgorithmException("Key algorithm " + algorithm.getAlgorithm());
        }
        RSAKeyParameters rsa;
        try {
            rsa = (RSAKeyParameters) PublicKeyFactory.createKey(keyInfo);
        } catch (IOException | RuntimeException e) {
            throw new MalformedKeyException("Unreadable RSA key");
        }
        if (rsa.getModulus().bitLength() < MINIMUM_RSA_BITS) {
            throw new UnsupportedAlgorithmException("RSA key of " + rsa.getModulus().bitLength() + " bits");
        }
        return new SignatureKey(rsa, null);
    }

    /** A signer in verification mode, for the algorithm this key's signature claims to use. */
    Signer verifier(SigningAlgorithm algorithm) throws UnsupportedAlgorithmException {
        if (algorithm.gostVariant() != gostVariant) {
            throw new UnsupportedAlgorithmException(algorithm.displayName() + " with a "
                    + (gostVariant == null ? "RSA" : gostVariant.name()) + " key");
        }
        Signer signer = gostVariant == null ? new RSADigestSigner(algorithm.newDigest())
                : new DSADigestSigner(gostVariant.newSigner(), algorithm.newDigest(),
                        new KazakhGostEncoding(gostVariant.size));
        signer.init(false, key);
        return signer;
    }

    /** Checks a signed structure (certificate, CRL, OCSP response) signed with the given algorithm. */
    boolean verifies(AlgorithmIdentifier signatureAlgorithm, byte[] signed, byte[] signature)
            throws UnsupportedAlgorithmException {
        ASN1ObjectIdentifier oid = signatureAlgorithm.getAlgorithm();
        SigningAlgorithm algorithm = SigningAlgorithm.bySignatureOid(oid)
                .orElseThrow(() -> new UnsupportedAlgorithmException("Signature algorithm " + oid));
        Signer signer = verifier(algorithm);
        signer.update(signed, 0, signed.length);
        return verifiesQuietly(signer, signature);
    }

    static boolean verifiesQuietly(Signer signer, byte[] signature) {
        try {
            return signer.verifySignature(signature);
        } catch (RuntimeException malformedSignatureValue) {
            return false;
        }
    }
}
