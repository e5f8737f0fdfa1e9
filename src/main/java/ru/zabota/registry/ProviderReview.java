package ru.zabota.registry;

import jakarta.persistence.*;

import java.time.Instant;

/** A recipient's rating (1–5) of a provider with a comment, once per executed contract. */
@Entity
public class ProviderReview {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "provider_id")
    private Long providerId;
    @Column(name = "contract_id")
    private Long contractId;
    private int rating;
    private String comment;
    private String author;
    private Instant createdAt;

    protected ProviderReview() {
    }

    public ProviderReview(Long providerId, Long contractId, int rating, String comment, String author, Instant createdAt) {
        this.providerId = providerId;
        this.contractId = contractId;
        this.rating = rating;
        this.comment = comment;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getProviderId() { return providerId; }
    public Long getContractId() { return contractId; }
    public int getRating() { return rating; }
    public String getComment() { return comment; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
}
