package kz.reglament.signature;

/**
 * The verifier could not give an answer. Not the applicant's fault: a process lets it fail the job, so the engine
 * retries and raises an incident for operators.
 */
public class VerifierUnavailableException extends RuntimeException {

    public VerifierUnavailableException(String message) {
        super(message);
    }

    public VerifierUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
