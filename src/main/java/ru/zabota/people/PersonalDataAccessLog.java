package ru.zabota.people;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The journal of staff access to citizens' personal data: each staff page that shows a person's data records who
 * opened it, whose data and what, in its own transaction (a read-only page still leaves its trace). The office head
 * reads it; entries older than {@code zabota.privacy.access-log-retention} (3 years by default) are removed nightly.
 */
@Service
public class PersonalDataAccessLog {
    private final PersonalDataAccessRepository entries;
    private final PersonRepository people;
    private final Clock clock;
    private final Duration retention;

    public PersonalDataAccessLog(PersonalDataAccessRepository entries, PersonRepository people, Clock clock,
                                 @Value("${zabota.privacy.access-log-retention:P1095D}") Duration retention) {
        this.entries = entries;
        this.people = people;
        this.clock = clock;
        this.retention = retention;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String staffUser, String staffName, Long personId, String what) {
        entries.save(new PersonalDataAccess(staffUser, staffName, people.getReferenceById(personId), what, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Page<PersonalDataAccess> journal(Long personId, Pageable page) {
        return personId == null ? entries.findAllByOrderByAccessedAtDesc(page) : entries.findByPersonIdOrderByAccessedAtDesc(personId, page);
    }

    @Scheduled(cron = "${zabota.privacy.access-log-cleanup-cron:0 30 2 * * *}", zone = "Asia/Yekaterinburg")
    @Transactional
    public int forgetExpired() {
        return entries.deleteOlderThan(clock.instant().minus(retention));
    }
}
