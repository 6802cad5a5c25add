package kz.reglament.registry;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which implementation answers for each external system, and how the remote ones reach the e-government gateway.
 * Every system is {@code embedded} unless configured otherwise, so the service runs on a machine with no network.
 */
@ConfigurationProperties("reglament.registry")
public record RegistryProperties(
        @DefaultValue Shep shep,
        @DefaultValue Registry persons,
        @DefaultValue Registry legalEntities,
        @DefaultValue Registry notary,
        @DefaultValue Registry payments,
        @DefaultValue Registry licensing) {

    public enum Mode {
        /** The service's own tables (and, in the demo profile, its demo data). */
        EMBEDDED,
        /** The real system, through the e-government gateway's synchronous channel. */
        REMOTE
    }

    /**
     * @param mode embedded or remote
     * @param serviceId the gateway's identifier of the system's service, assigned when the service is connected
     */
    public record Registry(@DefaultValue("embedded") Mode mode, String serviceId) {
    }

    /**
     * The e-government gateway (ШЭП): its synchronous channel's address, the credentials the gateway issued to this
     * service, and how long to wait for it.
     *
     * @param requestorBin the BIN of the organisation operating this service, which some services ask for
     */
    public record Shep(URI endpoint, String senderId, String password, String requestorBin,
            @DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout) {
    }
}
