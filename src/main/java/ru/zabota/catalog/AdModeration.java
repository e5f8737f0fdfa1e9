package ru.zabota.catalog;

import jakarta.persistence.*;

import java.time.OffsetDateTime;

/** One moderator's decision on an ad, with the moderator's name at that moment and the remarks for the provider. */
@Entity
@Table(name = "catalog_moderation")
public class AdModeration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long adId;
    private String decision;
    private String remarks;
    private Long duplicateOf;
    private String moderator;
    private String moderatorName;
    private OffsetDateTime decidedAt;

    protected AdModeration() {
    }

    AdModeration(Long adId, AdModerationProcess.Decision decision, String remarks, Long duplicateOf, String moderator,
                 String moderatorName, OffsetDateTime decidedAt) {
        this.adId = adId;
        this.decision = decision.name();
        this.remarks = remarks == null || remarks.isBlank() ? null : remarks.trim();
        this.duplicateOf = duplicateOf;
        this.moderator = moderator;
        this.moderatorName = moderatorName;
        this.decidedAt = decidedAt;
    }

    public Long getId() { return id; }
    public Long getAdId() { return adId; }
    public String getDecision() { return decision; }
    public String getRemarks() { return remarks; }
    public Long getDuplicateOf() { return duplicateOf; }
    public String getModeratorName() { return moderatorName; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
}
