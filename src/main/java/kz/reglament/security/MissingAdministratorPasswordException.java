package kz.reglament.security;

/** Start-up without an administrator password outside the demo profile. */
public class MissingAdministratorPasswordException extends IllegalStateException {

    public MissingAdministratorPasswordException() {
        super("No administrator password is configured. Set REGLAMENT_ADMIN_PASSWORD (property "
                + "reglament.security.admin.password); only the demo profile generates one.");
    }
}
