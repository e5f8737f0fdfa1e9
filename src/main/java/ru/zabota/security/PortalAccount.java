package ru.zabota.security;

import jakarta.persistence.*;
import ru.zabota.people.Person;

/** A local portal account of a citizen or a provider employee (ЕСИА would replace the password later). */
@Entity
public class PortalAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;
    /** The account may act as a citizen (recipient of services). */
    private boolean citizen = true;
    private boolean enabled = true;

    protected PortalAccount() {
    }

    public PortalAccount(String username, String passwordHash, Person person, boolean citizen) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.person = person;
        this.citizen = citizen;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public Person getPerson() { return person; }
    public boolean isCitizen() { return citizen; }
    public boolean isEnabled() { return enabled; }
}
