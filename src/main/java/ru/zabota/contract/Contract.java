package ru.zabota.contract;

import jakarta.persistence.*;
import ru.zabota.people.Person;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ServiceForm;
import ru.zabota.registry.ServiceType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A contract for social services (case [603]) between a recipient and a provider. */
@Entity
public class Contract {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Column(name = "case_id")
    private Long caseId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Provider provider;
    @Enumerated(EnumType.STRING)
    private ContractBasis basis;
    /** The ИППСУ the contract rests on (basis IPPSU), else null; a foreign key in the database. */
    @Column(name = "ippsu_id")
    private Long ippsuId;
    /** The certificate [602] the contract rests on (basis CERTIFICATE), else null; a foreign key in the database. */
    @Column(name = "certificate_id")
    private Long certificateId;
    @Enumerated(EnumType.STRING)
    private ServiceForm serviceForm;
    @Enumerated(EnumType.STRING)
    private ContractStatus status;
    private LocalDate termFrom;
    private LocalDate termTo;
    private String declineReason;
    /** Who declined or withdrew (name and role at that moment), recorded before the process is told. */
    private String declinedBy;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ContractLine> lines = new ArrayList<>();

    protected Contract() {
    }

    Contract(String number, Long caseId, Person person, Provider provider, ContractBasis basis, Long basisId,
             ServiceForm form, String createdBy, Instant now) {
        this.number = number;
        this.caseId = caseId;
        this.person = person;
        this.provider = provider;
        this.basis = basis;
        this.ippsuId = basis == ContractBasis.IPPSU ? basisId : null;
        this.certificateId = basis == ContractBasis.CERTIFICATE ? basisId : null;
        this.serviceForm = form;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = ContractStatus.CONCLUDING;
    }

    void add(ServiceType type, BigDecimal tariff, int programmeVolume, String frequency) {
        lines.add(new ContractLine(this, type, tariff, programmeVolume, frequency));
    }

    void moveTo(ContractStatus status) {
        this.status = status;
    }

    /** A party's decline (or withdrawal) on record; the process's «Отклонить договор» then changes the status. */
    void declineRequested(String reason, String by) {
        this.declineReason = reason;
        this.declinedBy = by;
    }

    void term(LocalDate from, LocalDate to) {
        this.termFrom = from;
        this.termTo = to;
    }

    /** Units of a line per month by its periodicity (a service «по мере необходимости»: the yearly volume / 12). */
    public static BigDecimal monthlyUnits(ContractLine line) {
        return line.periodicity().monthlyUnits(line.getProgrammeVolume(), null, null);
    }

    /** The most units of a line the ИППСУ allows for the contract's term (its periodicity over the term's months). */
    public int ippsuVolumeForTerm(ContractLine line) {
        if (termFrom == null || termTo == null) return line.getProgrammeVolume();
        return line.periodicity().unitsFor(termFrom, termTo, line.getProgrammeVolume(), null, null);
    }

    /** Units of a line for the contract's term: the volume the provider set, else what the ИППСУ allows for the term. */
    public int termVolume(ContractLine line) {
        return line.getVolume() != null ? line.getVolume() : ippsuVolumeForTerm(line);
    }

    /** Σ tariff × units per month by periodicity, in roubles. */
    public BigDecimal monthlyCost() {
        return lines.stream().map(Contract::monthlyLineCost).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** tariff × units per month of one line. */
    public static BigDecimal monthlyLineCost(ContractLine l) {
        return l.getTariff().multiply(monthlyUnits(l)).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Σ tariff × term volume: what the contract's services cost over its whole term. */
    public BigDecimal termCost() {
        return lines.stream().map(l -> l.getTariff().multiply(BigDecimal.valueOf(termVolume(l))))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getCaseId() { return caseId; }
    public Person getPerson() { return person; }
    public Provider getProvider() { return provider; }
    public ContractBasis getBasis() { return basis; }
    /** The id of the ИППСУ or the certificate, as {@link #getBasis()} says. */
    public Long getBasisId() { return basis == ContractBasis.CERTIFICATE ? certificateId : ippsuId; }
    public ServiceForm getServiceForm() { return serviceForm; }
    public ContractStatus getStatus() { return status; }
    public LocalDate getTermFrom() { return termFrom; }
    public LocalDate getTermTo() { return termTo; }
    public String getDeclineReason() { return declineReason; }
    public String getDeclinedBy() { return declinedBy; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public List<ContractLine> getLines() { return lines; }
}
