package kz.reglament.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the demo profile; {@code enabled} is set only by application-demo.yml. */
@ConfigurationProperties("reglament.demo")
public record DemoProperties(boolean enabled, String staffPassword) {
}
