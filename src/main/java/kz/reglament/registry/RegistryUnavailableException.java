package kz.reglament.registry;

/**
 * An external system did not give an answer the service can rely on: it timed out, failed, refused the gateway's
 * credentials or answered with something that cannot be read. This is never a refusal of the application: the
 * service task's job fails, the job executor retries it on its back-off, and then an incident waits for an operator.
 * The message names the system and the cause, never the person the question was about.
 */
public class RegistryUnavailableException extends RuntimeException {

    private final RegistrySystem system;

    public RegistryUnavailableException(RegistrySystem system, String cause) {
        super(system.displayName() + " is unavailable: " + cause);
        this.system = system;
    }

    public RegistryUnavailableException(RegistrySystem system, String cause, Throwable reason) {
        super(system.displayName() + " is unavailable: " + cause, reason);
        this.system = system;
    }

    public RegistrySystem system() {
        return system;
    }
}
