package ru.zabota.payment;

import jakarta.persistence.*;
import ru.zabota.registry.BankDetails;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A receipt («Квитанция») for a fulfilled catalog contract: who pays whom for what, and how much. The payee (name,
 * ИНН, bank details) is copied from the provider's registry card when the receipt is issued.
 */
@Entity
public class Receipt {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private Long catalogContractId;
    private String contractNumber;
    private Long providerId;
    private Long personId;
    private String serviceTitle;
    private BigDecimal quantity;
    private String unitLabel;
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    private ReceiptStatus status;
    private String payeeName;
    private String payeeInn;
    @Embedded
    private BankDetails bankDetails;
    private Instant issuedAt;
    private Instant decidedAt;
    private String decidedBy;
    private String rejectReason;
    @Version
    private long version;

    protected Receipt() {
    }

    Receipt(ReceiptRequest r, String payeeName, String payeeInn, BankDetails bankDetails, Instant now) {
        this.catalogContractId = r.catalogContractId();
        this.contractNumber = r.contractNumber();
        this.providerId = r.providerId();
        this.personId = r.personId();
        this.serviceTitle = r.serviceTitle();
        this.quantity = r.quantity();
        this.unitLabel = r.unitLabel();
        this.amount = r.amount();
        this.payeeName = payeeName;
        this.payeeInn = payeeInn;
        this.bankDetails = bankDetails;
        this.issuedAt = now;
        this.status = ReceiptStatus.ON_PAYMENT;
    }

    /** КВ-2026-000012: the year of issue and the id. */
    void numbered(ZoneId zone) {
        this.number = "КВ-%d-%06d".formatted(issuedAt.atZone(zone).getYear(), id);
    }

    void confirm(String by, Instant now) {
        this.status = ReceiptStatus.PAID;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    void reject(String reason, String by, Instant now) {
        this.status = ReceiptStatus.REJECTED;
        this.rejectReason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getCatalogContractId() { return catalogContractId; }
    public String getContractNumber() { return contractNumber; }
    public Long getProviderId() { return providerId; }
    public Long getPersonId() { return personId; }
    public String getServiceTitle() { return serviceTitle; }
    public BigDecimal getQuantity() { return quantity; }
    public String getUnitLabel() { return unitLabel; }
    public BigDecimal getAmount() { return amount; }
    public ReceiptStatus getStatus() { return status; }
    public String getPayeeName() { return payeeName; }
    public String getPayeeInn() { return payeeInn; }
    /** The payee's bank details as of the issue, or null when the provider had entered none (then there is no QR). */
    public BankDetails getBankDetails() { return bankDetails != null && bankDetails.isComplete() ? bankDetails : null; }
    public Instant getIssuedAt() { return issuedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getRejectReason() { return rejectReason; }
    public long getVersion() { return version; }
}
