package ru.zabota.interagency;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Sends a case's interagency requests through the gateway and records answers and missed deadlines. */
@Service
@Transactional
public class InteragencyService {
    private final InteragencyGateway gateway;
    private final InteragencyRequestRepository requests;

    public InteragencyService(InteragencyGateway gateway, InteragencyRequestRepository requests) {
        this.gateway = gateway;
        this.requests = requests;
    }

    public InteragencyRequest open(Long applicationId, Long caseId, InteragencyKind kind, Date deadline) {
        return requests.save(new InteragencyRequest(applicationId, caseId, kind, deadline.toInstant()));
    }

    /** Sends once: a retried job finds the external id already set and sends nothing twice. */
    public void send(Long requestId, String snils) {
        InteragencyRequest r = requests.findById(requestId).orElseThrow();
        if (r.getExternalId() != null) return;
        r.sent(gateway.send(r.getKind(), snils), now());
    }

    /** Asks for the answer; past the deadline without one the request is «Срок истёк». Returns the new status. */
    public InteragencyRequestStatus check(Long requestId) {
        InteragencyRequest r = requests.findById(requestId).orElseThrow();
        if (r.getStatus() != InteragencyRequestStatus.WAITING) return r.getStatus();
        var answer = gateway.poll(r.getExternalId());
        if (answer.isPresent()) r.answered(answer.get(), now());
        else if (!now().isBefore(r.getDeadline())) r.expired();
        return r.getStatus();
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
