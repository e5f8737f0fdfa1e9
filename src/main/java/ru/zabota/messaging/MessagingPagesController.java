package ru.zabota.messaging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;
import ru.zabota.common.PageOf;
import ru.zabota.registry.Provider;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;
import ru.zabota.security.PortalRole;

/**
 * The cabinet section «Сообщения» (citizen and provider): the threads list, a thread with the reply form, and the
 * form «Отправить сообщение» opened from a provider's card or an ad. A social worker's cabinet has no such section.
 */
@Controller
@RequestMapping("/cabinet/messages")
public class MessagingPagesController {
    private final MessagingService messaging;
    private final ActingContext acting;

    public MessagingPagesController(MessagingService messaging, ActingContext acting) {
        this.messaging = messaging;
        this.acting = acting;
    }

    private MessagingParty party() {
        Acting a = acting.current();
        if (a.role() == PortalRole.WORKER) throw new NotFoundException("Нет такого раздела");
        return MessagingParty.of(a);
    }

    @GetMapping
    public String list(@RequestParam(defaultValue = "0") int page, Model model) {
        MessagingParty party = party();
        model.addAttribute("section", "messages");
        model.addAttribute("page", messaging.threads(party, PageOf.request(page, 20)));
        model.addAttribute("citizen", party.side() == Side.PERSON);
        return "messaging/threads";
    }

    @GetMapping("/{id}")
    public String thread(@PathVariable Long id, Model model) {
        MessagingParty party = party();
        model.addAttribute("thread", messaging.open(party, id));
        // opened means read: the menu's count (worked out before the handler) is counted again
        model.addAttribute("unreadMessages", messaging.unread(party));
        model.addAttribute("maxText", MessagingService.MAX_TEXT);
        return "messaging/thread";
    }

    @PostMapping("/{id}")
    public String reply(@PathVariable Long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        Acting a = acting.current();
        MessagingParty party = party();
        try {
            messaging.reply(party, id, a.displayName(), text);
            redirect.addFlashAttribute("notice", "Сообщение отправлено");
        } catch (DomainProblem refused) {
            if (refused.status() == org.springframework.http.HttpStatus.FORBIDDEN) throw refused;
            redirect.addFlashAttribute("problem", refused.getMessage());
            redirect.addFlashAttribute("text", text);
        }
        return "redirect:/cabinet/messages/" + id;
    }

    @GetMapping("/new")
    public String form(@RequestParam Long providerId, @RequestParam(required = false) Long catalogContractId, Model model) {
        MessagingParty party = party();
        if (party.side() != Side.PERSON) {
            throw new DomainProblem(org.springframework.http.HttpStatus.FORBIDDEN, "citizen-starts",
                    "Переписку начинает гражданин: ответьте в разделе «Сообщения»");
        }
        Provider p = messaging.addressee(providerId);
        model.addAttribute("provider", p);
        model.addAttribute("catalogContractId", catalogContractId);
        model.addAttribute("maxText", MessagingService.MAX_TEXT);
        return "messaging/new";
    }

    @PostMapping
    public String start(@RequestParam(required = false) Long providerId, @RequestParam(required = false) Long catalogContractId,
                        @RequestParam(required = false) String text, RedirectAttributes redirect) {
        Acting a = acting.current();
        MessagingParty party = party();
        try {
            MessageThread t = messaging.start(party, a.displayName(), providerId, text, catalogContractId);
            redirect.addFlashAttribute("notice", "Сообщение отправлено. Переписку можно продолжить в разделе «Сообщения».");
            return "redirect:/cabinet/messages/" + t.getId();
        } catch (DomainProblem refused) {
            if (refused.status() == org.springframework.http.HttpStatus.FORBIDDEN || providerId == null) throw refused;
            redirect.addFlashAttribute("problem", refused.getMessage());
            redirect.addFlashAttribute("text", text);
            return "redirect:" + UriComponentsBuilder.fromPath("/cabinet/messages/new").queryParam("providerId", providerId)
                    .queryParamIfPresent("catalogContractId", java.util.Optional.ofNullable(catalogContractId)).toUriString();
        }
    }
}
