package kz.reglament.signature;

import java.math.BigInteger;
import org.bouncycastle.crypto.signers.DSAEncoding;

/** The NCA's encoding of a GOST signature value: r ‖ s, each little-endian and of the curve's size. */
final class KazakhGostEncoding implements DSAEncoding {

    private final int size;

    KazakhGostEncoding(int size) {
        this.size = size;
    }

    @Override
    public BigInteger[] decode(BigInteger n, byte[] encoding) {
        BigInteger[] rs = KazakhGost.decodeSignature(encoding, size);
        if (rs == null) {
            throw new IllegalArgumentException("GOST signature of " + encoding.length + " bytes");
        }
        return rs;
    }

    @Override
    public byte[] encode(BigInteger n, BigInteger r, BigInteger s) {
        return KazakhGost.encodeSignature(r, s, size);
    }
}
