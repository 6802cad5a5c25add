package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.reglament.tenant.TenantProperties;
import kz.reglament.tenant.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What the configuration says, and refuses, at start-up. */
@ExtendWith(OutputCaptureExtension.class)
class SignatureConfigurationTest {

    final SignatureConfiguration configuration = new SignatureConfiguration();
    final ObjectProvider<DemoPki> noDemo = new StaticListableBeanFactory().getBeanProvider(DemoPki.class);
    final Tenants tenants = new Tenants(new TenantProperties(Map.of("aktobe",
            new TenantProperties.Tenant(null, List.of("head"), null))));

    static SignatureProperties properties(SignatureProperties.Trust trust, Map<String, SignatureProperties.TenantKey> keys,
            String verifier) {
        return new SignatureProperties(verifier, trust, null, null, keys, null);
    }

    @Test
    void withoutTrustedRootsItSaysLoudlyThatNothingIsTrusted(CapturedOutput output) {
        CertificateChains chains = configuration.certificateChains(properties(null, null, null), noDemo);

        assertThat(chains.rootCount()).isZero();
        assertThat(output.getOut()).contains("WARN").contains("UNTRUSTED_CHAIN")
                .contains("reglament.signature.trust.roots");
    }

    @Test
    void anUnreadableTrustedCertificateStopsTheStart() {
        Path missing = Path.of("target/no-such-root.pem");

        assertThatThrownBy(() -> configuration.certificateChains(properties(
                new SignatureProperties.Trust(List.of(missing), null), null, null), noDemo))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-root.pem");
    }

    @Test
    void tenantsWithoutAKeyStoreAreNamed(CapturedOutput output) {
        DocumentSigner signer = configuration.documentSigner(properties(null, null, null), tenants, noDemo);

        assertThat(signer.tenants()).isEmpty();
        assertThat(output.getOut()).contains("WARN").contains("[aktobe]").contains("cannot be signed");
    }

    @Test
    void aKeyStoreForAnUnknownTenantStopsTheStart() {
        assertThatThrownBy(() -> configuration.documentSigner(properties(null, Map.of("almaty",
                new SignatureProperties.TenantKey(Path.of("almaty.p12"), "x", null)), null), tenants, noDemo))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown tenant almaty");
    }

    @Test
    void theNcaNodeVerifierNeedsItsAddress() {
        assertThatThrownBy(() -> configuration.ncaNodeSignatureVerifier(properties(null, null,
                SignatureProperties.NCANODE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reglament.signature.ncanode.url");
    }
}
