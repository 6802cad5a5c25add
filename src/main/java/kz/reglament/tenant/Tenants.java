package kz.reglament.tenant;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The tenants and their staff groups. A staff group is tenant-scoped: the actor "head" of Aktobe is the Camunda
 * group {@code aktobe.head}, which is a member of the Camunda tenant {@code aktobe} and of no other.
 */
@Component
public class Tenants {

    private final TenantProperties properties;

    public Tenants(TenantProperties properties) {
        this.properties = properties;
    }

    public Set<String> ids() {
        return properties.tenants().keySet();
    }

    public boolean contains(String tenantId) {
        return properties.tenants().containsKey(tenantId);
    }

    public Optional<TenantProperties.Tenant> find(String tenantId) {
        return Optional.ofNullable(properties.tenants().get(tenantId));
    }

    /** Camunda group ids of the tenant's staff, e.g. {@code aktobe.office-clerk}. */
    public List<String> staffGroupIds(String tenantId) {
        return find(tenantId).orElseThrow(() -> new IllegalArgumentException("Unknown tenant " + tenantId))
                .groups().stream().map(group -> staffGroupId(tenantId, group)).toList();
    }

    /** The tenant's head group, to which a passed term is escalated. */
    public static String headGroupId(String tenantId) {
        return staffGroupId(tenantId, "head");
    }

    public static String staffGroupId(String tenantId, String group) {
        return tenantId + "." + group;
    }
}
