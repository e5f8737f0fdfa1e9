package ru.zabota.catalogcontract;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.zabota.payment.Receipt;
import ru.zabota.payment.ReceiptRequest;
import ru.zabota.payment.ReceiptService;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** The catalog contract's door to the payment feature: issue the receipt, confirm or reject its payment, read it. */
@Component
public class ReceiptDesk {
    private final ReceiptService receipts;
    private final MessageSource messages;

    public ReceiptDesk(ReceiptService receipts, MessageSource messages) {
        this.receipts = receipts;
        this.messages = messages;
    }

    /** What the contract's views show of its receipt. */
    public record ReceiptInfo(Long id, String number, BigDecimal amount, String status, String statusLabel) {
    }

    /** Once per contract: the payment feature answers the id already issued on a repeat. */
    Long issue(CatalogContract c, String unitLabel) {
        return receipts.issue(new ReceiptRequest(c.getId(), c.getNumber(), c.getProvider().getId(), c.getPerson().getId(),
                c.getServiceTitle(), c.getActualQuantity(), unitLabel, c.getActualCost()));
    }

    void confirm(Long receiptId, String actor) {
        receipts.confirmPayment(receiptId, actor);
    }

    void reject(Long receiptId, String reason, String actor) {
        receipts.rejectPayment(receiptId, reason, actor);
    }

    Optional<ReceiptInfo> of(Long receiptId) {
        return receipts.find(receiptId).map(this::info);
    }

    private ReceiptInfo info(Receipt r) {
        String key = "ReceiptStatus." + r.getStatus().name();
        return new ReceiptInfo(r.getId(), r.getNumber(), r.getAmount(), r.getStatus().name(),
                messages.getMessage(key, null, key, Locale.forLanguageTag("ru")));
    }
}
