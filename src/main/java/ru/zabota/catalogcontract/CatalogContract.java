package ru.zabota.catalogcontract;

import jakarta.persistence.*;
import ru.zabota.people.Person;
import ru.zabota.registry.Provider;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A contract for a catalog service: what the citizen ordered from an ad (title, unit and unit price as the ad read
 * then), the comments of both, the actual quantity and cost the provider entered, the end and its reason, and the
 * provider's payment decision. {@code @Version}: of two parallel actions one wins, the other gets 409.
 */
@Entity
@Table(name = "catalog_contract")
public class CatalogContract {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Column(name = "ad_id")
    private Long adId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Provider provider;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;
    private String serviceTitle;
    private String unit;
    private BigDecimal unitPrice;
    private LocalDate plannedDate;
    private BigDecimal quantity;
    private String requestComment;
    private String providerComment;
    private String citizenComment;
    private BigDecimal actualQuantity;
    private BigDecimal actualCost;
    private String disputeComment;
    private String disputedBy;
    @Enumerated(EnumType.STRING)
    private CatalogContractStatus status = CatalogContractStatus.CONCLUDING;
    private String endReason;
    private String endedBy;
    @Enumerated(EnumType.STRING)
    private CatalogContractProcess.Payment paymentDecision;
    private String paymentReason;
    private String paymentDecidedBy;
    private Long receiptId;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected CatalogContract() {
    }

    CatalogContract(Long adId, Provider provider, Person person, String serviceTitle, String unit, BigDecimal unitPrice,
                    LocalDate plannedDate, BigDecimal quantity, String comment, String createdBy, Instant now) {
        this.adId = adId;
        this.provider = provider;
        this.person = person;
        this.serviceTitle = serviceTitle;
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.plannedDate = plannedDate;
        this.quantity = quantity;
        this.requestComment = comment;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void numbered(int year) {
        this.number = "K-" + year + "-" + String.format("%06d", id);
    }

    /** The cost the order names: quantity × unit price. */
    public BigDecimal plannedCost() {
        return unitPrice.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
    }

    void moveTo(CatalogContractStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    void providerComment(String comment) { this.providerComment = comment; }
    void citizenComment(String comment) { this.citizenComment = comment; }

    void ended(String reason, String by) {
        this.endReason = reason;
        this.endedBy = by;
    }

    void done(BigDecimal quantity, BigDecimal cost) {
        this.actualQuantity = quantity;
        this.actualCost = cost;
    }

    void disputed(String comment, String by) {
        this.disputeComment = comment;
        this.disputedBy = by;
    }

    void paymentDecided(CatalogContractProcess.Payment decision, String reason, String by) {
        this.paymentDecision = decision;
        this.paymentReason = reason;
        this.paymentDecidedBy = by;
    }

    void receipt(Long receiptId) { this.receiptId = receiptId; }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getAdId() { return adId; }
    public Provider getProvider() { return provider; }
    public Person getPerson() { return person; }
    public String getServiceTitle() { return serviceTitle; }
    public String getUnit() { return unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public LocalDate getPlannedDate() { return plannedDate; }
    public BigDecimal getQuantity() { return quantity; }
    public String getRequestComment() { return requestComment; }
    public String getProviderComment() { return providerComment; }
    public String getCitizenComment() { return citizenComment; }
    public BigDecimal getActualQuantity() { return actualQuantity; }
    public BigDecimal getActualCost() { return actualCost; }
    public String getDisputeComment() { return disputeComment; }
    public String getDisputedBy() { return disputedBy; }
    public CatalogContractStatus getStatus() { return status; }
    public String getEndReason() { return endReason; }
    public String getEndedBy() { return endedBy; }
    public CatalogContractProcess.Payment getPaymentDecision() { return paymentDecision; }
    public String getPaymentReason() { return paymentReason; }
    public String getPaymentDecidedBy() { return paymentDecidedBy; }
    public Long getReceiptId() { return receiptId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
