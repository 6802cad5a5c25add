package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import kz.reglament.support.RunningService;
import kz.reglament.tenant.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The demo profile, started from scratch: a newcomer's signed application verifies and every tenant signs. */
@ExtendWith(OutputCaptureExtension.class)
class DemoSignatureServiceTest {

    @Test
    void aFreshDemoGeneratesItsPkiTrustsItAndSignsForEveryTenant(CapturedOutput output) throws Exception {
        Path data = Path.of("./target/test-data/demo-signature-" + UUID.randomUUID());
        try (ConfigurableApplicationContext service = RunningService.start("demo",
                "reglament.data-directory=" + data, "reglament.security.admin.password=",
                "reglament.demo.staff-password=")) {
            DemoPki pki = service.getBean(DemoPki.class);
            SignatureVerifier verifier = service.getBean(SignatureVerifier.class);
            byte[] application = "{\"service\":\"medical-licence-issue\"}".getBytes(StandardCharsets.UTF_8);
            SigningCredential applicant = SigningCredential.read(pki.applicantKeyStore(),
                    DemoPki.PASSWORD.toCharArray(), null);
            byte[] cms = new CmsSigner().sign(applicant.key(), applicant.certificate(), applicant.issuers(), application,
                    true, Instant.now());

            VerificationResult result = verifier.verify(VerificationRequest.cmsAttached(cms,
                    ExpectedSigner.identifiedBy(DemoPki.APPLICANT_IIN)));

            assertThat(pki.directory().toAbsolutePath().normalize()).isEqualTo(data.resolve("demo-pki").toAbsolutePath().normalize());
            assertThat(Files.exists(pki.rootCertificate())).isTrue();
            assertThat(result.reason()).as(result.detail()).isEqualTo(VerificationReason.VALID);
            DocumentSigner signer = service.getBean(DocumentSigner.class);
            DocumentSignatureVerifier holder = service.getBean(DocumentSignatureVerifier.class);
            for (String tenant : service.getBean(Tenants.class).ids()) {
                DocumentVerification verification = holder.verify(application,
                        signer.sign(tenant, application).cms());
                assertThat(verification.trusted()).as(tenant).isTrue();
            }
        }
        assertThat(output.getAll()).contains("Demo PKI created").doesNotContain("PRIVATE KEY")
                .doesNotContain("UNTRUSTED_CHAIN until").doesNotContain("cannot be signed");
    }
}
