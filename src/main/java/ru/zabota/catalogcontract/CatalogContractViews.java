package ru.zabota.catalogcontract;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.security.Acting;
import ru.zabota.security.PortalRole;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static ru.zabota.catalogcontract.CatalogContractProcess.Elements;

/** What the API and the pages show of a catalog contract: statuses with their Russian labels, names, the actions. */
@Component
public class CatalogContractViews {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private final CatalogContractService contracts;
    private final CatalogContractRepository repository;
    private final MessageSource messages;

    public CatalogContractViews(CatalogContractService contracts, CatalogContractRepository repository, MessageSource messages) {
        this.contracts = contracts;
        this.repository = repository;
        this.messages = messages;
    }

    public record Summary(Long id, String number, CatalogContractStatus status, String statusLabel, Long adId,
                          String serviceTitle, Long providerId, String provider, Long personId, String recipient,
                          LocalDate plannedDate, BigDecimal quantity, String unit, String unitLabel, BigDecimal cost,
                          Long receiptId, String receiptNumber, BigDecimal receiptAmount, String receiptStatus,
                          String receiptStatusLabel) {
    }

    public record SignatureView(String party, String partyLabel, int round, String signer, Instant signedAt, String documentHash) {
    }

    public record HistoryEntry(String actor, Instant at, String from, String to, String toLabel, String note) {
    }

    /** What the viewer may do now: only the steps the process waits for from this side and this role. */
    public record Actions(boolean providerDecision, boolean citizenDecision, boolean done, boolean acceptance, boolean payment) {
        public boolean any() {
            return providerDecision || citizenDecision || done || acceptance || payment;
        }
    }

    public record View(Summary summary, BigDecimal orderedQuantity, BigDecimal unitPrice, BigDecimal plannedCost, String requestComment,
                       String providerComment, String citizenComment, BigDecimal actualQuantity, BigDecimal actualCost,
                       String disputeComment, String endReason, String paymentReason, Instant createdAt,
                       List<SignatureView> signatures, List<HistoryEntry> history, Actions actions) {
    }

    public String statusLabel(CatalogContractStatus s) {
        return label("CatalogContractStatus." + s.name());
    }

    public String unitLabel(String unit) {
        return label("AdUnit." + unit);
    }

    @Transactional(readOnly = true)
    public String unitLabelOf(Long contractId) {
        return unitLabel(repository.findById(contractId).orElseThrow().getUnit());
    }

    @Transactional(readOnly = true)
    public Summary summary(CatalogContract c) {
        var receipt = contracts.receiptOf(c);
        return new Summary(c.getId(), c.getNumber(), c.getStatus(), statusLabel(c.getStatus()), c.getAdId(), c.getServiceTitle(),
                c.getProvider().getId(), c.getProvider().getShortName(), c.getPerson().getId(), c.getPerson().getFullName(),
                c.getPlannedDate(), c.getActualQuantity() != null ? c.getActualQuantity() : c.getQuantity(), c.getUnit(),
                unitLabel(c.getUnit()), c.getActualCost() != null ? c.getActualCost() : c.plannedCost(), c.getReceiptId(),
                receipt.map(ReceiptDesk.ReceiptInfo::number).orElse(null), receipt.map(ReceiptDesk.ReceiptInfo::amount).orElse(null),
                receipt.map(ReceiptDesk.ReceiptInfo::status).orElse(null), receipt.map(ReceiptDesk.ReceiptInfo::statusLabel).orElse(null));
    }

    /** The contract read afresh in this transaction for the acting user (404 unless theirs). */
    @Transactional(readOnly = true)
    public View viewOf(Long id, Acting a) {
        return view(contracts.visible(id, ContractSide.personOf(a), ContractSide.providerOf(a)), a);
    }

    /** The whole contract as the acting user sees it, with the actions open to them now. */
    @Transactional(readOnly = true)
    public View view(CatalogContract c, Acting a) {
        Long providerId = ContractSide.providerOf(a);
        List<String> open = contracts.openSteps(c, ContractSide.personOf(a), providerId);
        boolean head = providerId != null && a.role() == PortalRole.PROVIDER;
        boolean citizen = providerId == null;
        Actions actions = new Actions(head && open.contains(Elements.PROVIDER_REVIEW), citizen && open.contains(Elements.CITIZEN_REVIEW),
                head && open.contains(Elements.SERVICE_IN_WORK), citizen && open.contains(Elements.CITIZEN_ACCEPTANCE),
                head && open.contains(Elements.PAYMENT_CHECK) && c.getPaymentDecision() == null);
        List<SignatureView> signatures = contracts.signaturesOf(c.getId()).stream().map(s -> new SignatureView(s.getParty().name(),
                label("CatalogSignatureParty." + s.getParty().name()), s.getRound(), s.getSigner(), s.getSignedAt(), s.getDocumentHash())).toList();
        List<HistoryEntry> history = contracts.historyOf(c.getId()).stream().map(h -> new HistoryEntry(h.getActor(), h.getHappenedAt(),
                h.getFromStatus() == null ? null : h.getFromStatus().name(), h.getToStatus().name(), statusLabel(h.getToStatus()), h.getNote())).toList();
        return new View(summary(c), c.getQuantity(), c.getUnitPrice(), c.plannedCost(), c.getRequestComment(), c.getProviderComment(),
                c.getCitizenComment(), c.getActualQuantity(), c.getActualCost(), c.getDisputeComment(), c.getEndReason(),
                c.getPaymentReason(), c.getCreatedAt(), signatures, history, actions);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, RU);
    }
}
