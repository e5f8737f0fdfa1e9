package ru.zabota.interagency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.zabota.cases.SocialCase;
import ru.zabota.cases.SocialCaseRepository;
import ru.zabota.common.DomainProblem;
import ru.zabota.workflow.Workflow;

import java.util.Map;
import java.util.Optional;

/**
 * The one poller of interagency answers (instead of a timer loop in every case's process, which wrote a history row
 * per minute and case). Every {@code zabota.interagency.poll-interval} it asks the gateway about the waiting
 * requests; an answer is recorded with an update that only succeeds while the request still waits, so on two nodes
 * exactly one records it and tells the case's process ({@value InteragencyService#ANSWERED_MESSAGE}, business key =
 * case number). A process that no longer waits (its deadline passed) is left alone.
 */
@Component
public class InteragencyAnswerPoller {
    private static final Logger log = LoggerFactory.getLogger(InteragencyAnswerPoller.class);

    private final InteragencyService interagency;
    private final SocialCaseRepository cases;
    private final Workflow workflow;
    private final int batch;

    public InteragencyAnswerPoller(InteragencyService interagency, SocialCaseRepository cases, Workflow workflow,
                                   @Value("${zabota.interagency.poll-batch:100}") int batch) {
        this.interagency = interagency;
        this.cases = cases;
        this.workflow = workflow;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${zabota.interagency.poll-interval:PT1M}",
            initialDelayString = "${zabota.interagency.poll-interval:PT1M}")
    public void pollWaitingRequests() {
        for (InteragencyRequest r : interagency.waiting(batch)) {
            try {
                interagency.poll(r).ifPresent(answer -> answered(r, answer));
            } catch (RuntimeException e) {
                log.warn("Polling interagency request {} failed: {}", r.getId(), e.getMessage());
            }
        }
    }

    private void answered(InteragencyRequest r, String answer) {
        if (!interagency.recordAnswer(r.getId(), answer)) return; // another node, or the deadline, was first
        Optional<String> caseNumber = cases.findById(r.getCaseId()).map(SocialCase::getNumber);
        if (caseNumber.isEmpty()) return;
        try {
            workflow.correlate(InteragencyService.ANSWERED_MESSAGE, caseNumber.get(), Map.of());
        } catch (DomainProblem notWaiting) {
            log.info("Interagency request {} answered, but case {} no longer waits for it", r.getId(), caseNumber.get());
        }
    }

    @Configuration
    @EnableScheduling
    static class Scheduling {
    }
}
