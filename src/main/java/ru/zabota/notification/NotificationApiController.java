package ru.zabota.notification;

import org.springframework.web.bind.annotation.*;
import ru.zabota.common.PageOf;
import ru.zabota.security.ActingContext;

/** «Уведомления» through the API: newest first, paged, with the unread count; marking one read. */
@RestController
@RequestMapping("/api/notifications")
public class NotificationApiController {
    private final NotificationService notifications;
    private final ActingContext acting;

    public NotificationApiController(NotificationService notifications, ActingContext acting) {
        this.notifications = notifications;
        this.acting = acting;
    }

    public record Notifications(PageOf<NotificationService.NotificationView> notifications, long unread) {
    }

    @GetMapping
    public Notifications list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        NotificationService.Reader reader = NotificationService.Reader.of(acting.current());
        return new Notifications(PageOf.of(notifications.list(reader, PageOf.request(page, size))), notifications.unread(reader));
    }

    @PostMapping("/{id}/read")
    public NotificationService.NotificationView read(@PathVariable Long id) {
        return notifications.markRead(NotificationService.Reader.of(acting.current()), id);
    }
}
