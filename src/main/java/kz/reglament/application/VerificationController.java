package kz.reglament.application;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import kz.reglament.api.ApiException;
import kz.reglament.document.DocumentPolicy;
import kz.reglament.signature.VerificationReason;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * For anyone who holds a result document (an employer, a bank, an inspector): is it intact, and who signed it when?
 * Open without credentials, as a paper licence's seal can be looked at by anyone.
 */
@RestController
@RequestMapping("/api/v1/verifications")
public class VerificationController {

    private final ResultDocuments results;
    private final DocumentPolicy policy;

    public VerificationController(ResultDocuments results, DocumentPolicy policy) {
        this.results = results;
        this.policy = policy;
    }

    /**
     * A document that is not intact or not trusted is an answer (200, with the reason); a signature file that is no
     * signature at all is a wrong request, since there is nothing to answer about.
     */
    @Operation(summary = "Verify a result document against its detached signature (.p7s)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResultDocuments.Verification verify(@RequestParam("document") MultipartFile document,
            @RequestParam("signature") MultipartFile signature) throws IOException {
        long limit = policy.maxSize().toBytes();
        if (document.getSize() > limit || signature.getSize() > limit) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", policy.maxSize().toMegabytes());
        }
        ResultDocuments.Verification verification = results.verify(document.getBytes(), signature.getBytes());
        if (VerificationReason.MALFORMED.name().equals(verification.reason())) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "RESULT_SIGNATURE_MALFORMED");
        }
        return verification;
    }
}
