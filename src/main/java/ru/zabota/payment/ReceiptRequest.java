package ru.zabota.payment;

import java.math.BigDecimal;

/**
 * What a fulfilled catalog contract hands over for its receipt: the contract (id and number), the two parties, the
 * service as the contract names it, the actual quantity in the ad's unit and the actual cost (rubles).
 */
public record ReceiptRequest(Long catalogContractId, String contractNumber, Long providerId, Long personId,
                             String serviceTitle, BigDecimal quantity, String unitLabel, BigDecimal amount) {
}
