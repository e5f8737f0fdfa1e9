package ru.zabota.notification;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The e-mail of a notice: only after the publishing transaction commits (a rolled-back step mails nobody), on its own
 * small executor (the step never waits for a mail server), retried a few times with a growing pause; a failure is
 * only logged and never reaches the case. The addressee's profile e-mail (a person without one: their legal
 * representatives'), the provider organisation's e-mail; none set, no mail.
 * <p>
 * A dedicated executor owned by this bean rather than {@code @Async} on a context executor: declaring an
 * {@code Executor} bean would make Spring Boot drop its default {@code applicationTaskExecutor}.
 */
@Component
public class NoticeMailer {
    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

    private final NoticeRecipients recipients;
    private final MailTransport transport;
    private final Clock clock;
    private final int attempts;
    private final Duration backoff;
    private final String portalUrl;
    private final ScheduledThreadPoolExecutor executor;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public NoticeMailer(NoticeRecipients recipients, ObjectProvider<JavaMailSender> smtp, Clock clock,
                        @Value("${zabota.mail.from:noreply@zabota.local}") String from,
                        @Value("${zabota.mail.attempts:4}") int attempts,
                        @Value("${zabota.mail.backoff:PT5S}") Duration backoff,
                        @Value("${zabota.portal-url:http://localhost:8080}") String portalUrl) {
        this.recipients = recipients;
        JavaMailSender sender = smtp.getIfAvailable();
        this.transport = sender == null ? new LogOnlyMailTransport() : new SmtpMailTransport(sender, from);
        this.clock = clock;
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "notice-mail-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        log.info("Notification e-mails go to {}", transport.describe());
    }

    /** After commit (or at once when published outside a transaction): hand the mail to the executor and return. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void afterCommit(Notice notice) {
        executor.execute(() -> deliver(notice));
    }

    void deliver(Notice notice) {
        Set<String> to;
        try {
            to = addresses(notice);
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            log.warn("Notification e-mail not sent: the addressee {} {} could not be read", notice.addressee(), notice.addresseeId(), e);
            return;
        }
        for (String address : to) attempt(notice, address, 1);
    }

    private void attempt(Notice notice, String address, int attempt) {
        try {
            transport.send(address, subject(notice), body(notice));
            sent.incrementAndGet();
        } catch (RuntimeException e) {
            if (attempt < attempts) {
                long pause = backoff.toMillis() << (attempt - 1);
                log.warn("Notification e-mail to {} {} failed (attempt {} of {}), retrying in {} ms: {}",
                        notice.addressee(), notice.addresseeId(), attempt, attempts, pause, e.toString());
                executor.schedule(() -> attempt(notice, address, attempt + 1), pause, TimeUnit.MILLISECONDS);
            } else {
                failed.incrementAndGet();
                log.error("Notification e-mail to {} {} NOT DELIVERED after {} attempts (the in-app notification stands): {}",
                        notice.addressee(), notice.addresseeId(), attempts, e.toString());
            }
        }
    }

    Set<String> addresses(Notice notice) {
        List<String> found = switch (notice.addressee()) {
            case PROVIDER -> recipients.providerEmail(notice.addresseeId());
            case PERSON -> {
                List<String> own = usable(recipients.personEmail(notice.addresseeId()));
                yield own.isEmpty() ? recipients.representativeEmails(notice.addresseeId(), LocalDate.now(clock)) : own;
            }
        };
        return new LinkedHashSet<>(usable(found));
    }

    private static List<String> usable(List<String> emails) {
        return emails.stream().filter(Objects::nonNull).map(String::trim).filter(e -> e.contains("@")).toList();
    }

    static String subject(Notice notice) {
        String t = notice.text().replaceAll("\\s+", " ").trim();
        return "Забота: " + (t.length() > 120 ? t.substring(0, 119) + "…" : t);
    }

    String body(Notice notice) {
        StringBuilder b = new StringBuilder(notice.text()).append("\n\n");
        if (NotificationService.portalPath(notice.link())) b.append("Открыть: ").append(portalUrl).append(notice.link()).append("\n");
        b.append("Все уведомления: ").append(portalUrl).append("/notifications\n\n")
                .append("Это письмо отправлено автоматически порталом «Забота», отвечать на него не нужно.");
        return b.toString();
    }

    /** E-mails handed to the transport, and notices given up (for tests and operations). */
    public long sentCount() {
        return sent.get();
    }

    public long failedCount() {
        return failed.get();
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
