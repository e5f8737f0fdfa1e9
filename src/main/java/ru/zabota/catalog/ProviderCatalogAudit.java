package ru.zabota.catalog;

import jakarta.persistence.*;

import java.time.OffsetDateTime;

/** Who set or cleared «По каталогу на портале» for a provider, by name, and when. */
@Entity
@Table(name = "provider_catalog_audit")
public class ProviderCatalogAudit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long providerId;
    private boolean enabled;
    private String actor;
    private String actorName;
    private OffsetDateTime changedAt;

    protected ProviderCatalogAudit() {
    }

    ProviderCatalogAudit(Long providerId, boolean enabled, String actor, String actorName, OffsetDateTime changedAt) {
        this.providerId = providerId;
        this.enabled = enabled;
        this.actor = actor;
        this.actorName = actorName;
        this.changedAt = changedAt;
    }

    public boolean isEnabled() { return enabled; }
    public String getActorName() { return actorName; }
    public OffsetDateTime getChangedAt() { return changedAt; }
}
