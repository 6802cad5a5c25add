package kz.reglament.signature;

import java.time.Instant;

/**
 * A result document's signature, to be stored and delivered next to the document.
 *
 * @param cms the detached CMS signature (DER), what a ".p7s" file next to the document holds
 * @param signer the tenant's certificate that signed
 */
public record DocumentSignature(byte[] cms, Instant signedAt, Signer signer) {
}
