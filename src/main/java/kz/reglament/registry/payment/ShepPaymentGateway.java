package kz.reglament.registry.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.reglament.registry.RegistrySystem;
import kz.reglament.registry.RegistryUnavailableException;
import kz.reglament.registry.shep.ShepClient;
import kz.reglament.registry.shep.Xml;
import org.w3c.dom.Element;

/**
 * ЭҮТШ through the gateway. The payment gateway's payload is not public; this adapter asks for the payments towards
 * an application and decides itself, by the same rule as the embedded gateway:
 *
 * <pre>
 * request data:  paymentStatusRequest: applicationNumber
 * answer data:   paymentStatusResponse: payment*: reference, applicationNumber, payer, amount (tenge, decimal
 *                point), paidAt (ISO 8601 with offset)
 * </pre>
 */
public class ShepPaymentGateway implements PaymentGateway {

    private final ShepClient shep;
    private final String serviceId;

    public ShepPaymentGateway(ShepClient shep, String serviceId) {
        if (serviceId == null || serviceId.isBlank()) {
            throw new IllegalStateException("reglament.registry.payments.service-id must be set for remote mode");
        }
        this.shep = shep;
        this.serviceId = serviceId;
    }

    @Override
    public PaymentCheck checkFee(String applicationNumber, BigDecimal amountDue) {
        Element data = shep.send(RegistrySystem.PAYMENTS, serviceId, request ->
                Xml.append(Xml.append(request, "paymentStatusRequest", null), "applicationNumber", applicationNumber));
        Element answer = Xml.child(data, "paymentStatusResponse")
                .orElseThrow(() -> malformed("no paymentStatusResponse"));
        List<Payment> payments = Xml.children(answer, "payment").stream().map(ShepPaymentGateway::read).toList();
        if (payments.stream().anyMatch(payment -> !payment.applicationNumber().equals(applicationNumber))) {
            throw malformed("a payment towards another application");
        }
        return PaymentCheck.decide(payments, amountDue);
    }

    private static Payment read(Element payment) {
        try {
            return new Payment(required(payment, "reference"), required(payment, "applicationNumber"),
                    required(payment, "payer"), new BigDecimal(required(payment, "amount")),
                    Instant.from(OffsetDateTime.parse(required(payment, "paidAt"))));
        } catch (NumberFormatException | DateTimeParseException unreadable) {
            throw malformed("a payment whose amount or time cannot be read");
        }
    }

    private static String required(Element payment, String name) {
        return Xml.text(payment, name).orElseThrow(() -> malformed("a payment without " + name));
    }

    private static RegistryUnavailableException malformed(String what) {
        return new RegistryUnavailableException(RegistrySystem.PAYMENTS, "the payment gateway's answer has " + what);
    }
}
