package kz.reglament.application;

import kz.reglament.api.ApiException;
import kz.reglament.identity.IdentityNumber;
import kz.reglament.identity.InvalidIdentityNumberException;
import kz.reglament.signature.AttachedContent;
import kz.reglament.signature.ExpectedSigner;
import kz.reglament.signature.SignatureVerifier;
import kz.reglament.signature.VerificationReason;
import kz.reglament.signature.VerificationRequest;
import kz.reglament.signature.VerificationResult;
import kz.reglament.signature.VerifierUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Identity numbers by their check digits, and the applicant's signature by the configured verifier. A signature
 * that can be judged wrong now is refused with its reason; one whose revocation cannot be learnt now (an outage of
 * OCSP, a CRL or NCANode) is accepted here and judged again by the case's own signature step, which retries until it
 * can decide, so nobody is refused for an outage.
 */
@Component
public class VerifyingSubmissionChecks implements SubmissionChecks {

    private final SignatureVerifier verifier;

    public VerifyingSubmissionChecks(SignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void requireValidIdentityNumber(String field, String value) {
        try {
            IdentityNumber number = IdentityNumber.parse(value);
            boolean personField = field.endsWith(".iin");
            if (personField != (number.kind() == IdentityNumber.Kind.IIN)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, personField ? "NOT_AN_IIN" : "NOT_A_BIN")
                        .withDetail("field", field);
            }
        } catch (InvalidIdentityNumberException invalid) {
            throw new ApiException(HttpStatus.BAD_REQUEST, invalid.reason()).withDetail("field", field);
        }
    }

    @Override
    public byte[] attachedContent(byte[] signature) {
        byte[] content = AttachedContent.of(signature);
        if (content == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "SIGNATURE_MALFORMED");
        }
        return content;
    }

    @Override
    public byte[] verifiedContent(byte[] signature, byte[] detachedContent, SignerExpectation expectedSigner) {
        ExpectedSigner signer = ExpectedSigner.identifiedBy(expectedSigner.identityNumber());
        VerificationRequest request = detachedContent == null ? VerificationRequest.cmsAttached(signature, signer)
                : VerificationRequest.cmsDetached(signature, detachedContent, signer);
        VerificationResult result;
        try {
            result = verifier.verify(request);
        } catch (VerifierUnavailableException outage) {
            return contentOf(signature, detachedContent);
        }
        if (result.disposition() == VerificationReason.Disposition.REFUSE) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "SIGNATURE_" + result.reason().name())
                    .withDetail("signatureReason", result.reason().name());
        }
        return contentOf(signature, detachedContent);
    }

    private byte[] contentOf(byte[] signature, byte[] detachedContent) {
        return detachedContent != null ? detachedContent : attachedContent(signature);
    }
}
