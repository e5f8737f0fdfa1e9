package ru.zabota.interagency;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Sends a case's interagency requests through the gateway and records answers and missed deadlines. */
@Service
@Transactional
public class InteragencyService {
    /** The message a case's process waits for while a request is out (business key = case number). */
    public static final String ANSWERED_MESSAGE = "InteragencyAnswered";

    private final InteragencyGateway gateway;
    private final InteragencyRequestRepository requests;

    public InteragencyService(InteragencyGateway gateway, InteragencyRequestRepository requests) {
        this.gateway = gateway;
        this.requests = requests;
    }

    /**
     * Opens and sends the next request of this kind for the case. The idempotency key is case number / kind /
     * attempt, where the attempt counts the requests of that kind already sent: a job that failed after sending and
     * was rolled back computes the same key on its retry, finds or recreates the same row and the gateway answers
     * the first external id, so nothing is sent twice.
     */
    public InteragencyRequest send(Long applicationId, Long caseId, String caseNumber, InteragencyKind kind, Date deadline,
                                   String snils) {
        long attempt = requests.countByCaseIdAndKindAndExternalIdIsNotNull(caseId, kind) + 1;
        String key = caseNumber + "/" + kind + "/" + attempt;
        InteragencyRequest r = requests.findByIdempotencyKey(key)
                .orElseGet(() -> requests.save(new InteragencyRequest(applicationId, caseId, kind, deadline.toInstant(), key)));
        if (r.getExternalId() == null) r.sent(gateway.send(key, kind, snils), now());
        return r;
    }

    /** The deadline passed: the request is «Срок истёк» unless its answer came first. */
    public boolean expire(Long requestId) {
        return requests.expire(requestId) == 1;
    }

    /** Sent requests still waiting, oldest first. */
    @Transactional(readOnly = true)
    public List<InteragencyRequest> waiting(int max) {
        return requests.findWaiting(org.springframework.data.domain.PageRequest.of(0, max));
    }

    /** Asks the gateway for the answer to a request (no transaction: a remote call). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public java.util.Optional<String> poll(InteragencyRequest r) {
        return gateway.poll(r.getExternalId());
    }

    /** Records an answer in its own transaction; false when another node or the deadline was first. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordAnswer(Long requestId, String answer) {
        return requests.answer(requestId, answer, now()) == 1;
    }

    @Transactional(readOnly = true)
    public List<InteragencyRequest> ofCase(Long caseId) {
        return requests.findByCaseIdOrderByIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public List<InteragencyRequest> ofApplication(Long applicationId) {
        return requests.findByApplicationIdOrderByIdAsc(applicationId);
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
