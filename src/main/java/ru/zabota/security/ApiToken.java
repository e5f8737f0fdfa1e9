package ru.zabota.security;

import jakarta.persistence.*;

import java.time.Instant;

/** A personal API token of a portal account: only its SHA-256 is stored (the token is shown once, at creation). */
@Entity
public class ApiToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PortalAccount account;
    private String name;
    private String tokenHash;
    private Instant createdAt;
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(PortalAccount account, String name, String tokenHash, Instant createdAt) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public PortalAccount getAccount() { return account; }
    public String getName() { return name; }
    public String getTokenHash() { return tokenHash; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
}
