package ru.zabota.notification;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

/** The bell in the portal header: the unread count of the person acted for or of the organisation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class NotificationModelAdvice {
    private final ActingContext acting;
    private final NotificationService notifications;

    public NotificationModelAdvice(ActingContext acting, NotificationService notifications) {
        this.acting = acting;
        this.notifications = notifications;
    }

    /** Null when the visitor has no notifications at all (anonymous, staff, a social worker): no bell. */
    @ModelAttribute("unreadNotifications")
    public Long unreadNotifications(jakarta.servlet.http.HttpServletRequest request) {
        // @RestController is a @Controller too: the API renders no header, so it pays no count query
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || acting.user().isEmpty()) return null;
        Acting a = acting.current();
        return NotificationService.Reader.has(a) ? notifications.unread(NotificationService.Reader.of(a)) : null;
    }
}
