package ru.zabota.security;

import jakarta.persistence.*;
import ru.zabota.registry.Provider;

/** Membership of a portal account in a provider organisation. */
@Entity
public class ProviderEmployee {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PortalAccount account;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Provider provider;
    @Column(name = "job_title")
    private String position;
    @Enumerated(EnumType.STRING)
    private EmployeeRole role;

    protected ProviderEmployee() {
    }

    public ProviderEmployee(PortalAccount account, Provider provider, String position, EmployeeRole role) {
        this.account = account;
        this.provider = provider;
        this.position = position;
        this.role = role;
    }

    public Long getId() { return id; }
    public PortalAccount getAccount() { return account; }
    public Provider getProvider() { return provider; }
    public String getPosition() { return position; }
    public EmployeeRole getRole() { return role; }
}
