package kz.reglament.registry.payment;

import java.math.BigDecimal;

/**
 * ЭҮТШ, the e-government payment gateway: has the fee for this application been paid in full?
 *
 * @throws kz.reglament.registry.RegistryUnavailableException when no reliable answer can be had
 */
public interface PaymentGateway {

    PaymentCheck checkFee(String applicationNumber, BigDecimal amountDue);
}
