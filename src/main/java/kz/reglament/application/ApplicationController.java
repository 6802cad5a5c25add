package kz.reglament.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.reglament.api.ApiException;
import kz.reglament.client.ApiClient;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Submit an application, follow its case, withdraw it, and deliver an external body's answer to it. */
@RestController
@RequestMapping("/api/v1/applications")
public class ApplicationController {

    static final int LONGEST_IDEMPOTENCY_KEY = 200;

    private final ApplicationService applications;
    private final ApplicationStore store;
    private final CaseViews views;
    private final ResultDocuments results;

    public ApplicationController(ApplicationService applications, ApplicationStore store, CaseViews views,
            ResultDocuments results) {
        this.applications = applications;
        this.store = store;
        this.views = views;
        this.results = results;
    }

    @Operation(summary = "Submit a signed application",
            description = "Checks the tenant, service, channel, identity numbers, form and signature at once; a "
                    + "retried request with the same Idempotency-Key returns the same case (200) instead of a new "
                    + "one (201).")
    @PostMapping
    public ResponseEntity<CaseView> submit(@Valid @RequestBody SubmissionRequest request,
            @Parameter(description = "Any unique string per intended submission, e.g. a UUID")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @AuthenticationPrincipal ApiClient client, Locale locale) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > LONGEST_IDEMPOTENCY_KEY)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_IDEMPOTENCY_KEY", LONGEST_IDEMPOTENCY_KEY);
        }
        ApplicationService.Submitted submitted = applications.submit(client, request, idempotencyKey);
        CaseView view = views.of(store.find(submitted.application().id()).orElseThrow(), locale);
        return submitted.created()
                ? ResponseEntity.created(URI.create("/api/v1/applications/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @Operation(summary = "The client's latest applications")
    @GetMapping
    public List<CaseView> latest(@AuthenticationPrincipal ApiClient client,
            @RequestParam(defaultValue = "20") int limit, Locale locale) {
        if (limit < 1 || limit > 100) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER");
        }
        return store.ofClient(client.id(), limit).stream().map(application -> views.of(application, locale)).toList();
    }

    @Operation(summary = "A case: status, current step with its due date, history and documents")
    @GetMapping("/{id}")
    public CaseView status(@PathVariable String id, @AuthenticationPrincipal ApiClient client, Locale locale) {
        return views.of(applications.owned(client, id), locale);
    }

    @Operation(summary = "Withdraw an application, where its regulation allows it")
    @PostMapping("/{id}/withdrawal")
    public CaseView withdraw(@PathVariable String id, @Valid @RequestBody(required = false) Withdrawal withdrawal,
            @AuthenticationPrincipal ApiClient client, Locale locale) {
        return views.of(applications.withdraw(client, id, withdrawal == null ? null : withdrawal.reason()), locale);
    }

    @Operation(summary = "Deliver an external body's answer to the case that waits for it")
    @PostMapping("/{id}/external-answers")
    public ResponseEntity<Void> externalAnswer(@PathVariable String id, @Valid @RequestBody ExternalAnswer answer,
            @AuthenticationPrincipal ApiClient client) {
        applications.deliverExternalAnswer(client, id, answer.message(), answer.answer());
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "The case's result document, as the provider signed it")
    @GetMapping("/{id}/result")
    public ResponseEntity<byte[]> result(@PathVariable String id, @AuthenticationPrincipal ApiClient client) {
        return download(results.document(applications.owned(client, id)));
    }

    @Operation(summary = "The provider's detached CMS signature over the result document")
    @GetMapping("/{id}/result/signature")
    public ResponseEntity<byte[]> resultSignature(@PathVariable String id, @AuthenticationPrincipal ApiClient client) {
        return download(results.signature(applications.owned(client, id)));
    }

    @Operation(summary = "Whether the result document is intact, who signed it and when")
    @GetMapping("/{id}/result/verification")
    public ResultDocuments.Verification resultVerification(@PathVariable String id,
            @AuthenticationPrincipal ApiClient client) {
        return results.verify(applications.owned(client, id));
    }

    private ResponseEntity<byte[]> download(ResultDocuments.Download download) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.document().fileName()).build().toString())
                .body(download.content());
    }

    public record Withdrawal(@Size(max = 500) String reason) {
    }

    public record ExternalAnswer(@NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,63}") String message,
            @Size(max = 50) Map<@Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,63}") String,
                    @Size(max = 4000) String> answer) {
        public ExternalAnswer {
            answer = answer == null ? Map.of() : Map.copyOf(answer);
        }
    }
}
