package ru.zabota.cases;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import ru.zabota.common.PageOf;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import ru.zabota.security.ActingContext;
import ru.zabota.common.NotFoundException;

import java.time.Instant;
import java.util.List;

/** «Обращения» as JSON: the acting person's cases (paged) and a case's status history. */
@RestController
@RequestMapping("/api/cases")
public class CasesApiController {
    private final SocialCaseService cases;
    private final SocialCaseRepository repository;
    private final ActingContext acting;
    private final MessageSource messages;

    public CasesApiController(SocialCaseService cases, SocialCaseRepository repository, ActingContext acting, MessageSource messages) {
        this.cases = cases;
        this.repository = repository;
        this.acting = acting;
        this.messages = messages;
    }

    public record CaseView(Long id, String number, String type, String typeLabel, CaseStatus status, String statusLabel,
                           Instant createdAt, Instant updatedAt) {
    }

    public record HistoryEntry(Instant at, CaseStatus from, CaseStatus to, String toLabel, String comment) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    public PageOf<CaseView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page<SocialCase> p = cases.casesOf(acting.citizenPersonId(), PageOf.request(page, size));
        return PageOf.of(p.map(c -> new CaseView(c.getId(), c.getNumber(), c.getCaseType().code(),
                label("CaseType." + c.getCaseType()), c.getCitizenStatus(), label("CaseStatus." + c.getCitizenStatus()), c.getCreatedAt(),
                c.getUpdatedAt())));
    }

    /** The statuses a citizen sees; who acted stays with the staff view. */
    @GetMapping("/{id}/history")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(@PathVariable Long id) {
        SocialCase c = repository.findById(id).filter(x -> x.getApplicant().getId().equals(acting.citizenPersonId()))
                .orElseThrow(() -> new NotFoundException("Нет такого обращения"));
        return cases.history(c.getId()).stream()
                .map(h -> new HistoryEntry(h.getAt(), h.getFromStatus(), h.getToStatus(), label("CaseStatus." + h.getToStatus()), h.getComment()))
                .toList();
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
