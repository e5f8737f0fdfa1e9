package ru.zabota.contract;

import jakarta.persistence.*;

import java.time.Instant;

/** A signature: who, when, as which party, and the SHA-256 of the canonical text of the document signed. */
@Entity
public class ContractSignature {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id")
    private Long contractId;
    @Enumerated(EnumType.STRING)
    private SigningParty party;
    private String signer;
    private Instant signedAt;
    private String documentHash;

    protected ContractSignature() {
    }

    ContractSignature(Long contractId, SigningParty party, String signer, Instant signedAt, String documentHash) {
        this.contractId = contractId;
        this.party = party;
        this.signer = signer;
        this.signedAt = signedAt;
        this.documentHash = documentHash;
    }

    public Long getId() { return id; }
    public Long getContractId() { return contractId; }
    public SigningParty getParty() { return party; }
    public String getSigner() { return signer; }
    public Instant getSignedAt() { return signedAt; }
    public String getDocumentHash() { return documentHash; }
}
