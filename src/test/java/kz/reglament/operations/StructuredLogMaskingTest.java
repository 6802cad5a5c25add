package kz.reglament.operations;

import static org.assertj.core.api.Assertions.assertThat;

import kz.reglament.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogMaskingTest {

    private static final Logger log = LoggerFactory.getLogger(StructuredLogMaskingTest.class);

    @Test
    void theServicesLogLinesAreJsonWithIdentityNumbersAndNamesMasked(CapturedOutput output) {
        log.info("Registered application of 950101300123 lastName=Сейтқалиев");
        log.warn("Registry lookup failed", new IllegalStateException("no answer for BIN 120340012345"));

        String line = output.getOut().lines().filter(l -> l.contains("Registered application of")).findFirst()
                .orElseThrow();
        assertThat(line).startsWith("{").contains("\"log\":{\"level\":\"INFO\"").contains("********0123")
                .contains("lastName=***").doesNotContain("950101300123").doesNotContain("Сейтқалиев");
        assertThat(output.getOut()).contains("no answer for BIN ********2345").doesNotContain("120340012345");
    }
}
