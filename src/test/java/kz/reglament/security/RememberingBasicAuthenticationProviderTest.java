package kz.reglament.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

@ServiceTest
class RememberingBasicAuthenticationProviderTest {

    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identityService;

    final AtomicLong nanos = new AtomicLong();
    final RememberingBasicAuthenticationProvider provider =
            new RememberingBasicAuthenticationProvider(REMEMBERED_FOR, nanos::get);

    @Test
    void givesTheUsersGroupsAndTenantsAsTheEngineWouldReadThem() {
        String user = StaffUsers.member(identityService, "remembered.groups", "aktobe.licensing-specialist");

        AuthenticationResult result = authenticate(user, StaffUsers.PASSWORD);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthenticatedUser()).isEqualTo(user);
        assertThat(result.getGroups()).containsExactly("aktobe.licensing-specialist");
        assertThat(result.getTenants()).containsExactly("aktobe");
    }

    @Test
    void checksAVerifiedPasswordAgainOnlyAfterItsTimeIsUp() {
        String user = StaffUsers.member(identityService, "remembered.password", "aktobe.head");
        assertThat(authenticate(user, StaffUsers.PASSWORD).isAuthenticated()).isTrue();
        changePassword(user, "Changed-Pass-43");

        nanos.addAndGet(REMEMBERED_FOR.minusSeconds(1).toNanos());
        assertThat(authenticate(user, StaffUsers.PASSWORD).isAuthenticated())
                .as("the old password, verified less than five minutes ago").isTrue();
        assertThat(authenticate(user, "Changed-Pass-43").isAuthenticated())
                .as("the new password, checked by the engine").isTrue();

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(authenticate(user, StaffUsers.PASSWORD).isAuthenticated())
                .as("the old password, once its time is up").isFalse();
    }

    @Test
    void remembersNothingWhenToldToCheckEveryCall() {
        String user = StaffUsers.member(identityService, "remembered.never", "aktobe.head");
        RememberingBasicAuthenticationProvider everyCall =
                new RememberingBasicAuthenticationProvider(Duration.ZERO, nanos::get);
        assertThat(authenticate(everyCall, user, StaffUsers.PASSWORD).isAuthenticated()).isTrue();

        changePassword(user, "Changed-Pass-44");

        assertThat(authenticate(everyCall, user, StaffUsers.PASSWORD).isAuthenticated()).isFalse();
    }

    @Test
    void neverRemembersAWrongPassword() {
        String user = StaffUsers.member(identityService, "remembered.wrong", "zhambyl.head");

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(authenticate(user, "Not-The-Pass-1").isAuthenticated()).isFalse();
            // The engine counted the failure each time, so its login throttling sees every wrong password.
            assertThat(identityService.createUserQuery().userId(user).singleResult())
                    .extracting("attempts").isEqualTo(1);
            unlock(user);
        }
        assertThat(authenticate(user, StaffUsers.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void readsGroupsAgainAfterTheirTimeIsUp() {
        String user = StaffUsers.member(identityService, "remembered.moved", "aktobe.office-clerk");
        assertThat(authenticate(user, StaffUsers.PASSWORD).getGroups()).containsExactly("aktobe.office-clerk");
        identityService.deleteMembership(user, "aktobe.office-clerk");
        identityService.createMembership(user, "zhambyl.office-clerk");

        assertThat(authenticate(user, StaffUsers.PASSWORD).getTenants()).containsExactly("aktobe");
        nanos.addAndGet(REMEMBERED_FOR.plusSeconds(1).toNanos());
        AuthenticationResult moved = authenticate(user, StaffUsers.PASSWORD);
        assertThat(moved.getGroups()).containsExactly("zhambyl.office-clerk");
        assertThat(moved.getTenants()).containsExactly("zhambyl");
    }

    @Test
    void refusesMissingAndMalformedCredentials() {
        assertThat(provider.extractAuthenticatedUser(new MockHttpServletRequest(), engine).isAuthenticated())
                .isFalse();
        MockHttpServletRequest malformed = new MockHttpServletRequest();
        malformed.addHeader("Authorization", "Basic " + encode("no-colon-here"));
        assertThat(provider.extractAuthenticatedUser(malformed, engine).isAuthenticated()).isFalse();
    }

    private AuthenticationResult authenticate(String user, String password) {
        return authenticate(provider, user, password);
    }

    private AuthenticationResult authenticate(RememberingBasicAuthenticationProvider provider, String user,
            String password) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", "Basic " + encode(user + ":" + password));
        return provider.extractAuthenticatedUser(request, engine);
    }

    private void changePassword(String userId, String password) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setPassword(password);
        identityService.saveUser(user);
    }

    private void unlock(String userId) {
        // A failed login locks the account for a few seconds; the administrator's unlock stands in for the wait.
        identityService.unlockUser(userId);
    }

    private static String encode(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
