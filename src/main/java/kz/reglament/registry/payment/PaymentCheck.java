package kz.reglament.registry.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The answer to "is the fee paid?". */
public sealed interface PaymentCheck {

    /**
     * @param reference the gateway's reference of the payment; several, comma-separated, when it was paid in parts
     * @param payer who paid last
     */
    record Paid(String reference, BigDecimal amount, String payer, Instant paidAt) implements PaymentCheck {
    }

    /** @param amountPaid what was paid so far, zero when nothing */
    record NotPaid(PaymentProblem problem, BigDecimal amountPaid) implements PaymentCheck {
    }

    /** Paid when the payments for the application add up to at least the fee. */
    static PaymentCheck decide(List<Payment> payments, BigDecimal amountDue) {
        if (payments.isEmpty()) {
            return new NotPaid(PaymentProblem.NONE, BigDecimal.ZERO);
        }
        BigDecimal total = payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(amountDue) < 0) {
            return new NotPaid(PaymentProblem.UNDERPAID, total);
        }
        List<Payment> inOrder = payments.stream().sorted(Comparator.comparing(Payment::paidAt)).toList();
        Payment last = inOrder.get(inOrder.size() - 1);
        return new Paid(inOrder.stream().map(Payment::reference).collect(Collectors.joining(",")), total,
                last.payer(), last.paidAt());
    }
}
