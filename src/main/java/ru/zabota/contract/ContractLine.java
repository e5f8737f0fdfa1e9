package ru.zabota.contract;

import jakarta.persistence.*;
import ru.zabota.registry.ServiceType;

import java.math.BigDecimal;

/** A service of the contract: the provider's tariff and the volume recommended by the ИППСУ for its term. */
@Entity
public class ContractLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Contract contract;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ServiceType serviceType;
    private BigDecimal tariff;
    private int programmeVolume;
    private String frequency;
    /** The volume for the term the provider set (at most the ИППСУ's for the term); null: the ИППСУ's. */
    private Integer volume;

    protected ContractLine() {
    }

    ContractLine(Contract contract, ServiceType serviceType, BigDecimal tariff, int programmeVolume, String frequency) {
        this.contract = contract;
        this.serviceType = serviceType;
        this.tariff = tariff;
        this.programmeVolume = programmeVolume;
        this.frequency = frequency;
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public ServiceType getServiceType() { return serviceType; }
    public BigDecimal getTariff() { return tariff; }
    public int getProgrammeVolume() { return programmeVolume; }
    public String getFrequency() { return frequency; }
    public Integer getVolume() { return volume; }

    void setVolume(Integer volume) {
        this.volume = volume;
    }

    /** The periodicity of the ИППСУ line, parsed. */
    public ru.zabota.needs.Periodicity periodicity() {
        return ru.zabota.needs.Periodicity.parse(frequency);
    }
}
