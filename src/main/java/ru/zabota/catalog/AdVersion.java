package ru.zabota.catalog;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The content of an ad as the provider wrote it. The ad points at its working version (draft) and at the version
 * that passed moderation (published); a published version is never changed: editing it starts a new draft.
 */
@Entity
@Table(name = "catalog_ad_version")
public class AdVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "ad_id", nullable = false)
    private Long adId;
    @ManyToOne(fetch = FetchType.LAZY)
    private CatalogCategory category;
    private String shortName;
    private String description;
    private LocalDate startDate;
    private BigDecimal price;
    @Enumerated(EnumType.STRING)
    private AdUnit unit;
    /** Comma-separated {@link PaymentType} names. */
    private String paymentTypes;
    private String searchText;
    @ElementCollection
    @CollectionTable(name = "catalog_ad_version_municipality", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "municipality_id")
    private Set<Long> municipalityIds = new LinkedHashSet<>();

    protected AdVersion() {
    }

    AdVersion(Long adId) {
        this.adId = adId;
    }

    AdVersion copy() {
        AdVersion c = new AdVersion(adId);
        c.category = category;
        c.shortName = shortName;
        c.description = description;
        c.startDate = startDate;
        c.price = price;
        c.unit = unit;
        c.paymentTypes = paymentTypes;
        c.searchText = searchText;
        c.municipalityIds = new LinkedHashSet<>(municipalityIds);
        return c;
    }

    void fill(CatalogCategory category, String shortName, String description, LocalDate startDate, BigDecimal price,
              AdUnit unit, Set<PaymentType> payments, Set<Long> municipalities) {
        this.category = category;
        this.shortName = blankToNull(shortName);
        this.description = blankToNull(description);
        this.startDate = startDate;
        this.price = price;
        this.unit = unit;
        this.paymentTypes = payments == null ? null : payments.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.municipalityIds = municipalities == null ? new LinkedHashSet<>() : new LinkedHashSet<>(municipalities);
        this.searchText = ((this.shortName == null ? "" : this.shortName) + " " + (this.description == null ? "" : this.description))
                .toLowerCase(Locale.ROOT).replace('ё', 'е').trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Set<PaymentType> getPayments() {
        if (paymentTypes == null || paymentTypes.isBlank()) return EnumSet.noneOf(PaymentType.class);
        return Arrays.stream(paymentTypes.split(",")).map(PaymentType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PaymentType.class)));
    }

    public Long getId() { return id; }
    public Long getAdId() { return adId; }
    public CatalogCategory getCategory() { return category; }
    public String getShortName() { return shortName; }
    public String getDescription() { return description; }
    public LocalDate getStartDate() { return startDate; }
    public BigDecimal getPrice() { return price; }
    public AdUnit getUnit() { return unit; }
    public Set<Long> getMunicipalityIds() { return municipalityIds; }
}
