package kz.reglament.application;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
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

    public VerificationController(ResultDocuments results) {
        this.results = results;
    }

    @Operation(summary = "Verify a result document against its detached signature (.p7s)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResultDocuments.Verification verify(@RequestParam("document") MultipartFile document,
            @RequestParam("signature") MultipartFile signature) throws IOException {
        return results.verify(document.getBytes(), signature.getBytes());
    }
}
