package ru.zabota.cases;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.people.Person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Opens cases with their numbers and moves them between statuses, writing the audit trail. */
@Service
@Transactional
public class SocialCaseService {
    private final SocialCaseRepository cases;
    private final CaseAuditRepository audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

    public SocialCaseService(SocialCaseRepository cases, CaseAuditRepository audit, JdbcTemplate jdbc, Clock clock,
                             org.springframework.transaction.PlatformTransactionManager transactions) {
        this.cases = cases;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public SocialCase open(CaseType type, Person applicant, String actor) {
        SocialCase c = cases.save(new SocialCase(type, nextNumber(type), applicant, actor, clock.instant()));
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

    /** 602-2026-000042: per type and year, from a counter row updated under the row lock. */
    public String nextNumber(CaseType type) {
        int year = LocalDate.now(clock).getYear();
        int updated = jdbc.update("UPDATE case_number_counter SET last_value = last_value + 1 WHERE case_type = ? AND counter_year = ?",
                type.code(), year);
        if (updated == 0) {
            // the year's first case of the type: the counter row is created in its own transaction, so that two
            // first cases at once (found by the load test) do not abort the caller's transaction on PostgreSQL —
            // the loser's duplicate key only rolls back its own insert, and both then count under the row lock
            try {
                ownTransaction.executeWithoutResult(t -> jdbc.update(
                        "INSERT INTO case_number_counter (case_type, counter_year, last_value) VALUES (?, ?, 0)", type.code(), year));
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                // created by the other first case
            }
            jdbc.update("UPDATE case_number_counter SET last_value = last_value + 1 WHERE case_type = ? AND counter_year = ?",
                    type.code(), year);
        }
        Long value = jdbc.queryForObject("SELECT last_value FROM case_number_counter WHERE case_type = ? AND counter_year = ?",
                Long.class, type.code(), year);
        return "%s-%d-%06d".formatted(type.code(), year, value);
    }
}
