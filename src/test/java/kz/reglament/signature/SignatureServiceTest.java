package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import kz.reglament.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service as an operator configures it (the shared test service trusts the test PKI of TestPkiInitializer):
 * in-process verification that trusts only the configured roots, and a signing key per tenant.
 */
@ServiceTest
class SignatureServiceTest {

    @Autowired
    SignatureVerifier verifier;
    @Autowired
    DocumentSigner documentSigner;
    @Autowired
    DocumentSignatureVerifier documentSignatureVerifier;

    @Test
    void applicationsAreVerifiedInProcessAndOnlyTheConfiguredRootsAreTrusted() {
        TestPki pki = TestPki.shared();
        byte[] cms = pki.cms(pki.person, "<application/>".getBytes(StandardCharsets.UTF_8), true);

        VerificationResult result = verifier.verify(VerificationRequest.cmsAttached(cms,
                ExpectedSigner.identifiedBy(TestPki.PERSON_IIN)));

        assertThat(verifier).isInstanceOf(InProcessSignatureVerifier.class);
        assertThat(result.reason()).isEqualTo(VerificationReason.UNTRUSTED_CHAIN);
        assertThat(result.disposition()).isEqualTo(VerificationReason.Disposition.REFUSE);
    }

    @Test
    void everyTenantSignsResultDocumentsWithItsConfiguredKeyStoreAndAnyoneCanCheckThem() {
        byte[] document = "<licence/>".getBytes(StandardCharsets.UTF_8);

        assertThat(documentSigner.tenants()).containsExactlyInAnyOrder("aktobe", "zhambyl", "west-kazakhstan",
                "east-kazakhstan", "ministry");
        assertThat(documentSignatureVerifier.verify(document, documentSigner.sign("zhambyl", document).cms())
                .trusted()).isTrue();
    }
}
