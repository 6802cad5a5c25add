package kz.reglament.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import kz.reglament.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The service as configured by default: in-process verification that trusts nothing until roots are configured. */
@ServiceTest
class SignatureServiceTest {

    @Autowired
    SignatureVerifier verifier;
    @Autowired
    DocumentSigner documentSigner;
    @Autowired
    DocumentSignatureVerifier documentSignatureVerifier;

    @Test
    void applicationsAreVerifiedInProcessAndNothingIsTrustedByDefault() {
        TestPki pki = TestPki.shared();
        byte[] cms = pki.cms(pki.person, "<application/>".getBytes(StandardCharsets.UTF_8), true);

        VerificationResult result = verifier.verify(VerificationRequest.cmsAttached(cms,
                ExpectedSigner.identifiedBy(TestPki.PERSON_IIN)));

        assertThat(verifier).isInstanceOf(InProcessSignatureVerifier.class);
        assertThat(result.reason()).isEqualTo(VerificationReason.UNTRUSTED_CHAIN);
        assertThat(result.disposition()).isEqualTo(VerificationReason.Disposition.REFUSE);
    }

    @Test
    void noTenantSignsResultDocumentsWithoutItsKeyStore() {
        assertThat(documentSigner.tenants()).isEmpty();
        assertThat(documentSignatureVerifier).isNotNull();
    }
}
