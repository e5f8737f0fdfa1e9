package ru.zabota.catalog;

import jakarta.persistence.*;
import ru.zabota.registry.Provider;

import java.time.OffsetDateTime;

/**
 * An ad of a provider in the catalog. {@code draft} is what the provider edits and sends to moderation;
 * {@code published} is what the public catalog shows while the ad is active, kept until a new version passes.
 */
@Entity
@Table(name = "catalog_ad")
public class CatalogAd {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "ad_number")
    private String number;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Provider provider;
    @Enumerated(EnumType.STRING)
    private AdStatus status = AdStatus.DRAFT;
    private boolean active;
    @ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "draft_version_id")
    private AdVersion draft;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_version_id")
    private AdVersion published;
    private OffsetDateTime publishedAt;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    protected CatalogAd() {
    }

    CatalogAd(Provider provider, OffsetDateTime now) {
        this.provider = provider;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void numbered(int year) {
        this.number = "AD-" + year + "-" + String.format("%06d", id);
    }

    /** The version the provider may change now: a published one is copied first. */
    AdVersion editable() {
        if (draft == null || draft == published) draft = draft == null ? new AdVersion(id) : draft.copy();
        return draft;
    }

    /** Whether the working version differs from the published one (an edit waits for moderation). */
    public boolean hasPendingEdit() {
        return published != null && draft != null && draft != published;
    }

    void status(AdStatus status, OffsetDateTime now) {
        this.status = status;
        this.updatedAt = now;
    }

    void publish(OffsetDateTime now) {
        this.published = draft;
        this.publishedAt = now;
        status(AdStatus.PUBLISHED, now);
    }

    void setActive(boolean active, OffsetDateTime now) {
        this.active = active;
        this.updatedAt = now;
    }

    /** Shown in the public catalog now. */
    public boolean isPublic() {
        return active && published != null && provider.isCatalogEnabled();
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Provider getProvider() { return provider; }
    public AdStatus getStatus() { return status; }
    public boolean isActive() { return active; }
    public AdVersion getDraft() { return draft; }
    public AdVersion getPublished() { return published; }
    public OffsetDateTime getPublishedAt() { return publishedAt; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
