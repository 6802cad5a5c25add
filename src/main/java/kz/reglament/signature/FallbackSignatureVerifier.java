package kz.reglament.signature;

/**
 * In-process first, and NCANode (the NCA's own library) only for what the in-process verifier cannot check. Every
 * other in-process answer stands: asking a second verifier after a refusal would let it overrule the first.
 */
public final class FallbackSignatureVerifier implements SignatureVerifier {

    private final SignatureVerifier first;
    private final SignatureVerifier fallback;

    public FallbackSignatureVerifier(SignatureVerifier first, SignatureVerifier fallback) {
        this.first = first;
        this.fallback = fallback;
    }

    @Override
    public VerificationResult verify(VerificationRequest request) {
        VerificationResult result = first.verify(request);
        return result.reason() == VerificationReason.UNSUPPORTED_ALGORITHM ? fallback.verify(request) : result;
    }
}
