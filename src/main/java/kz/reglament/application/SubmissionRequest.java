package kz.reglament.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A submission as a portal sends it. The application itself (applicant, representative, form) is the content the
 * applicant signed: either inside an attached CMS signature, or given base64-encoded in {@code application} with a
 * detached signature. The service reads the application only from what was signed.
 */
public record SubmissionRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String tenant,
        @NotBlank @Size(max = 128) String service,
        @NotBlank @Size(max = 128) String subService,
        @NotBlank @Pattern(regexp = "office|psc|portal") String channel,
        @Size(max = 2_000_000) String application,
        @NotBlank @Size(max = 2_000_000) String signature,
        @Size(max = 50) List<@Pattern(regexp = "[0-9a-f-]{36}") String> documents) {

    public SubmissionRequest {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
