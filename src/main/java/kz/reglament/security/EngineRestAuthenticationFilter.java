package kz.reglament.security;

import jakarta.servlet.FilterConfig;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's authentication filter for {@code /engine-rest}, given its provider as an object: Camunda's own
 * {@link #init} can only instantiate a provider class by name, which leaves no way to configure it.
 */
final class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    EngineRestAuthenticationFilter(AuthenticationProvider provider) {
        this.authenticationProvider = provider;
    }

    @Override
    public void init(FilterConfig config) {
        servletPathPrefix = config.getInitParameter(SERVLET_PATH_PREFIX);
    }
}
