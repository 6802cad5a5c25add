package kz.reglament.support;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.reglament.signature.DemoPki;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the shared test service a PKI of its own, as an operator would configure the NCA's: its root and
 * intermediate trusted, its CRL consulted, and a result-signing key store per tenant. Tests sign applications with
 * its applicant keys ({@link #pki()}). The demo profile's generator makes it, in a fixed folder under target.
 */
public class TestPkiInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Path DIRECTORY = Path.of("./target/test-pki");
    private static final List<String> TENANTS = List.of("aktobe", "zhambyl", "west-kazakhstan", "east-kazakhstan",
            "ministry");

    public static synchronized DemoPki pki() {
        DemoPki pki = new DemoPki(DIRECTORY, TENANTS, Clock.systemUTC());
        pki.ensure();
        return pki;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-pki", properties()));
    }

    /** The configuration an operator would write for this PKI; a service started in a JVM of its own gets it too. */
    public static Map<String, Object> properties() {
        DemoPki pki = pki();
        Map<String, Object> properties = new HashMap<>();
        properties.put("reglament.signature.trust.roots[0]", pki.rootCertificate().toString());
        properties.put("reglament.signature.trust.intermediates[0]", pki.intermediateCertificate().toString());
        properties.put("reglament.signature.revocation.crl-files[0]", pki.crl().toString());
        properties.put("reglament.signature.revocation.crl-distribution-points", "false");
        for (String tenant : TENANTS) {
            String prefix = "reglament.signature.tenants." + tenant;
            properties.put(prefix + ".key-store", pki.tenantKeyStore(tenant).toString());
            properties.put(prefix + ".key-store-password", DemoPki.PASSWORD);
            properties.put(prefix + ".key-alias", DemoPki.TENANT_KEY_ALIAS);
        }
        return properties;
    }
}
