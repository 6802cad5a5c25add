package kz.reglament.application;

import java.time.Instant;
import java.util.List;

/** What a portal shows of a case: its status, the step it is at with its due date, and what happened so far. */
public record CaseView(String id, String number, String tenant, String service, String subService, String channel,
        Status status, Instant submittedAt, List<Step> currentSteps, List<Step> history, List<Document> documents,
        Result result) {

    public record Status(String code, String label, Instant since) {
    }

    /** A step of the case; {@code actor} is the staff member who did it, or null while nobody has. */
    public record Step(String id, String name, Instant startedAt, Instant endedAt, Instant dueAt, String actor) {
    }

    public record Document(String id, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    public record Result(String documentId, String link, String verificationLink) {
    }
}
