package kz.reglament.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator password into the plain start-up report Spring Boot prints for bad configuration. */
public class MissingAdministratorPasswordFailureAnalyzer
        extends AbstractFailureAnalyzer<MissingAdministratorPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdministratorPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the environment variable REGLAMENT_ADMIN_PASSWORD to the administrator's password "
                        + "(at least 10 characters with upper- and lower-case letters, a digit and a symbol), "
                        + "or run with --spring.profiles.active=demo to try the service with generated passwords.",
                cause);
    }
}
