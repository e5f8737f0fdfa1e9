package ru.zabota.needs;

import jakarta.persistence.*;
import ru.zabota.people.Person;

import java.time.LocalDate;

/** [601] recognition of a citizen as needing social services. */
@Entity
public class NeedRecognition {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;
    @Column(name = "case_id")
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private NeedDecision decision;
    private LocalDate decisionDate;
    private String circumstances;
    private boolean active = true;

    protected NeedRecognition() {
    }

    public NeedRecognition(Person person, Long caseId, NeedDecision decision, LocalDate decisionDate, String circumstances) {
        this.person = person;
        this.caseId = caseId;
        this.decision = decision;
        this.decisionDate = decisionDate;
        this.circumstances = circumstances;
    }

    public boolean isSatisfiedAndActive() {
        return active && decision == NeedDecision.SATISFIED;
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public Long getCaseId() { return caseId; }
    public NeedDecision getDecision() { return decision; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public String getCircumstances() { return circumstances; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
