package kz.reglament.api;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
public class ApiWebConfiguration {

    /** Before security, so an oversized body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(
            @Value("${reglament.api.max-request-size:5MB}") DataSize limit, ApiProblems problems) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(limit, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Spring Security's firewall refuses addresses no endpoint can have (an encoded slash, semicolon, backslash or
     * percent), e.g. an id with script or SQL text in it. Without this, its refusal is Spring Boot's plain JSON
     * error without a reason, unlike every other refusal.
     */
    @Bean
    RequestRejectedHandler requestRejectedAsProblem(ApiProblems problems) {
        return (request, response, rejected) -> ProblemResponses.write(response,
                problems.problem(request, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST"));
    }

    /**
     * Tomcat would refuse an encoded slash itself, before any filter, with its HTML error page. Passed through, the
     * firewall above refuses it as a problem; nothing behind the firewall ever sees it.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesToTheFirewall() {
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }
}
