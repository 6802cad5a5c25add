package kz.reglament.registry.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import kz.reglament.registry.RegistrySystem;
import kz.reglament.registry.RegistryUnavailableException;
import kz.reglament.registry.shep.GatewayFailure;
import kz.reglament.registry.shep.ShepStandIn;
import kz.reglament.registry.shep.Xml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShepPaymentGatewayTest {

    static final BigDecimal FEE = new BigDecimal("39320.00");

    final ShepStandIn gateway = new ShepStandIn();
    final ShepPaymentGateway payments = new ShepPaymentGateway(gateway.client(), "PAYMENT_STATUS");

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aFullPaymentIsPaidWithReferenceAmountPayerAndTime() {
        gateway.answersData(response(payment("P-1", "39320", "2026-03-16T10:30:00+05:00")));

        assertThat(payments.checkFee("APP-1", FEE)).isEqualTo(new PaymentCheck.Paid("P-1", new BigDecimal("39320"),
                "150340012340", Instant.parse("2026-03-16T05:30:00Z")));
        assertThat(Xml.text(gateway.lastRequestData(), "paymentStatusRequest", "applicationNumber")).contains("APP-1");
    }

    @Test
    void paymentsInPartsAddUp() {
        gateway.answersData(response(payment("P-2", "20000.00", "2026-03-16T11:00:00+05:00")
                + payment("P-1", "19320.00", "2026-03-15T11:00:00+05:00")));

        assertThat(payments.checkFee("APP-1", FEE)).isEqualTo(new PaymentCheck.Paid("P-1,P-2",
                new BigDecimal("39320.00"), "150340012340", Instant.parse("2026-03-16T06:00:00Z")));
    }

    @Test
    void lessThanTheFeeIsUnderpaidAndNothingIsNone() {
        gateway.answersData(response(payment("P-1", "3932.00", "2026-03-16T10:30:00+05:00")));
        assertThat(payments.checkFee("APP-1", FEE))
                .isEqualTo(new PaymentCheck.NotPaid(PaymentProblem.UNDERPAID, new BigDecimal("3932.00")));

        gateway.answersData(response(""));
        assertThat(payments.checkFee("APP-1", FEE))
                .isEqualTo(new PaymentCheck.NotPaid(PaymentProblem.NONE, BigDecimal.ZERO));
    }

    @Test
    void aPaymentTowardsAnotherApplicationOrWithAnUnreadableAmountIsUnavailable() {
        gateway.answersData(response(payment("P-1", "39320", "2026-03-16T10:30:00+05:00")
                .replace("APP-1", "APP-2")));
        assertThatThrownBy(() -> payments.checkFee("APP-1", FEE)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("another application");

        gateway.answersData(response(payment("P-1", "39 320,00", "2026-03-16T10:30:00+05:00")));
        assertThatThrownBy(() -> payments.checkFee("APP-1", FEE)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("cannot be read");
    }

    @ParameterizedTest
    @EnumSource(GatewayFailure.class)
    void everyFailureIsUnavailable(GatewayFailure failure) {
        failure.arrange(gateway);

        assertThatThrownBy(() -> payments.checkFee("APP-1", FEE)).isInstanceOf(RegistryUnavailableException.class)
                .extracting("system").isEqualTo(RegistrySystem.PAYMENTS);
    }

    static String response(String payments) {
        return "<paymentStatusResponse>" + payments + "</paymentStatusResponse>";
    }

    static String payment(String reference, String amount, String paidAt) {
        return "<payment><reference>" + reference + "</reference><applicationNumber>APP-1</applicationNumber>"
                + "<payer>150340012340</payer><amount>" + amount + "</amount><paidAt>" + paidAt + "</paidAt></payment>";
    }
}
