package ru.zabota.registry;

import jakarta.persistence.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A provider organisation in the regional registry (442-ФЗ ст. 25). */
@Entity
public class Provider {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    private String shortName;
    private String inn;
    private String ogrn;
    private String legalAddress;
    private String actualAddress;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Municipality municipality;
    private String phone;
    private String email;
    private String headName;
    /** Comma-separated {@link ServiceForm} names. */
    private String serviceForms;
    private String description;
    private boolean inRegistry = true;
    private boolean catalogEnabled;
    private LocalDate registeredOn;
    /** The payee's bank details for the citizens' payments (receipts and their QR code); null until the provider enters them. */
    @Embedded
    private BankDetails bankDetails;

    @OneToMany(mappedBy = "provider", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProviderService> services = new ArrayList<>();

    protected Provider() {
    }

    public Provider(String fullName, String shortName, String inn, String ogrn, String legalAddress,
                    Municipality municipality, LocalDate registeredOn) {
        this.fullName = fullName;
        this.shortName = shortName;
        this.inn = inn;
        this.ogrn = ogrn;
        this.legalAddress = legalAddress;
        this.actualAddress = legalAddress;
        this.municipality = municipality;
        this.registeredOn = registeredOn;
        this.serviceForms = ServiceForm.HOME.name();
    }

    public ProviderService offer(ServiceType type, java.math.BigDecimal tariff) {
        ProviderService s = new ProviderService(this, type, tariff);
        services.add(s);
        return s;
    }

    public Set<ServiceForm> getForms() {
        if (serviceForms == null || serviceForms.isBlank()) return EnumSet.noneOf(ServiceForm.class);
        return Arrays.stream(serviceForms.split(",")).map(String::trim).map(ServiceForm::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ServiceForm.class)));
    }

    public void setForms(Set<ServiceForm> forms) {
        this.serviceForms = forms.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public String getShortName() { return shortName; }
    public String getInn() { return inn; }
    public String getOgrn() { return ogrn; }
    public String getLegalAddress() { return legalAddress; }
    public String getActualAddress() { return actualAddress; }
    public void setActualAddress(String actualAddress) { this.actualAddress = actualAddress; }
    public Municipality getMunicipality() { return municipality; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getHeadName() { return headName; }
    public void setHeadName(String headName) { this.headName = headName; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isInRegistry() { return inRegistry; }
    public void setInRegistry(boolean inRegistry) { this.inRegistry = inRegistry; }
    public boolean isCatalogEnabled() { return catalogEnabled; }
    public void setCatalogEnabled(boolean catalogEnabled) { this.catalogEnabled = catalogEnabled; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public List<ProviderService> getServices() { return services; }
    public BankDetails getBankDetails() { return bankDetails != null && bankDetails.isComplete() ? bankDetails : null; }
    public void setBankDetails(BankDetails bankDetails) { this.bankDetails = bankDetails; }
}
