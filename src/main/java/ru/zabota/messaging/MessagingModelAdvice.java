package ru.zabota.messaging;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

/** The unread count beside «Сообщения» in the cabinet menu, on every page of a citizen or a provider. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class MessagingModelAdvice {
    private final ActingContext acting;
    private final MessagingService messaging;

    public MessagingModelAdvice(ActingContext acting, MessagingService messaging) {
        this.acting = acting;
        this.messaging = messaging;
    }

    @ModelAttribute("unreadMessages")
    public Long unreadMessages(jakarta.servlet.http.HttpServletRequest request) {
        // @RestController is a @Controller too: the API renders no header, so it pays no count query
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || acting.user().isEmpty()) return null;
        Acting a = acting.current();
        return MessagingParty.has(a) ? messaging.unread(MessagingParty.of(a)) : null;
    }
}
