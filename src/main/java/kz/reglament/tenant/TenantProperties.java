package kz.reglament.tenant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.reglament.calendar.WorkingHours;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The authorities whose regulation texts the service runs, keyed by tenant id ("aktobe", "west-kazakhstan").
 */
@Validated
@ConfigurationProperties("reglament")
public record TenantProperties(@NotEmpty Map<@Pattern(regexp = TenantProperties.ID_PATTERN) String, @Valid Tenant> tenants) {

    /** Lower-case words joined by hyphens: the shape of a folder name and of a Camunda id alike. */
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    public TenantProperties {
        tenants = tenants == null ? Map.of() : new LinkedHashMap<>(tenants);
    }

    public record Tenant(@Valid LocalizedName name, @NotEmpty List<@Pattern(regexp = ID_PATTERN) String> groups,
            WorkingHours workingHours) {
        public Tenant {
            groups = groups == null ? List.of() : List.copyOf(groups);
            // Working minutes and hours of the regulations count only inside these hours.
            workingHours = workingHours == null ? WorkingHours.STANDARD : workingHours;
        }
    }

    public record LocalizedName(String kk, String ru, String en) {
    }
}
