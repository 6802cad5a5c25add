package kz.reglament.api;

import java.util.List;
import kz.reglament.tenant.Tenants;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling the API, and which tenants' data they may read: an administrator every tenant's. */
@Component
public class ApiCaller {

    private static final String ROLE_PREFIX = "ROLE_";

    private final IdentityService identityService;
    private final Tenants tenants;

    public ApiCaller(IdentityService identityService, Tenants tenants) {
        this.identityService = identityService;
        this.tenants = tenants;
    }

    public String userId() {
        return authenticated().getName();
    }

    public boolean isAdministrator() {
        return hasRole(Groups.CAMUNDA_ADMIN);
    }

    public boolean hasRole(String group) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(ROLE_PREFIX + group));
    }

    /** The tenants whose data the caller may read; null means every tenant. */
    public List<String> readableTenants() {
        if (isAdministrator()) {
            return null;
        }
        return identityService.createTenantQuery().userMember(userId()).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
    }

    /**
     * The tenants a report or list is to cover: the one asked for, if the caller may read it, else every tenant the
     * caller may read (null: every tenant).
     */
    public List<String> tenantsToRead(String requested) {
        List<String> readable = readableTenants();
        if (requested == null || requested.isBlank()) {
            return readable;
        }
        if (!tenants.contains(requested)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "UNKNOWN_TENANT", requested);
        }
        if (readable != null && !readable.contains(requested)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN");
        }
        return List.of(requested);
    }

    /** The caller's Camunda groups: their roles, as signing in made them (one {@code ROLE_<group>} per group). */
    public List<String> groups() {
        return authenticated().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length())).toList();
    }

    public void requireAdministrator() {
        if (!isAdministrator()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN");
        }
    }

    private static Authentication authenticated() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
        }
        return authentication;
    }
}
