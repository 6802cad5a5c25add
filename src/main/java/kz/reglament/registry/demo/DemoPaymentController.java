package kz.reglament.registry.demo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import kz.reglament.client.ApiClient;
import kz.reglament.registry.payment.EmbeddedPaymentGateway;
import kz.reglament.registry.payment.Payment;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's stand-in for paying through ЭҮТШ: in production the applicant pays on the portal and the gateway
 * knows it; on one machine, the portal client records the payment here. Exists only in the demo profile.
 */
@RestController
@RequestMapping("/api/v1/demo/payments")
@ConditionalOnProperty(name = "reglament.demo.enabled", havingValue = "true")
public class DemoPaymentController {

    private final EmbeddedPaymentGateway payments;

    public DemoPaymentController(EmbeddedPaymentGateway payments) {
        this.payments = payments;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Payment pay(@Valid @RequestBody DemoPayment payment, @AuthenticationPrincipal ApiClient client) {
        Payment recorded = new Payment("DEMO-PAY-" + UUID.randomUUID(), payment.applicationNumber(),
                payment.payer(), payment.amount(), ClockUtil.getCurrentTime().toInstant());
        payments.save(recorded);
        return recorded;
    }

    public record DemoPayment(@NotBlank String applicationNumber, @NotBlank String payer,
            @NotNull @DecimalMin("0.01") BigDecimal amount) {
    }
}
