package kz.reglament.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@code /engine-rest}: how long a verified Basic credential and its user's groups and tenants are
 * remembered before they are checked and read again (see {@link RememberingBasicAuthenticationProvider}).
 */
@ConfigurationProperties("reglament.engine-rest")
public record EngineRestProperties(Duration credentialsRememberedFor) {

    public EngineRestProperties {
        if (credentialsRememberedFor == null) {
            credentialsRememberedFor = Duration.ofMinutes(5);
        }
        if (credentialsRememberedFor.isNegative()) {
            throw new IllegalArgumentException(
                    "reglament.engine-rest.credentials-remembered-for cannot be negative: " + credentialsRememberedFor);
        }
    }
}
