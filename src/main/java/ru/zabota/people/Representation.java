package ru.zabota.people;

import jakarta.persistence.*;

import java.time.LocalDate;

/** A legal representative acts for a child or ward. */
@Entity
public class Representation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person representative;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person represented;
    private String basis;
    private LocalDate validUntil;

    protected Representation() {
    }

    public Representation(Person representative, Person represented, String basis, LocalDate validUntil) {
        this.representative = representative;
        this.represented = represented;
        this.basis = basis;
        this.validUntil = validUntil;
    }

    public boolean isValidOn(LocalDate day) {
        return validUntil == null || !day.isAfter(validUntil);
    }

    public Long getId() { return id; }
    public Person getRepresentative() { return representative; }
    public Person getRepresented() { return represented; }
    public String getBasis() { return basis; }
    public LocalDate getValidUntil() { return validUntil; }
}
