package kz.reglament.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.reglament.api.ApiException;
import kz.reglament.calendar.WorkingTime;
import kz.reglament.client.ApiClient;
import kz.reglament.document.DocumentDigests;
import kz.reglament.document.DocumentStore;
import kz.reglament.document.StoredDocument;
import kz.reglament.tenant.Tenants;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting, withdrawing and answering for an application. A submission is checked as far as it can be before a
 * case exists; then the application, its documents and its case are created in one transaction, so a failure
 * leaves nothing half-created. Checks that need a state registry run inside the case.
 */
@Service
public class ApplicationService {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final String NUMBER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServiceCatalogue catalogue;
    private final SubmissionChecks checks;
    private final StartFormSchema forms;
    private final ApplicationStore applications;
    private final DocumentStore documents;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final Tenants tenants;

    public ApplicationService(ServiceCatalogue catalogue, SubmissionChecks checks, StartFormSchema forms,
            ApplicationStore applications, DocumentStore documents, RuntimeService runtimeService,
            RepositoryService repositoryService, Tenants tenants) {
        this.catalogue = catalogue;
        this.checks = checks;
        this.forms = forms;
        this.applications = applications;
        this.documents = documents;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.tenants = tenants;
    }

    /** The outcome of a submission: the application, and whether this call created it or an earlier one did. */
    public record Submitted(Application application, boolean created) {
    }

    @Transactional
    public Submitted submit(ApiClient client, SubmissionRequest request, String idempotencyKey) {
        String requestHash = sha256(request);
        if (idempotencyKey != null) {
            var earlier = applications.byIdempotencyKey(client.id(), idempotencyKey);
            if (earlier.isPresent()) {
                return repeated(earlier.get(), requestHash);
            }
        }
        ServiceCatalogue.SubService subService = allowedSubService(client, request);
        byte[] signature = base64("signature", request.signature());
        byte[] detached = request.application() == null ? null : base64("application", request.application());
        SignedApplication signed = verifiedApplication(signature, detached);
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(subService.processKey()).tenantIdIn(subService.tenant()).latestVersion()
                .singleResult();
        List<StartFormSchema.Violation> violations = forms.check(definition, signed.form());
        if (!violations.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_FORM", violations.get(0).field(),
                    violations.get(0).message()).withDetail("fields", violations);
        }

