package ru.zabota.notification;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.TimeConfig;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;
import ru.zabota.security.Acting;
import ru.zabota.security.PortalRole;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The in-app list «Уведомления». A {@link Notice} is stored by {@link #record} in the transaction that published it:
 * a step that rolls back leaves no notification (and {@link NoticeMailer} sends no e-mail). A citizen reads the
 * notices of the person they act for (their own, or the represented person's); an employee in the role «Поставщик
 * услуг» those of the organisation.
 */
@Service
@Transactional
public class NotificationService {
    private final NotificationRepository notifications;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Whose notices the actor reads. */
    public record Reader(Notice.Addressee addressee, Long id) {
        public static Reader of(Acting a) {
            if (a.role() == PortalRole.CITIZEN && a.personId() != null) return new Reader(Notice.Addressee.PERSON, a.personId());
            if (a.role() == PortalRole.PROVIDER && a.user().providerId() != null) {
                return new Reader(Notice.Addressee.PROVIDER, a.user().providerId());
            }
            throw new DomainProblem(HttpStatus.FORBIDDEN, "no-notifications",
                    "Уведомления получают гражданин и сотрудники организации в роли «Поставщик услуг»");
        }

        public static boolean has(Acting a) {
            return (a.role() == PortalRole.CITIZEN && a.personId() != null)
                    || (a.role() == PortalRole.PROVIDER && a.user().providerId() != null);
        }
    }

    public record NotificationView(Long id, String text, String link, LocalDateTime createdAt, boolean read) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getText(), n.getLink(),
                    LocalDateTime.ofInstant(n.getCreatedAt(), TimeConfig.REGION_ZONE), n.isRead());
        }
    }

    /** Stores the notice in the publisher's transaction (MANDATORY would refuse a publisher without one). */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Notice notice) {
        notifications.save(new Notification(notice, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Page<NotificationView> list(Reader reader, Pageable page) {
        return notifications.findByAddresseeAndAddresseeIdOrderByCreatedAtDescIdDesc(reader.addressee(), reader.id(), page)
                .map(NotificationView::of);
    }

    @Transactional(readOnly = true)
    public long unread(Reader reader) {
        return notifications.countByAddresseeAndAddresseeIdAndReadAtIsNull(reader.addressee(), reader.id());
    }

    /** Marks one notification read; another party's answers 404. Reading twice is the same as once. */
    public NotificationView markRead(Reader reader, Long id) {
        Notification n = notifications.findById(id).filter(x -> x.isFor(reader.addressee(), reader.id()))
                .orElseThrow(() -> new NotFoundException("Нет такого уведомления"));
        n.markRead(clock.instant());
        return NotificationView.of(n);
    }

    public int markAllRead(Reader reader) {
        return notifications.markAllRead(reader.addressee(), reader.id(), clock.instant());
    }

    /** A link that stays on the portal: a path, never another site. */
    public static boolean portalPath(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
    }
}
