package ru.zabota.cases;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.people.Person;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Opens cases with their numbers and moves them between statuses, writing the audit trail. */
@Service
@Transactional
public class SocialCaseService {
    private final SocialCaseRepository cases;
    private final CaseAuditRepository audit;
    private final CaseNumbers numbers;
    private final Clock clock;

    public SocialCaseService(SocialCaseRepository cases, CaseAuditRepository audit, CaseNumbers numbers, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.numbers = numbers;
        this.clock = clock;
    }

    public SocialCase open(CaseType type, Person applicant, String actor) {
        SocialCase c = cases.save(new SocialCase(type, numbers.next(type), applicant, actor, clock.instant()));
        audit.save(new CaseAudit(c.getId(), actor, c.getCreatedAt(), null, CaseStatus.SUBMITTED, null));
        return c;
    }

    /** Moves the case to a status and audits it; a repeated move to the same status changes nothing. */
    public void changeStatus(SocialCase c, CaseStatus to, String actor, String comment) {
        if (c.getStatus() == to) return;
        CaseStatus from = c.getStatus();
        Instant now = clock.instant();
        c.moveTo(to, now);
        audit.save(new CaseAudit(c.getId(), actor, now, from, to, comment));
    }

    @Transactional(readOnly = true)
    public Page<SocialCase> casesOf(Long personId, Pageable page) {
        return cases.findByApplicantIdOrderByCreatedAtDesc(personId, page);
    }

    @Transactional(readOnly = true)
    public List<CaseAudit> history(Long caseId) {
        return audit.findByCaseIdOrderByAtAscIdAsc(caseId);
    }
}
