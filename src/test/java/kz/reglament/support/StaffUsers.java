package kz.reglament.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Staff accounts that tests create in a tenant's group, as an administrator would in Camunda Admin. */
public final class StaffUsers {

    public static final String PASSWORD = "Staff-Pass-42";

    private StaffUsers() {
    }

    /** Creates (once) a user that is a member of the given tenant-scoped group, e.g. {@code aktobe.head}. */
    public static String member(IdentityService identity, String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(userId, groupId);
        }
        return userId;
    }
}
