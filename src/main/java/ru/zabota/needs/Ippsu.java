package ru.zabota.needs;

import jakarta.persistence.*;
import ru.zabota.people.Person;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ServiceForm;
import ru.zabota.registry.ServiceType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** ИППСУ: the individual programme of social services of one person. */
@Entity
public class Ippsu {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;
    private String number;
    private LocalDate issuedOn;
    private LocalDate validFrom;
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    private ServiceForm serviceForm;
    private boolean active = true;

    @OneToMany(mappedBy = "ippsu", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<IppsuLine> services = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "ippsu_provider", joinColumns = @JoinColumn(name = "ippsu_id"),
            inverseJoinColumns = @JoinColumn(name = "provider_id"))
    @OrderBy("shortName")
    private Set<Provider> recommendedProviders = new LinkedHashSet<>();

    protected Ippsu() {
    }

    public Ippsu(Person person, String number, LocalDate issuedOn, LocalDate validFrom, LocalDate validTo, ServiceForm form) {
        this.person = person;
        this.number = number;
        this.issuedOn = issuedOn;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.serviceForm = form;
    }

    public IppsuLine add(ServiceType type, int volume, String frequency) {
        IppsuLine line = new IppsuLine(this, type, volume, frequency);
        services.add(line);
        return line;
    }

    public void recommend(Provider provider) {
        recommendedProviders.add(provider);
    }

    public boolean isInForceOn(LocalDate day) {
        return active && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public String getNumber() { return number; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public ServiceForm getServiceForm() { return serviceForm; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<IppsuLine> getServices() { return services; }
    public Set<Provider> getRecommendedProviders() { return recommendedProviders; }
}
