package kz.reglament.signature;

/**
 * Verifies the electronic digital signature (ЭЦҚ) on an application: well-formed, covering exactly the submitted
 * content, chaining to a trusted NCA root, valid and unrevoked at the verification time, and the applicant's.
 * Which implementation runs is {@code reglament.signature.verifier}.
 */
public interface SignatureVerifier {

    /**
     * @return the outcome, whatever is wrong with the signature
     * @throws VerifierUnavailableException when the verifier itself could not answer (a remote verifier down, slow
     *         or answering nonsense): the process retries and raises an incident, and never refuses the applicant
     */
    VerificationResult verify(VerificationRequest request);
}
