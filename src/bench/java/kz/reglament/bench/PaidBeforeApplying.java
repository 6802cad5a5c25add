package kz.reglament.bench;

import java.time.Instant;
import kz.reglament.registry.payment.EmbeddedPaymentGateway;
import kz.reglament.registry.payment.Payment;
import kz.reglament.registry.payment.PaymentGateway;
import kz.reglament.signature.DemoPki;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * ЭҮТШ as the benchmark's applicants meet it: each has paid the fee in full before applying. On a portal the payment
 * comes first; here the application number exists only once the service has made it, so the payment is recorded
 * when the fee is asked about, and the embedded gateway then answers from its table as it always does.
 */
@Configuration(proxyBeanMethods = false)
public class PaidBeforeApplying {

    @Bean
    @Primary
    PaymentGateway feePaidBeforeApplying(EmbeddedPaymentGateway gateway) {
        return (applicationNumber, amountDue) -> {
            gateway.save(new Payment("BENCH-" + applicationNumber, applicationNumber, DemoPki.LEGAL_ENTITY_BIN,
                    amountDue, Instant.now()));
            return gateway.checkFee(applicationNumber, amountDue);
        };
    }
}
