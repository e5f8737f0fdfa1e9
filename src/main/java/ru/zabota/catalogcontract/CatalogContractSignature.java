package ru.zabota.catalogcontract;

import jakarta.persistence.*;

import java.time.Instant;

/**
 * A signature on a catalog contract: who (the name at the moment of the act), when, as which party, in which round
 * (a disputed «выполнено» is signed again) and the SHA-256 of the canonical text signed.
 */
@Entity
@Table(name = "catalog_contract_signature")
public class CatalogContractSignature {
    /** What was signed: the provider's and the citizen's acceptance of the contract, «выполнено», the accepted cost. */
    public enum Party { PROVIDER_ACCEPT, CITIZEN_ACCEPT, PROVIDER_DONE, CITIZEN_COST }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id")
    private Long contractId;
    @Enumerated(EnumType.STRING)
    private Party party;
    @Column(name = "round_no")
    private int round;
    private String signer;
    private Instant signedAt;
    private String documentHash;

    protected CatalogContractSignature() {
    }

    CatalogContractSignature(Long contractId, Party party, int round, String signer, Instant signedAt, String documentHash) {
        this.contractId = contractId;
        this.party = party;
        this.round = round;
        this.signer = signer;
        this.signedAt = signedAt;
        this.documentHash = documentHash;
    }

    public Long getId() { return id; }
    public Long getContractId() { return contractId; }
    public Party getParty() { return party; }
    public int getRound() { return round; }
    public String getSigner() { return signer; }
    public Instant getSignedAt() { return signedAt; }
    public String getDocumentHash() { return documentHash; }
}
