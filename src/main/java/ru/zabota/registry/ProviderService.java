package ru.zabota.registry;

import jakarta.persistence.*;

import java.math.BigDecimal;

/** A social service a provider offers, with its tariff per unit of volume. */
@Entity
public class ProviderService {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Provider provider;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ServiceType serviceType;
    private BigDecimal tariff;

    protected ProviderService() {
    }

    ProviderService(Provider provider, ServiceType serviceType, BigDecimal tariff) {
        this.provider = provider;
        this.serviceType = serviceType;
        this.tariff = tariff;
    }

    public Long getId() { return id; }
    public Provider getProvider() { return provider; }
    public ServiceType getServiceType() { return serviceType; }
    public BigDecimal getTariff() { return tariff; }
}
