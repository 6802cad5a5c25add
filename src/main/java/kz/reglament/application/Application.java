package kz.reglament.application;

import java.time.Instant;

/** An application as the service keeps it beside its case. */
public record Application(String id, String number, String clientId, String idempotencyKey, String requestSha256,
        String tenant, String service, String subService, String processKey, String channel, String applicantId,
        String representativeIin, String processInstanceId, ApplicationStatus status, Instant statusChangedAt,
        Instant submittedAt, String resultDocumentId) {

    public Application withProcessInstance(String processInstanceId) {
        return new Application(id, number, clientId, idempotencyKey, requestSha256, tenant, service, subService,
                processKey, channel, applicantId, representativeIin, processInstanceId, status, statusChangedAt,
                submittedAt, resultDocumentId);
    }
}
