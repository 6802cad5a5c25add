package kz.reglament.api;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling the API, and which tenants' data they may read: an administrator every tenant's. */
@Component
public class ApiCaller {

    private final IdentityService identityService;

    public ApiCaller(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String userId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
        }
        return authentication.getName();
    }

    public boolean isAdministrator() {
        return hasRole(Groups.CAMUNDA_ADMIN);
    }

    public boolean hasRole(String group) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + group));
    }

    /** The tenants whose data the caller may read; null means every tenant. */
    public List<String> readableTenants() {
        if (isAdministrator()) {
            return null;
        }
        return identityService.createTenantQuery().userMember(userId()).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
    }

    public void requireAdministrator() {
        if (!isAdministrator()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN");
        }
    }
}
