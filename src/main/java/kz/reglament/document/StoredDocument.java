package kz.reglament.document;

import java.time.Instant;

/** A document kept by the service: uploaded by a client, or a result it issued. The content is read separately. */
public record StoredDocument(String id, String clientId, String applicationId, Kind kind, String fileName,
        String contentType, long sizeBytes, String sha256, Instant uploadedAt) {

    public enum Kind {
        /** Attached by the applicant to an application. */
        APPLICATION_DOCUMENT,
        /** Issued by the provider: a licence, certificate or reasoned refusal, signed. */
        RESULT
    }
}
