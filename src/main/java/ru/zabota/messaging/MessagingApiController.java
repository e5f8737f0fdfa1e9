package ru.zabota.messaging;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import ru.zabota.common.PageOf;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

import java.net.URI;

/** «Сообщения» through the API: the same service as the cabinet pages. */
@RestController
@RequestMapping("/api/messages/threads")
public class MessagingApiController {
    private final MessagingService messaging;
    private final ActingContext acting;

    public MessagingApiController(MessagingService messaging, ActingContext acting) {
        this.messaging = messaging;
        this.acting = acting;
    }

    public record NewThread(Long providerId, String text, Long catalogContractId) {
    }

    public record NewMessage(String text) {
    }

    /** The threads with the unread count of each and of all. */
    public record Threads(PageOf<MessagingViews.ThreadSummary> threads, long unread) {
    }

    @GetMapping
    public Threads list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        MessagingParty party = MessagingParty.of(acting.current());
        return new Threads(PageOf.of(messaging.threads(party, PageOf.request(page, size))), messaging.unread(party));
    }

    @PostMapping
    public ResponseEntity<MessagingViews.ThreadView> start(@RequestBody NewThread body) {
        Acting a = acting.current();
        MessagingParty party = MessagingParty.of(a);
        MessageThread t = messaging.start(party, a.displayName(), body.providerId(), body.text(), body.catalogContractId());
        return ResponseEntity.created(URI.create("/api/messages/threads/" + t.getId())).body(messaging.open(party, t.getId()));
    }

    @GetMapping("/{id}")
    public MessagingViews.ThreadView one(@PathVariable Long id) {
        return messaging.open(MessagingParty.of(acting.current()), id);
    }

    @PostMapping("/{id}/messages")
    public ResponseEntity<MessagingViews.ThreadView> reply(@PathVariable Long id, @RequestBody NewMessage body) {
        Acting a = acting.current();
        MessagingParty party = MessagingParty.of(a);
        messaging.reply(party, id, a.displayName(), body.text());
        return ResponseEntity.created(URI.create("/api/messages/threads/" + id)).body(messaging.open(party, id));
    }
}
