package kz.reglament.security;

/** The administrator's id and the password it gets at this start, after the demo profile had its say. */
public record AdministratorAccount(String id, String password, boolean generated) {

    static AdministratorAccount from(AdministratorProperties properties, DemoProperties demo) {
        if (properties.password() != null && !properties.password().isBlank()) {
            return new AdministratorAccount(properties.id(), properties.password(), false);
        }
        if (demo.enabled()) {
            return new AdministratorAccount(properties.id(), GeneratedPasswords.generate(), true);
        }
        throw new MissingAdministratorPasswordException();
    }

    @Override
    public String toString() {
        return "AdministratorAccount[id=" + id + "]";
    }
}
