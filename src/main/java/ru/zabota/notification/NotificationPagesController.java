package ru.zabota.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.zabota.common.PageOf;
import ru.zabota.security.ActingContext;

/** The page «Уведомления» (the bell in the header leads here): list, mark read, open the record. */
@Controller
@RequestMapping("/notifications")
public class NotificationPagesController {
    private final NotificationService notifications;
    private final ActingContext acting;

    public NotificationPagesController(NotificationService notifications, ActingContext acting) {
        this.notifications = notifications;
        this.acting = acting;
    }

    private NotificationService.Reader reader() {
        return NotificationService.Reader.of(acting.current());
    }

    @GetMapping
    public String list(@RequestParam(defaultValue = "0") int page, Model model) {
        NotificationService.Reader reader = reader();
        model.addAttribute("page", notifications.list(reader, PageOf.request(page, 20)));
        return "notification/list";
    }

    /** «Прочитано», or «Открыть» ({@code open}): marked read, then the record itself. */
    @PostMapping("/{id}/read")
    public String read(@PathVariable Long id, @RequestParam(required = false) Boolean open, RedirectAttributes redirect) {
        NotificationService.NotificationView n = notifications.markRead(reader(), id);
        if (Boolean.TRUE.equals(open) && NotificationService.portalPath(n.link())) return "redirect:" + n.link();
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    public String readAll(RedirectAttributes redirect) {
        int n = notifications.markAllRead(reader());
        redirect.addFlashAttribute("notice", n == 0 ? "Непрочитанных уведомлений нет" : "Все уведомления отмечены прочитанными");
        return "redirect:/notifications";
    }
}
