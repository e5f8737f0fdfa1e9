package ru.zabota.certificate;

import jakarta.persistence.*;
import ru.zabota.people.Person;
import ru.zabota.registry.Provider;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** An issued certificate: value, volume, validity and the providers recommended to the citizen. */
@Entity
public class Certificate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    private CertificateApplication application;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;
    private String number;
    @Enumerated(EnumType.STRING)
    private CertificateType certificateType;
    private BigDecimal amount;
    private int volume;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Instant issuedAt;
    @ManyToMany
    @JoinTable(name = "certificate_provider", joinColumns = @JoinColumn(name = "certificate_id"),
            inverseJoinColumns = @JoinColumn(name = "provider_id"))
    @OrderBy("shortName")
    private Set<Provider> recommendedProviders = new LinkedHashSet<>();

    protected Certificate() {
    }

    Certificate(CertificateApplication application, String number, BigDecimal amount, int volume, LocalDate validFrom,
                LocalDate validUntil, Instant issuedAt) {
        this.application = application;
        this.person = application.getPerson();
        this.number = number;
        this.certificateType = application.getCertificateType();
        this.amount = amount;
        this.volume = volume;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.issuedAt = issuedAt;
    }

    public Long getId() { return id; }
    public CertificateApplication getApplication() { return application; }
    public Person getPerson() { return person; }
    public String getNumber() { return number; }
    public CertificateType getCertificateType() { return certificateType; }
    public BigDecimal getAmount() { return amount; }
    public int getVolume() { return volume; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public Instant getIssuedAt() { return issuedAt; }
    public Set<Provider> getRecommendedProviders() { return recommendedProviders; }
}
