package ru.zabota.people;

import jakarta.persistence.*;
import ru.zabota.registry.Municipality;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A citizen: recipient of social services, applicant, or legal representative. */
@Entity
public class Person {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String lastName;
    private String firstName;
    private String middleName;
    private LocalDate birthDate;
    private String address;
    @ManyToOne(fetch = FetchType.LAZY)
    private Municipality municipality;
    private String snils;
    private String inn;
    private String phone;
    private String email;
    /** Average per-capita monthly income, roubles (442-ФЗ ст. 31). */
    private BigDecimal monthlyIncome;
    @Enumerated(EnumType.STRING)
    private PopulationGroup populationGroup = PopulationGroup.WORKING_AGE;
    /** Belongs to a category served free of charge (442-ФЗ ст. 31 ч. 1). */
    private boolean freeCategory;
    private Instant createdAt;

    protected Person() {
    }

    public Person(String lastName, String firstName, String middleName, LocalDate birthDate, String snils) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.middleName = middleName;
        this.birthDate = birthDate;
        this.snils = Snils.normalize(snils);
        this.createdAt = Instant.now();
    }

    public String getFullName() {
        return lastName + " " + firstName + (middleName == null || middleName.isBlank() ? "" : " " + middleName);
    }

    /** «Иванов И. И.» for places where the full name is too long. */
    public String getShortName() {
        return lastName + " " + firstName.charAt(0) + "." + (middleName == null || middleName.isBlank() ? "" : " " + middleName.charAt(0) + ".");
    }

    public Long getId() { return id; }
    public String getLastName() { return lastName; }
    public String getFirstName() { return firstName; }
    public String getMiddleName() { return middleName; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Municipality getMunicipality() { return municipality; }
    public void setMunicipality(Municipality municipality) { this.municipality = municipality; }
    public String getSnils() { return snils; }
    public String getMaskedSnils() { return Snils.mask(snils); }
    public String getInn() { return inn; }
    public void setInn(String inn) { this.inn = inn; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public BigDecimal getMonthlyIncome() { return monthlyIncome; }
    public void setMonthlyIncome(BigDecimal monthlyIncome) { this.monthlyIncome = monthlyIncome; }
    public PopulationGroup getPopulationGroup() { return populationGroup; }
    public void setPopulationGroup(PopulationGroup populationGroup) { this.populationGroup = populationGroup; }
    public boolean isFreeCategory() { return freeCategory; }
    public void setFreeCategory(boolean freeCategory) { this.freeCategory = freeCategory; }
    public Instant getCreatedAt() { return createdAt; }
}
