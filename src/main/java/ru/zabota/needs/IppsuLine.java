package ru.zabota.needs;

import jakarta.persistence.*;
import ru.zabota.registry.ServiceType;

/** One recommended service of an ИППСУ with its volume (units for the programme term) and frequency. */
@Entity
@Table(name = "ippsu_service")
public class IppsuLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Ippsu ippsu;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ServiceType serviceType;
    private int volume;
    private String frequency;

    protected IppsuLine() {
    }

    IppsuLine(Ippsu ippsu, ServiceType serviceType, int volume, String frequency) {
        this.ippsu = ippsu;
        this.serviceType = serviceType;
        this.volume = volume;
        this.frequency = frequency;
    }

    public Long getId() { return id; }
    public Ippsu getIppsu() { return ippsu; }
    public ServiceType getServiceType() { return serviceType; }
    public int getVolume() { return volume; }
    public String getFrequency() { return frequency; }
}
