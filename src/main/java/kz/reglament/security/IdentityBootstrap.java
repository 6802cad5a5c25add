package kz.reglament.security;

import java.util.Set;
import kz.reglament.tenant.Tenants;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;

/**
 * Creates what every start needs in Camunda's identity service: a tenant per authority, the tenant-scoped staff
 * groups with the permissions to work in Tasklist, and the administrator with the password from configuration.
 * Staff see a tenant's tasks only through their group's tenant membership; the engine's tenant check does the rest.
 */
public class IdentityBootstrap extends AbstractProcessEnginePlugin {

    private final Tenants tenants;
    private final AdministratorAccount administrator;

    public IdentityBootstrap(Tenants tenants, AdministratorAccount administrator) {
        this.tenants = tenants;
        this.administrator = administrator;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (String tenantId : tenants.ids()) {
            ensureTenant(identity, tenantId);
            for (String groupId : tenants.staffGroupIds(tenantId)) {
                ensureGroup(identity, groupId, tenantId + ": " + groupId.substring(tenantId.length() + 1), "WORKFLOW");
                if (identity.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
                    identity.createTenantGroupMembership(tenantId, groupId);
                }
                grantStaffPermissions(authorizations, groupId);
            }
        }
        ensureGroup(identity, Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
        for (Resource resource : Resources.values()) {
            grant(authorizations, Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        ensureAdministrator(identity);
    }

    /** The actors who receive applicants in person start cases themselves, with the sub-service's start form. */
    private static final Set<String> RECEIVING_GROUPS = Set.of("office-clerk", "psc-operator");

    private static void grantStaffPermissions(AuthorizationService authorizations, String groupId) {
        grant(authorizations, groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        if (RECEIVING_GROUPS.contains(groupId.substring(groupId.indexOf('.') + 1))) {
            grant(authorizations, groupId, Resources.PROCESS_DEFINITION, Authorization.ANY,
                    Permissions.CREATE_INSTANCE);
            grant(authorizations, groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        }
        // Reading definitions lets Tasklist show the process name and diagram; the tenant check still hides
        // every other tenant's definitions. Filters are granted one by one (kz.reglament.tasklist).
        grant(authorizations, groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }

    /** Adds the permission to the group's one authorization for the resource, creating it if there is none. */
    private static void grant(AuthorizationService authorizations, String groupId, Resource resource,
            String resourceId, Permission permission) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (authorization.isPermissionGranted(permission)) {
            return;
        }
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    private void ensureTenant(IdentityService identity, String tenantId) {
        if (identity.createTenantQuery().tenantId(tenantId).count() == 0) {
            Tenant tenant = identity.newTenant(tenantId);
            tenant.setName(tenants.find(tenantId).map(t -> t.name() == null ? tenantId : t.name().kk()).orElse(tenantId));
            identity.saveTenant(tenant);
        }
    }

    private static void ensureGroup(IdentityService identity, String groupId, String name, String type) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void ensureAdministrator(IdentityService identity) {
        User user = identity.createUserQuery().userId(administrator.id()).singleResult();
        if (user == null) {
            user = identity.newUser(administrator.id());
            user.setFirstName("Reglament");
            user.setLastName("Administrator");
        }
        // Set at every start, so changing the configured password rotates it.
        user.setPassword(administrator.password());
        try {
            identity.saveUser(user);
        } catch (ProcessEngineException e) {
            throw new IllegalStateException("The configured administrator password is refused: " + e.getMessage(), e);
        }
        if (identity.createUserQuery().userId(administrator.id()).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(administrator.id(), Groups.CAMUNDA_ADMIN);
        }
    }
}
