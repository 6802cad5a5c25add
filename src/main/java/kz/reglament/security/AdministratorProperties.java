package kz.reglament.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The Camunda administrator. Its password has no default: see {@link AdministratorAccount}. */
@ConfigurationProperties("reglament.security.admin")
public record AdministratorProperties(String id, String password) {
    public AdministratorProperties {
        id = id == null || id.isBlank() ? "admin" : id;
    }
}
