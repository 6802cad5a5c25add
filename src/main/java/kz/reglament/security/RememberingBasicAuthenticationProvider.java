package kz.reglament.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * HTTP Basic for {@code /engine-rest} that remembers, for a while, the credentials it has verified and the groups and
 * tenants of their user. Machine clients send their credentials on every call; without this, each call checks the
 * password and reads the user's groups and tenants again. Camunda's webapps do the same for a logged-in session (their
 * authentication cache re-reads a user after five minutes), so a password, group or tenant change reaches
 * {@code /engine-rest} as late as it reaches Tasklist.
 *
 * <p>Only credentials that passed the engine's own check are remembered, so wrong passwords still go to the engine and
 * its login throttling. Credentials are kept as a keyed hash, never as they were sent; the key lives only in this
 * process.
 */
public final class RememberingBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

    private static final String HMAC = "HmacSHA256";

    private final Cache<String, Boolean> verifiedCredentials;
    private final Cache<String, Memberships> memberships;
    // A Mac is not thread-safe, and choosing its provider cost as much as the rest of a remembered check.
    private final ThreadLocal<Mac> credentialsMac;

    public RememberingBasicAuthenticationProvider(Duration rememberedFor) {
        this(rememberedFor, Ticker.systemTicker());
    }

    RememberingBasicAuthenticationProvider(Duration rememberedFor, Ticker clock) {
        this.verifiedCredentials = Caffeine.newBuilder().expireAfterWrite(rememberedFor).maximumSize(10_000)
                .ticker(clock).build();
        this.memberships = Caffeine.newBuilder().expireAfterWrite(rememberedFor).maximumSize(10_000)
                .ticker(clock).build();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        SecretKeySpec credentialsKey = new SecretKeySpec(key, HMAC);
        this.credentialsMac = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance(HMAC);
                mac.init(credentialsKey);
                return mac;
            } catch (GeneralSecurityException unavailable) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
            }
        });
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (result.isAuthenticated()) {
            Memberships of = memberships.get(engine.getName() + '\n' + result.getAuthenticatedUser(),
                    ignored -> Memberships.read(engine.getIdentityService(), result.getAuthenticatedUser()));
            result.setGroups(of.groupIds());
            result.setTenants(of.tenantIds());
        }
        return result;
    }

    @Override
    protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
        String credentials = keyedHash(engine.getName() + '\n' + userName + '\n' + password);
        if (verifiedCredentials.getIfPresent(credentials) != null) {
            return true;
        }
        boolean verified = super.isAuthenticated(engine, userName, password);
        if (verified) {
            verifiedCredentials.put(credentials, Boolean.TRUE);
        }
        return verified;
    }

    private String keyedHash(String credentials) {
        // doFinal leaves the Mac ready for the next message with the same key.
        return Base64.getEncoder().encodeToString(
                credentialsMac.get().doFinal(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** What the engine's authentication filter would read itself when a provider leaves them out. */
    private record Memberships(List<String> groupIds, List<String> tenantIds) {

        static Memberships read(IdentityService identity, String userId) {
            return new Memberships(
                    identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
                    identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                            .map(Tenant::getId).toList());
        }
    }
}
