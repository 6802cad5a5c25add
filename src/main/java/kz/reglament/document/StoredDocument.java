package kz.reglament.document;

import java.time.Instant;

/** A document kept by the service: uploaded by a client, or a result it issued. The content is read separately. */
public record StoredDocument(String id, String clientId, String applicationId, Kind kind, String fileName,
        String contentType, long sizeBytes, String sha256, Instant uploadedAt) {

    public enum Kind {
        /** Attached by the applicant to an application. */
        APPLICATION_DOCUMENT,
        /** The applicant's signature over the application, kept so the case can check it again. */
        SIGNATURE,
        /** The signed application itself, when its signature was detached from it. */
        SIGNED_CONTENT,
        /** Issued by the provider: a licence, certificate or reasoned refusal. */
        RESULT,
        /** The provider's detached CMS signature over its result document. */
        RESULT_SIGNATURE
    }
}
