package kz.reglament.security;

import jakarta.servlet.Filter;
import kz.reglament.api.ApiProblems;
import kz.reglament.client.ApiClientAuthentication;
import kz.reglament.client.ApiClientProperties;
import kz.reglament.client.ApiClients;
import kz.reglament.client.ApiKeyAuthenticationFilter;
import kz.reglament.client.JwtApiClients;
import kz.reglament.client.RateLimitFilter;
import kz.reglament.api.ProblemResponses;
import kz.reglament.tenant.Tenants;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Nothing is open by default. The webapps and {@code /engine-rest} authenticate with Camunda's own filters against
 * the identity service; the actuator endpoints other than health need an administrator; everything else is denied
 * until a capability opens its own path.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AdministratorProperties.class, DemoProperties.class, EngineRestProperties.class})
public class SecurityConfiguration {

    // Path patterns, not MVC matchers: /engine-rest and the webapps' APIs are served by servlets of their own.
    private static final RequestMatcher CAMUNDA_AUTHENTICATED_PATHS = new OrRequestMatcher(
            path("/camunda/**"), path("/engine-rest/**"), path("/"), path("/staff/**"));
    private static final RequestMatcher PORTAL_API_PATHS = new OrRequestMatcher(path("/api/v1/services/**"),
            path("/api/v1/services"), path("/api/v1/applications/**"), path("/api/v1/applications"),
            path("/api/v1/documents/**"), path("/api/v1/documents"), path("/api/v1/demo/**"));

    @Bean
    AdministratorAccount administratorAccount(AdministratorProperties properties, DemoProperties demo) {
        return AdministratorAccount.from(properties, demo);
    }

    @Bean
    IdentityBootstrap identityBootstrap(Tenants tenants, AdministratorAccount administrator) {
        return new IdentityBootstrap(tenants, administrator);
    }

    @Bean
    @ConditionalOnProperty(name = "reglament.demo.enabled", havingValue = "true")
    DemoStaff demoStaff(Tenants tenants, AdministratorAccount administrator, DemoProperties demo) {
        // The demo's logins go to the terminal, not into the logs, where passwords never belong.
        return new DemoStaff(tenants, administrator, demo, System.out);
    }

    /** The HTTP side; absent when the service runs without a web server (as some tests start it). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class WebSecurity {

        @Bean
        FilterRegistrationBean<Filter> engineRestAuthentication(EngineRestProperties properties) {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                    new EngineRestAuthenticationFilter(
                            new RememberingBasicAuthenticationProvider(properties.credentialsRememberedFor())));
            registration.setName("engine-rest-authentication");
            registration.addUrlPatterns("/engine-rest/*");
            return registration;
        }

        @Bean
        @Order(1)
        SecurityFilterChain camundaAuthenticatedPaths(HttpSecurity http) throws Exception {
            // The webapps bring their own login, CSRF token filter and security headers, and /engine-rest its Basic
            // authentication filter above; Spring Security's versions would only fight them. /staff reads the
            // webapps' login from the session itself.
            return http.securityMatcher(CAMUNDA_AUTHENTICATED_PATHS)
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .headers(headers -> headers.disable())
                    .requestCache(cache -> cache.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain operations(HttpSecurity http, @Lazy IdentityService identityService) throws Exception {
            return http.securityMatcher(path("/actuator/**"))
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                            .anyRequest().hasRole(Groups.CAMUNDA_ADMIN))
                    .authenticationProvider(new CamundaIdentityAuthenticationProvider(identityService))
                    .httpBasic(basic -> { })
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .build();
        }

        /**
         * The portal API, for machine clients only: an API key ({@code X-API-Key}) or, where an identity provider
         * is configured, an OAuth2 bearer token; then each client's rate limit.
         */
        @Bean
        @Order(3)
        SecurityFilterChain portalApi(HttpSecurity http, ApiClients clients, ApiClientProperties clientProperties,
                ObjectProvider<JwtDecoder> jwtDecoder, ApiProblems problems) throws Exception {
            http.securityMatcher(PORTAL_API_PATHS)
                    .authorizeHttpRequests(requests -> requests.anyRequest()
                            .hasAuthority(ApiClientAuthentication.ROLE))
                    .addFilterBefore(new ApiKeyAuthenticationFilter(clients, problems), BasicAuthenticationFilter.class)
                    .addFilterBefore(new RateLimitFilter(problems), AuthorizationFilter.class)
                    .exceptionHandling(handling -> handling.authenticationEntryPoint(clientUnauthenticated(problems))
                            .accessDeniedHandler((request, response, denied) ->
                                    ProblemResponses.write(response, problems.problem(request, HttpStatus.FORBIDDEN,
                                            "FORBIDDEN"))))
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
            JwtDecoder decoder = jwtDecoder.getIfAvailable();
            if (decoder != null) {
                http.oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(clientUnauthenticated(problems))
                        .jwt(jwt -> jwt.decoder(decoder)
                                .jwtAuthenticationConverter(new JwtApiClients(clientProperties.jwt()))));
            }
            return http.build();
        }

        @Bean
        @Order(4)
        SecurityFilterChain api(HttpSecurity http, @Lazy IdentityService identityService, ApiProblems problems)
                throws Exception {
            // Staff and administrators: stateless Basic authentication and no cookies, so no CSRF to protect.
            return http.securityMatcher(path("/api/**"))
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers(path("/api/v1/verifications")).permitAll()
                            .anyRequest().authenticated())
                    .authenticationProvider(new CamundaIdentityAuthenticationProvider(identityService))
                    .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated(problems)))
                    .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated(problems))
                            .accessDeniedHandler((request, response, denied) ->
                                    ProblemResponses.write(response, problems.problem(request, HttpStatus.FORBIDDEN,
                                            "FORBIDDEN"))))
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .build();
        }

        private static AuthenticationEntryPoint clientUnauthenticated(ApiProblems problems) {
            return (request, response, failure) -> {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"reglament\"");
                ProblemResponses.write(response, problems.problem(request, HttpStatus.UNAUTHORIZED,
                        "CLIENT_UNAUTHENTICATED"));
            };
        }

        private static AuthenticationEntryPoint unauthenticated(ApiProblems problems) {
            return (request, response, failure) -> {
                response.setHeader("WWW-Authenticate", "Basic realm=\"reglament\"");
                ProblemResponses.write(response, problems.problem(request, HttpStatus.UNAUTHORIZED,
                        "UNAUTHENTICATED"));
            };
        }

        @Bean
        @Order(Integer.MAX_VALUE)
        SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests
                            .requestMatchers(path("/error"), path("/v3/api-docs"), path("/v3/api-docs/**"),
                                    path("/swagger-ui.html"), path("/swagger-ui/**")).permitAll()
                            .anyRequest().denyAll())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .build();
        }

        @Bean
        ResourceConfigCustomizer tenantCheckFailuresAreForbidden() {
            return config -> config.register(TenantCheckFailureMappers.ForProcessEngineException.class)
                    .register(TenantCheckFailureMappers.ForRestException.class)
                    .register(UnreadableBodyMappers.ForParseException.class)
                    .register(UnreadableBodyMappers.ForMappingException.class);
        }
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
