package ru.zabota.catalogcontract;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Optional;

/** TEMPORARY until branch pay is merged: the catalog contract's door to the payment feature. */
@Component
public class ReceiptDesk {
    public record ReceiptInfo(Long id, String number, BigDecimal amount, String status, String statusLabel) {
    }

    Long issue(CatalogContract c, String unitLabel) {
        throw new UnsupportedOperationException("payment feature not merged yet");
    }

    void confirm(Long receiptId, String actor) {
        throw new UnsupportedOperationException("payment feature not merged yet");
    }

    void reject(Long receiptId, String reason, String actor) {
        throw new UnsupportedOperationException("payment feature not merged yet");
    }

    Optional<ReceiptInfo> of(Long receiptId) {
        return Optional.empty();
    }
}