        Instant now = ClockUtil.getCurrentTime().toInstant();
        Application application = new Application(UUID.randomUUID().toString(), newNumber(now), client.id(),
                idempotencyKey, requestHash, request.tenant(), request.service(), request.subService(),
                subService.processKey(), request.channel(), signed.applicant().identityNumber(),
                signed.representative() == null ? null : signed.representative().iin(), null,
                ApplicationStatus.SUBMITTED, now, now, null);
        try {
            applications.insert(application);
        } catch (DuplicateKeyException concurrentRetry) {
            // The same key arrived twice at once; the other request's transaction created the case.
            throw new ApiException(HttpStatus.CONFLICT, "SUBMISSION_IN_PROGRESS");
        }
        if (documents.attach(request.documents(), client.id(), application.id()) != request.documents().size()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "UNKNOWN_DOCUMENT");
        }
        Map<String, Object> variables = variablesOf(application, signed, request);
        variables.put("signatureDocumentId", keep(application, StoredDocument.Kind.SIGNATURE,
                "application.p7s", "application/pkcs7-signature", signature));
        variables.put("signedContentDocumentId", detached == null ? null
                : keep(application, StoredDocument.Kind.SIGNED_CONTENT, "application.json", "application/json",
                        detached));
        variables.put("documentLinks", documentLinks(application));
        String processInstanceId = runtimeService.createProcessInstanceById(definition.getId())
                .businessKey(application.number()).setVariables(variables).execute().getId();
        applications.startedAs(application.id(), processInstanceId);
        return new Submitted(application.withProcessInstance(processInstanceId), true);
    }

    @Transactional
    public Application withdraw(ApiClient client, String applicationId, String reason) {
        Application application = owned(client, applicationId);
        ServiceCatalogue.SubService subService = catalogue.subService(application.service(),
                application.subService(), application.tenant()).orElse(null);
        if (subService == null || !subService.withdrawalAllowed()) {
            throw new ApiException(HttpStatus.CONFLICT, "WITHDRAWAL_NOT_ALLOWED");
        }
        if (application.status().isFinal()) {
            throw new ApiException(HttpStatus.CONFLICT, "CASE_ALREADY_CLOSED", application.status().name());
        }
        runtimeService.deleteProcessInstance(application.processInstanceId(),
                "Withdrawn by the applicant" + (reason == null || reason.isBlank() ? "" : ": " + reason));
        applications.changeStatus(application.number(), ApplicationStatus.WITHDRAWN,
                ClockUtil.getCurrentTime().toInstant());
        return applications.find(applicationId).orElseThrow();
    }

    /** Delivers an external body's answer to the case waiting for it, or says clearly why none is. */
    @Transactional
    public void deliverExternalAnswer(ApiClient client, String applicationId, String message,
            Map<String, String> answer) {
        Application application = owned(client, applicationId);
        if (application.status().isFinal()) {
            throw new ApiException(HttpStatus.CONFLICT, "CASE_ALREADY_CLOSED", application.status().name());
        }
        Map<String, Object> variables = new HashMap<>();
        answer.forEach((key, value) -> variables.put(message + "_" + key, value));
        try {
            runtimeService.createMessageCorrelation(message).processInstanceId(application.processInstanceId())
                    .setVariables(variables).correlateWithResult();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw new ApiException(HttpStatus.CONFLICT, "NOT_WAITING_FOR_ANSWER", message);
        }
    }

    public Application owned(ApiClient client, String applicationId) {
        return applications.find(applicationId).filter(found -> found.clientId().equals(client.id()))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "APPLICATION_NOT_FOUND", applicationId));
    }

    private Submitted repeated(Application earlier, String requestHash) {
        if (!earlier.requestSha256().equals(requestHash)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED");
        }
        return new Submitted(earlier, false);
    }

    private ServiceCatalogue.SubService allowedSubService(ApiClient client, SubmissionRequest request) {
        if (!tenants.contains(request.tenant())) {
            throw new ApiException(HttpStatus.NOT_FOUND, "UNKNOWN_TENANT", request.tenant());
        }
        if (!client.mayActFor(request.tenant())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "TENANT_NOT_ALLOWED", request.tenant());
        }
        ServiceCatalogue.Service service = catalogue.service(request.service())
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "UNKNOWN_SERVICE", request.service()));
        if (!client.mayUse(service.id())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "SERVICE_NOT_ALLOWED", service.id());
        }
        ServiceCatalogue.SubService subService = service.subServices().stream()
                .filter(candidate -> candidate.id().equals(request.subService())
                        && candidate.tenant().equals(request.tenant()))
                .findFirst().orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "UNKNOWN_SUB_SERVICE",
                request.subService(), request.tenant()));
        if (!subService.channels().contains(request.channel())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "CHANNEL_NOT_OFFERED", request.channel(),
                    String.join(", ", subService.channels()));
        }
        return subService;
    }

    private SignedApplication verifiedApplication(byte[] signature, byte[] detached) {
        // The signer is named in the signed content itself: read it once unverified to know whom to expect, then
        // take the application only from what the verified signature covers.
        SignedApplication claimed = parse(detached != null ? detached : checks.attachedContent(signature));
        requireIdentityNumbers(claimed);
        String expected = claimed.representative() != null ? claimed.representative().iin()
                : claimed.applicant().identityNumber();
        // The verification refuses any signature that does not cover exactly these bytes, so they need no new read.
        checks.verifiedContent(signature, detached, new SubmissionChecks.SignerExpectation(expected));
        return claimed;
    }

    /** The application's documents as links for the staff's forms (Markdown, shown by the forms' text fields). */
    private String documentLinks(Application application) {
        return documents.ofApplication(application.id()).stream()
                .map(document -> "- [" + document.fileName().replace("]", ")") + "](/staff/documents/" + document.id()
                        + ")")
                .reduce((first, next) -> first + "\n" + next).orElse("—");
    }

    /** Keeps the signature and the signed content beside the case, so its signature step can check them again. */
    private String keep(Application application, StoredDocument.Kind kind, String fileName, String contentType,
            byte[] content) {
        StoredDocument document = new StoredDocument(UUID.randomUUID().toString(), application.clientId(),
                application.id(), kind, fileName, contentType, content.length, DocumentDigests.sha256(content),
                application.submittedAt());
        documents.save(document, content);
        return document.id();
    }

    private void requireIdentityNumbers(SignedApplication application) {
        if (application.applicant() == null
                || (application.applicant().iin() == null) == (application.applicant().bin() == null)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "APPLICANT_REQUIRED");
        }
        if (application.applicant().iin() != null) {
            checks.requireValidIdentityNumber("applicant.iin", application.applicant().iin());
        } else {
            checks.requireValidIdentityNumber("applicant.bin", application.applicant().bin());
        }
        if (application.representative() != null) {
            checks.requireValidIdentityNumber("representative.iin", application.representative().iin());
            if (application.representative().powerOfAttorney() == null
                    || application.representative().powerOfAttorney().isBlank()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "POWER_OF_ATTORNEY_REQUIRED");
            }
        }
    }

    private static SignedApplication parse(byte[] content) {
        try {
            return JSON.readValue(content, SignedApplication.class);
        } catch (IOException malformed) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_APPLICATION");
        }
    }

    private static byte[] base64(String field, String value) {
        try {
            return Base64.getDecoder().decode(value.replaceAll("\\s", ""));
        } catch (IllegalArgumentException notBase64) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "NOT_BASE64", field);
        }
    }

    private static Map<String, Object> variablesOf(Application application, SignedApplication signed,
            SubmissionRequest request) {
        Map<String, Object> variables = new HashMap<>(signed.form());
        variables.put("applicationId", application.id());
        variables.put("applicationNumber", application.number());
        variables.put("submittedAt", application.submittedAt().toString());
        variables.put("applicantId", signed.applicant().identityNumber());
        variables.put("channel", application.channel());
        variables.put("applicantIin", signed.applicant().iin());
        variables.put("applicantBin", signed.applicant().bin());
        if (signed.representative() != null) {
            variables.put("representativeIin", signed.representative().iin());
            variables.put("powerOfAttorney", signed.representative().powerOfAttorney());
        }
        variables.put("documentIds", String.join(",", request.documents()));
        return variables;
    }

    /** A number a person can read out on the phone: date and eight letters or digits, e.g. RG-20261122-K7M2Q9XA. */
    private static String newNumber(Instant at) {
        StringBuilder number = new StringBuilder("RG-")
                .append(LocalDate.ofInstant(at, WorkingTime.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE)).append('-');
        for (int i = 0; i < 8; i++) {
            number.append(NUMBER_ALPHABET.charAt(RANDOM.nextInt(NUMBER_ALPHABET.length())));
        }
        return number.toString();
    }

    private static String sha256(SubmissionRequest request) {
        try {
            return DocumentDigests.sha256(JSON.writeValueAsBytes(request));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A submission is plain JSON data", impossible);
        }
    }
}
