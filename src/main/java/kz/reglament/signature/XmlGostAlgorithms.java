package kz.reglament.signature;

import java.security.Key;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.spec.AlgorithmParameterSpec;
import org.apache.xml.security.Init;
import org.apache.xml.security.algorithms.JCEMapper;
import org.apache.xml.security.algorithms.SignatureAlgorithm;
import org.apache.xml.security.algorithms.SignatureAlgorithmSpi;
import org.apache.xml.security.signature.XMLSignatureException;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Teaches Apache Santuario the NCA's GOST 34.10-2015 XML signature and digest URIs, as NCALayer writes them. The
 * digests are BouncyCastle's Streebog; the signature goes through {@link SignatureKey}, which knows the NCA's
 * signature encoding that no JCA provider does.
 */
final class XmlGostAlgorithms {

    private static boolean registered;

    private XmlGostAlgorithms() {
    }

    static synchronized void register() {
        if (registered) {
            return;
        }
        Init.init();
        // Appended, so it is found by name and changes no default the JDK's own providers give.
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
        JCEMapper.register(SigningAlgorithm.GOST_2015_256.xmlDigestUri(), new JCEMapper.Algorithm("",
                "GOST3411-2012-256", "MessageDigest", 0, 0, BouncyCastleProvider.PROVIDER_NAME));
        JCEMapper.register(SigningAlgorithm.GOST_2015_512.xmlDigestUri(), new JCEMapper.Algorithm("",
                "GOST3411-2012-512", "MessageDigest", 0, 0, BouncyCastleProvider.PROVIDER_NAME));
        try {
            SignatureAlgorithm.register(SigningAlgorithm.GOST_2015_256.xmlSignatureUri(), Gost2015With256.class);
            SignatureAlgorithm.register(SigningAlgorithm.GOST_2015_512.xmlSignatureUri(), Gost2015With512.class);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot register the GOST XML signature algorithms", e);
        }
        registered = true;
    }

    /** The signer's key, handed to Santuario so that it reaches {@link GostSignatureSpi}. */
    record GostPublicKey(SignatureKey key) implements PublicKey {
        @Override
        public String getAlgorithm() {
            return "GOST";
        }

        @Override
        public String getFormat() {
            return null;
        }

        @Override
        public byte[] getEncoded() {
            return null;
        }
    }

    public static final class Gost2015With256 extends GostSignatureSpi {
        public Gost2015With256() {
            super(SigningAlgorithm.GOST_2015_256);
        }
    }

    public static final class Gost2015With512 extends GostSignatureSpi {
        public Gost2015With512() {
            super(SigningAlgorithm.GOST_2015_512);
        }
    }

    /** Verification only: the service signs its documents as CMS, not XML. */
    abstract static class GostSignatureSpi extends SignatureAlgorithmSpi {

        private final SigningAlgorithm algorithm;
        private Signer verifier;

        GostSignatureSpi(SigningAlgorithm algorithm) {
            this.algorithm = algorithm;
        }

        @Override
        protected String engineGetURI() {
            return algorithm.xmlSignatureUri();
        }

        @Override
        protected String engineGetJCEAlgorithmString() {
            return algorithm.displayName();
        }

        @Override
        protected String engineGetJCEProviderName() {
            return null;
        }

        @Override
        protected void engineInitVerify(Key key) throws XMLSignatureException {
            if (!(key instanceof GostPublicKey gost)) {
                throw new XMLSignatureException("empty", new Object[] {"Not a GOST key"});
            }
            try {
                verifier = gost.key().verifier(algorithm);
            } catch (UnsupportedAlgorithmException e) {
                throw new XMLSignatureException("empty", new Object[] {e.getMessage()});
            }
        }

        @Override
        protected void engineUpdate(byte[] input) {
            verifier.update(input, 0, input.length);
        }

        @Override
        protected void engineUpdate(byte input) {
            verifier.update(input);
        }

        @Override
        protected void engineUpdate(byte[] buffer, int offset, int length) {
            verifier.update(buffer, offset, length);
        }

        @Override
        protected boolean engineVerify(byte[] signature) {
            return SignatureKey.verifiesQuietly(verifier, signature);
        }

        @Override
        protected void engineInitSign(Key key) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void engineInitSign(Key key, SecureRandom random) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void engineInitSign(Key key, AlgorithmParameterSpec parameters) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected byte[] engineSign() {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void engineSetParameter(AlgorithmParameterSpec parameters) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void engineSetHMACOutputLength(int length) {
            throw new UnsupportedOperationException();
        }
    }
}
