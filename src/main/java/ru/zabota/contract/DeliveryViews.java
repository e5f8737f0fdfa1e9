package ru.zabota.contract;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;

/** What the API answers and the pages (calendar, contract card, staff) show of a delivery. */
@Component
public class DeliveryViews {
    private final MessageSource messages;

    public DeliveryViews(MessageSource messages) {
        this.messages = messages;
    }

    /** A service of the contract as a choice in a form. */
    public record LineOption(Long id, String service) {
    }

    public record DeliveryView(Long id, Long contractId, String contractNumber, Long lineId, String service, String unit,
                               Long recipientId, String recipient, String recipientShort, LocalDateTime scheduledAt, DeliveryStatus status,
                               String statusLabel, String confirmedBy, Instant confirmedAt, String documentHash) {
    }

    public DeliveryView view(Delivery d) {
        Contract c = d.getContract();
        return new DeliveryView(d.getId(), c.getId(), c.getNumber(), d.getLine().getId(), d.getLine().getServiceType().getName(),
                d.getLine().getServiceType().getUnit(), c.getPerson().getId(), c.getPerson().getFullName(), c.getPerson().getShortName(), d.getScheduledAt(),
                d.getStatus(), messages.getMessage("DeliveryStatus." + d.getStatus(), null, d.getStatus().name(), LocaleContextHolder.getLocale()),
                d.getConfirmedBy(), d.getConfirmedAt(), d.getDocumentHash());
    }

    public LineOption option(ContractLine l) {
        return new LineOption(l.getId(), l.getServiceType().getName());
    }
}
