package kz.reglament.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.operator.ContentSigner;

/**
 * A private key that signs as the NCA's software does: RSA with SHA-256, or GOST with the NCA's signature encoding,
 * so that NCALayer and NCANode verify what this service signs.
 */
final class SigningKey {

    private final AsymmetricKeyParameter key;
    private final SigningAlgorithm algorithm;

    private SigningKey(AsymmetricKeyParameter key, SigningAlgorithm algorithm) {
        this.key = key;
        this.algorithm = algorithm;
    }

    static SigningKey of(PrivateKeyInfo keyInfo) throws UnsupportedAlgorithmException, MalformedKeyException {
        AlgorithmIdentifier keyAlgorithm = keyInfo.getPrivateKeyAlgorithm();
        if (KazakhGost.isGostKey(keyAlgorithm)) {
            KazakhGost.Variant variant = KazakhGost.variant(keyAlgorithm);
            return new SigningKey(KazakhGost.privateKey(keyInfo), algorithmOf(variant));
        }
        AsymmetricKeyParameter key;
        try {
            key = PrivateKeyFactory.createKey(keyInfo);
        } catch (IOException | RuntimeException e) {
            throw new MalformedKeyException("Unreadable private key");
        }
        if (!(key instanceof RSAKeyParameters rsa)) {
            throw new UnsupportedAlgorithmException("Private key " + keyAlgorithm.getAlgorithm());
        }
        if (rsa.getModulus().bitLength() < SignatureKey.MINIMUM_RSA_BITS) {
            throw new UnsupportedAlgorithmException("RSA key of " + rsa.getModulus().bitLength() + " bits");
        }
        return new SigningKey(key, SigningAlgorithm.RSA_SHA256);
    }

    static SigningAlgorithm algorithmOf(KazakhGost.Variant variant) {
        return switch (variant) {
            case GOST_34310_2004 -> SigningAlgorithm.GOST_34310_2004;
            case GOST_2015_256 -> SigningAlgorithm.GOST_2015_256;
            case GOST_2015_512 -> SigningAlgorithm.GOST_2015_512;
        };
    }

    SigningAlgorithm algorithm() {
        return algorithm;
    }

    /** A BouncyCastle content signer, for CMS and certificate builders. */
    ContentSigner contentSigner(SecureRandom random) {
        KazakhGost.Variant variant = algorithm.gostVariant();
        Signer signer = variant == null ? new RSADigestSigner(algorithm.newDigest())
                : new DSADigestSigner(variant.newSigner(), algorithm.newDigest(), new KazakhGostEncoding(variant.size));
        signer.init(true, variant == null ? key : new ParametersWithRandom(key, random));
        AlgorithmIdentifier identifier = new AlgorithmIdentifier(algorithm.signatureOid(), DERNull.INSTANCE);
        return new ContentSigner() {
            private final OutputStream stream = new OutputStream() {
                @Override
                public void write(int b) {
                    signer.update((byte) b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    signer.update(bytes, offset, length);
                }
            };

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return identifier;
            }

            @Override
            public OutputStream getOutputStream() {
                return stream;
            }

            @Override
            public byte[] getSignature() {
                try {
                    return signer.generateSignature();
                } catch (CryptoException e) {
                    throw new IllegalStateException("Signing failed", e);
                }
            }
        };
    }
}
