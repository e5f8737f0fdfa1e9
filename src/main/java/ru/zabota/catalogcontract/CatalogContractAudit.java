package ru.zabota.catalogcontract;

import jakarta.persistence.*;

import java.time.Instant;

/** A status change of a catalog contract: who (a person's name or «Система»), when, from → to, why. */
@Entity
@Table(name = "catalog_contract_audit")
public class CatalogContractAudit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id")
    private Long contractId;
    private String actor;
    private Instant happenedAt;
    @Enumerated(EnumType.STRING)
    private CatalogContractStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private CatalogContractStatus toStatus;
    private String note;

    protected CatalogContractAudit() {
    }

    CatalogContractAudit(Long contractId, String actor, Instant at, CatalogContractStatus from, CatalogContractStatus to, String note) {
        this.contractId = contractId;
        this.actor = actor;
        this.happenedAt = at;
        this.fromStatus = from;
        this.toStatus = to;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getContractId() { return contractId; }
    public String getActor() { return actor; }
    public Instant getHappenedAt() { return happenedAt; }
    public CatalogContractStatus getFromStatus() { return fromStatus; }
    public CatalogContractStatus getToStatus() { return toStatus; }
    public String getNote() { return note; }
}
