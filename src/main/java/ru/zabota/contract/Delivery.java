package ru.zabota.contract;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A delivery of a contracted service at a day and time (Календарь оказаний). The recipient confirms it by
 * signing on the screen; the SHA-256 of what was confirmed is kept here, the drawn image in its own
 * {@link DeliverySignature} (read only when it is shown), and from then on the delivery cannot change.
 */
@Entity
public class Delivery {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Contract contract;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ContractLine line;
    @Column(name = "provider_id")
    private Long providerId;
    private LocalDateTime scheduledAt;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private String createdBy;
    private Instant createdAt;
    private String confirmedBy;
    private Instant confirmedAt;
    private String documentHash;
    @Version
    private long version;

    protected Delivery() {
    }

    Delivery(Contract contract, ContractLine line, LocalDateTime scheduledAt, String createdBy, Instant now) {
        this.contract = contract;
        this.line = line;
        this.providerId = contract.getProvider().getId();
        this.scheduledAt = scheduledAt;
        this.status = DeliveryStatus.SCHEDULED;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void reschedule(ContractLine line, LocalDateTime at) {
        this.line = line;
        this.scheduledAt = at;
    }

    void confirm(String by, Instant at, String hash) {
        this.status = DeliveryStatus.CONFIRMED;
        this.confirmedBy = by;
        this.confirmedAt = at;
        this.documentHash = hash;
    }

    public boolean isConfirmed() {
        return status == DeliveryStatus.CONFIRMED;
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public ContractLine getLine() { return line; }
    public Long getProviderId() { return providerId; }
    public LocalDateTime getScheduledAt() { return scheduledAt; }
    public DeliveryStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public String getDocumentHash() { return documentHash; }
}
