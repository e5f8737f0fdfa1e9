package ru.zabota.cases;

import jakarta.persistence.*;
import ru.zabota.people.Person;

import java.time.Instant;

/** A case (обращение) of any type; the business key of its process instance is the case number. */
@Entity
@Table(name = "social_case")
public class SocialCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private CaseType caseType;
    private String number;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person applicant;
    private String submittedBy;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String decision;
    private String decisionComment;
    private String processInstanceId;
    private Instant createdAt;
    private Instant updatedAt;

    protected SocialCase() {
    }

    SocialCase(CaseType caseType, String number, Person applicant, String submittedBy, Instant now) {
        this.caseType = caseType;
        this.number = number;
        this.applicant = applicant;
        this.submittedBy = submittedBy;
        this.status = CaseStatus.SUBMITTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void moveTo(CaseStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    /** What the citizen reads: once staff closed the case, its decision («Удовлетворено» / «Отказано»). */
    public CaseStatus getCitizenStatus() {
        return status == CaseStatus.CLOSED && decision != null ? CaseStatus.valueOf(decision) : status;
    }

    public Long getId() { return id; }
    public CaseType getCaseType() { return caseType; }
    public String getNumber() { return number; }
    public Person getApplicant() { return applicant; }
    public String getSubmittedBy() { return submittedBy; }
    public CaseStatus getStatus() { return status; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getDecisionComment() { return decisionComment; }
    public void setDecisionComment(String decisionComment) { this.decisionComment = decisionComment; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
