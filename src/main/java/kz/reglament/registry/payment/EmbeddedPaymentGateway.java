package kz.reglament.registry.payment;

import static kz.reglament.persistence.UtcTimestamps.utc;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** ЭҮТШ answered from the service's own table {@code rgl_payment}, for a machine with no gateway. */
@Repository
@ConditionalOnProperty(name = "reglament.registry.payments.mode", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedPaymentGateway implements PaymentGateway {

    private final JdbcTemplate jdbc;

    public EmbeddedPaymentGateway(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PaymentCheck checkFee(String applicationNumber, BigDecimal amountDue) {
        List<Payment> payments = jdbc.query("select reference, application_number, payer_id, amount, paid_at"
                        + " from rgl_payment where application_number = ?",
                (row, index) -> new Payment(row.getString("reference"), row.getString("application_number"),
                        row.getString("payer_id"), row.getBigDecimal("amount"),
                        row.getObject("paid_at", OffsetDateTime.class).toInstant()), applicationNumber);
        return PaymentCheck.decide(payments, amountDue);
    }

    /** Records a payment, replacing one with the same reference: how demo data and tests fill the gateway. */
    public void save(Payment payment) {
        jdbc.update("delete from rgl_payment where reference = ?", payment.reference());
        jdbc.update("insert into rgl_payment (reference, application_number, payer_id, amount, paid_at)"
                        + " values (?, ?, ?, ?, ?)", payment.reference(), payment.applicationNumber(),
                payment.payer(), payment.amount(), utc(payment.paidAt()));
    }
}
