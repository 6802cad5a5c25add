package kz.reglament.application;

import java.time.Instant;
import java.util.stream.Collectors;
import kz.reglament.document.DocumentStore;
import kz.reglament.signature.ExpectedSigner;
import kz.reglament.signature.SignatureVerifier;
import kz.reglament.signature.VerificationRequest;
import kz.reglament.signature.VerificationResult;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The regulation's condition "is the applicant's EDS valid?" as a step of the case: checks the signature kept at
 * submission, at the moment of submission, against the applicant (or their representative).
 *
 * <p>In: {@code signatureDocumentId}, {@code signedContentDocumentId} (detached only), {@code applicantId},
 * {@code representativeIin} (optional), {@code submittedAt}. Out: {@code signatureValid}, {@code signerIin},
 * {@code signerBin}, {@code signerRoles}. A refused signature throws the BPMN error {@code SIGNATURE_REJECTED} with
 * {@code signatureRejectionReason}; an undecidable one (revocation unknown, verifier down) fails the job, which is
 * retried and then raised as an incident, never turned into a refusal. Use it on an async service task.
 */
@Component("verifyApplicantSignature")
public class VerifyApplicantSignatureDelegate implements JavaDelegate {

    public static final String REJECTED = "SIGNATURE_REJECTED";

    private final SignatureVerifier verifier;
    private final DocumentStore documents;

    public VerifyApplicantSignatureDelegate(SignatureVerifier verifier, DocumentStore documents) {
        this.verifier = verifier;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String representative = (String) execution.getVariable("representativeIin");
        String expected = representative != null ? representative : (String) execution.getVariable("applicantId");
        byte[] signature = documents.content((String) execution.getVariable("signatureDocumentId"));
        String contentId = (String) execution.getVariable("signedContentDocumentId");
        ExpectedSigner signer = ExpectedSigner.identifiedBy(expected);
        VerificationRequest request = (contentId == null ? VerificationRequest.cmsAttached(signature, signer)
                : VerificationRequest.cmsDetached(signature, documents.content(contentId), signer))
                .at(Instant.parse((String) execution.getVariable("submittedAt")));
        VerificationResult result = verifier.verify(request);
        switch (result.disposition()) {
            case ACCEPT -> {
                execution.setVariable("signatureValid", true);
                execution.setVariable("signerIin", result.signer().iin());
                execution.setVariable("signerBin", result.signer().bin());
                execution.setVariable("signerRoles", result.signer().roles().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(",")));
            }
            case REFUSE -> {
                execution.setVariable("signatureValid", false);
                execution.setVariable("signatureRejectionReason", result.reason().name());
                throw new BpmnError(REJECTED, result.reason().name());
            }
            case RETRY -> throw new IllegalStateException("The signature cannot be judged yet (" + result.reason()
                    + "); the job is retried");
        }
    }
}
