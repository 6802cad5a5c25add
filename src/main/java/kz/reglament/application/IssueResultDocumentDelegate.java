package kz.reglament.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kz.reglament.document.DocumentDigests;
import kz.reglament.document.DocumentStore;
import kz.reglament.document.StoredDocument;
import kz.reglament.signature.DocumentSignature;
import kz.reglament.signature.DocumentSigner;
import kz.reglament.tenant.Tenants;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Draws the case's result document, signs it with the tenant's key and keeps both beside the application, whose
 * portal can then fetch and verify them.
 *
 * <p>In: {@code resultKind} (a {@link ResultKind}), {@code applicationId}, and whichever of {@code licenceNumber},
 * {@code applicantName}, {@code applicantId}, {@code activityType}, {@code licenceSubtypes}, {@code refusalReason},
 * {@code refusalReasonCode} the kind needs. Out: {@code resultDocumentId}, {@code resultSignedAt}. A retried job
 * issues nothing twice: a case that already has its result keeps it.
 */
@Component("issueResultDocument")
public class IssueResultDocumentDelegate implements JavaDelegate {

    private static final Map<String, String> FIELD_LABELS = labels();

    private final ResultDocumentRenderer renderer;
    private final DocumentSigner signer;
    private final DocumentStore documents;
    private final ApplicationStore applications;
    private final Tenants tenants;

    public IssueResultDocumentDelegate(ResultDocumentRenderer renderer, DocumentSigner signer, DocumentStore documents,
            ApplicationStore applications, Tenants tenants) {
        this.renderer = renderer;
        this.signer = signer;
        this.documents = documents;
        this.applications = applications;
        this.tenants = tenants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        Application application = applications.byNumber(number).orElse(null);
        if (application != null && application.resultDocumentId() != null) {
            execution.setVariable("resultDocumentId", application.resultDocumentId());
            return;
        }
        ResultKind kind = ResultKind.valueOf((String) execution.getVariable("resultKind"));
        Map<String, String> fields = new LinkedHashMap<>();
        FIELD_LABELS.forEach((variable, label) -> {
            Object value = execution.getVariable(variable);
            if (value != null) {
                fields.put(label, value.toString());
            }
        });
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String tenant = execution.getTenantId();
        byte[] content = renderer.render(kind, tenants.find(tenant).orElseThrow(), number, fields, now);
        DocumentSignature signature = signer.sign(tenant, content);
        String owner = application == null ? "staff" : application.clientId();
        String applicationId = application == null ? null : application.id();
        StoredDocument result = new StoredDocument(UUID.randomUUID().toString(), owner, applicationId,
                StoredDocument.Kind.RESULT, kind.name().toLowerCase() + ".html", "text/html", content.length,
                DocumentDigests.sha256(content), now);
        documents.save(result, content);
        documents.save(new StoredDocument(UUID.randomUUID().toString(), owner, applicationId,
                StoredDocument.Kind.RESULT_SIGNATURE, kind.name().toLowerCase() + ".html.p7s",
                "application/pkcs7-signature", signature.cms().length, DocumentDigests.sha256(signature.cms()), now),
                signature.cms());
        if (application != null) {
            applications.resultIssued(number, result.id());
        }
        execution.setVariable("resultDocumentId", result.id());
        execution.setVariable("resultSignedAt", signature.signedAt().toString());
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("licenceNumber", "Лицензия нөмірі / Номер лицензии");
        labels.put("applicantName", "Лицензиат / Лицензиат");
        labels.put("applicantId", "ЖСН/БСН / ИИН/БИН");
        labels.put("activityType", "Қызмет түрі / Вид деятельности");
        labels.put("licenceSubtypes", "Кіші түрлері / Подвиды");
        labels.put("refusalReasonCode", "Бас тарту негізі / Основание отказа");
        labels.put("refusalReason", "Уәждеме / Мотивировка");
        return labels;
    }
}
