package ru.zabota.messaging;

import jakarta.persistence.*;

import java.time.Instant;

/** One message of a thread: plain text (shown escaped), its side, the author's name as signatures name them, when. */
@Entity
@Table(name = "thread_message")
public class ThreadMessage {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long threadId;
    @Enumerated(EnumType.STRING)
    private Side authorSide;
    private String authorName;
    private String body;
    private Instant createdAt;

    protected ThreadMessage() {
    }

    ThreadMessage(Long threadId, Side authorSide, String authorName, String body, Instant createdAt) {
        this.threadId = threadId;
        this.authorSide = authorSide;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getThreadId() { return threadId; }
    public Side getAuthorSide() { return authorSide; }
    public String getAuthorName() { return authorName; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
