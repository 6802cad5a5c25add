package kz.reglament.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import kz.reglament.api.ApiException;
import kz.reglament.document.DocumentStore;
import kz.reglament.document.StoredDocument;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's documents for staff, opened from the links in their Tasklist forms. The staff member is the
 * one logged in to Tasklist (the webapps' session), and sees a document only while a task of its case is visible to
 * them (their group, their tenant) or was worked by them; an administrator sees every document.
 */
@RestController
@RequestMapping("/staff/documents")
public class StaffDocumentController {

    private final DocumentStore documents;
    private final ApplicationStore applications;
    private final ProcessEngine engine;

    public StaffDocumentController(DocumentStore documents, ApplicationStore applications, ProcessEngine engine) {
        this.documents = documents;
        this.applications = applications;
        this.engine = engine;
    }

    @GetMapping("/{id}")
    public ResponseEntity<byte[]> document(@PathVariable String id, HttpServletRequest request) {
        UserAuthentication staff = loggedIn(request.getSession(false));
        StoredDocument document = documents.find(id).filter(found -> found.applicationId() != null)
                .orElseThrow(() -> notFound(id));
        Application application = applications.find(document.applicationId()).orElseThrow(() -> notFound(id));
        if (!mayRead(staff, application)) {
            throw notFound(id);
        }
        // Opened inline, in the webapps' origin, whatever an applicant uploaded: an XML document may be XHTML with a
        // script in it. The browser shows it but must neither run it nor guess another type for it.
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName())
                        .build().toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'")
                .header("X-Content-Type-Options", "nosniff")
                .body(documents.content(id));
    }

    private UserAuthentication loggedIn(HttpSession session) {
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engine.getName());
        if (!(authentication instanceof UserAuthentication user)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "STAFF_LOGIN_REQUIRED");
        }
        return user;
    }

    private boolean mayRead(UserAuthentication staff, Application application) {
        List<String> groups = staff.getGroupIds() == null ? List.of() : staff.getGroupIds();
        List<String> tenants = staff.getTenantIds() == null ? List.of() : staff.getTenantIds();
        if (groups.contains(Groups.CAMUNDA_ADMIN)) {
            return true;
        }
        if (!tenants.contains(application.tenant())) {
            return false;
        }
        IdentityService identity = engine.getIdentityService();
        TaskService tasks = engine.getTaskService();
        HistoryService history = engine.getHistoryService();
        identity.setAuthentication(staff.getIdentityId(), groups, tenants);
        try {
            if (tasks.createTaskQuery().processInstanceBusinessKey(application.number()).count() > 0) {
                return true;
            }
        } finally {
            identity.clearAuthentication();
        }
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(application.number())
                .taskAssignee(staff.getIdentityId()).count() > 0;
    }

    private static ApiException notFound(String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "DOCUMENT_NOT_FOUND", id);
    }
}
