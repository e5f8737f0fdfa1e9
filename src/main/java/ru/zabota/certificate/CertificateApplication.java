package ru.zabota.certificate;

import jakarta.persistence.*;
import ru.zabota.people.Person;

import java.time.Instant;

/** A citizen's application for a certificate: a draft until sent, then case [602]. */
@Entity
public class CertificateApplication {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;
    @Column(name = "case_id")
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private CertificateType certificateType;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    private String createdBy;
    private Instant createdAt;
    private Instant submittedAt;
    private boolean inOffice;
    private String refusalReason;

    protected CertificateApplication() {
    }

    CertificateApplication(Person person, CertificateType type, String createdBy, Instant now, boolean inOffice) {
        this.person = person;
        this.certificateType = type;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.inOffice = inOffice;
        this.status = ApplicationStatus.DRAFT;
    }

    void submitted(Long caseId, Instant now) {
        this.caseId = caseId;
        this.submittedAt = now;
        this.status = ApplicationStatus.SUBMITTED;
    }

    void moveTo(ApplicationStatus status) {
        this.status = status;
    }

    void refuse(String reason) {
        this.status = ApplicationStatus.REFUSED;
        this.refusalReason = reason;
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public Long getCaseId() { return caseId; }
    public CertificateType getCertificateType() { return certificateType; }
    public ApplicationStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public boolean isInOffice() { return inOffice; }
    public String getRefusalReason() { return refusalReason; }
}
