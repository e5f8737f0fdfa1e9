package ru.zabota.interagency;

import jakarta.persistence.*;

import java.time.Instant;

/** One interagency request of a case, with its answer or the deadline it missed. */
@Entity
public class InteragencyRequest {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private InteragencyKind kind;
    @Enumerated(EnumType.STRING)
    private InteragencyRequestStatus status;
    private String externalId;
    private Instant sentAt;
    private Instant deadline;
    private Instant answeredAt;
    private String answer;
    /** Case number / kind / attempt: the same request is never sent twice. */
    private String idempotencyKey;

    protected InteragencyRequest() {
    }

    public InteragencyRequest(Long applicationId, Long caseId, InteragencyKind kind, Instant deadline, String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
        this.applicationId = applicationId;
        this.caseId = caseId;
        this.kind = kind;
        this.deadline = deadline;
        this.status = InteragencyRequestStatus.WAITING;
    }

    public void sent(String externalId, Instant at) {
        this.externalId = externalId;
        this.sentAt = at;
    }

    public void answered(String answer, Instant at) {
        this.answer = answer;
        this.answeredAt = at;
        this.status = InteragencyRequestStatus.ANSWERED;
    }

    public void expired() {
        this.status = InteragencyRequestStatus.EXPIRED;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public Long getCaseId() { return caseId; }
    public InteragencyKind getKind() { return kind; }
    public InteragencyRequestStatus getStatus() { return status; }
    public String getExternalId() { return externalId; }
    public Instant getSentAt() { return sentAt; }
    public Instant getDeadline() { return deadline; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getAnswer() { return answer; }
    public String getIdempotencyKey() { return idempotencyKey; }
}
