package kz.reglament.registry.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One payment the gateway received towards an application.
 *
 * @param payer IIN or BIN of whoever paid (the applicant or someone on their behalf)
 * @param amount in tenge
 */
public record Payment(String reference, String applicationNumber, String payer, BigDecimal amount, Instant paidAt) {
}
