package kz.reglament.signature;

import java.time.Instant;

/**
 * What anyone holding a result document and its signature learns: whether the document is exactly what was signed,
 * who signed it and when, and whether that signer is trusted.
 *
 * @param intact the signature verifies over exactly these bytes; {@code false} also when that could not be shown
 *        (a malformed signature or an algorithm this service cannot check)
 * @param signedAt the signing time the signer's certificate was judged at
 */
public record DocumentVerification(boolean intact, boolean trusted, String signedBy, String signerBin,
        Instant signedAt, VerificationResult result) {
}
