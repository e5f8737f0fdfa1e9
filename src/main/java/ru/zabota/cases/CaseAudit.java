package ru.zabota.cases;

import jakarta.persistence.*;

import java.time.Instant;

/** One status change of a case: who, when, from → to. */
@Entity
public class CaseAudit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    private String actor;
    @Column(name = "changed_at")
    private Instant at;
    @Enumerated(EnumType.STRING)
    private CaseStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private CaseStatus toStatus;
    private String comment;

    protected CaseAudit() {
    }

    CaseAudit(Long caseId, String actor, Instant at, CaseStatus fromStatus, CaseStatus toStatus, String comment) {
        this.caseId = caseId;
        this.actor = actor;
        this.at = at;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getActor() { return actor; }
    public Instant getAt() { return at; }
    public CaseStatus getFromStatus() { return fromStatus; }
    public CaseStatus getToStatus() { return toStatus; }
    public String getComment() { return comment; }
}
