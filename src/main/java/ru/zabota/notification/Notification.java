package ru.zabota.notification;

import jakarta.persistence.*;

import java.time.Instant;

/** An in-app notification: to a person or a provider organisation, its text, the record it links to, read or not. */
@Entity
@Table(name = "notification")
public class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Notice.Addressee addressee;
    private Long addresseeId;
    private String text;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    Notification(Notice notice, Instant now) {
        this.addressee = notice.addressee();
        this.addresseeId = notice.addresseeId();
        this.text = notice.text().length() > 1000 ? notice.text().substring(0, 999) + "…" : notice.text();
        this.link = notice.link() == null || notice.link().length() > 500 ? null : notice.link();
        this.createdAt = now;
    }

    void markRead(Instant at) {
        if (readAt == null) readAt = at;
    }

    boolean isFor(Notice.Addressee who, Long id) {
        return addressee == who && addresseeId.equals(id);
    }

    public Long getId() { return id; }
    public Notice.Addressee getAddressee() { return addressee; }
    public Long getAddresseeId() { return addresseeId; }
    public String getText() { return text; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public boolean isRead() { return readAt != null; }
}
