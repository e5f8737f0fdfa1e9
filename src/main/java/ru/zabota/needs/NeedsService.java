package ru.zabota.needs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the other features ask about a person's need for services: [601] and the ИППСУ in force. */
@Service
@Transactional(readOnly = true)
public class NeedsService {
    private final NeedRecognitionRepository recognitions;
    private final IppsuRepository programmes;
    private final Clock clock;

    public NeedsService(NeedRecognitionRepository recognitions, IppsuRepository programmes, Clock clock) {
        this.recognitions = recognitions;
        this.programmes = programmes;
        this.clock = clock;
    }

    public Optional<NeedRecognition> activeRecognition(Long personId) {
        return recognitions.findByPersonIdOrderByDecisionDateDesc(personId).stream()
                .filter(NeedRecognition::isSatisfiedAndActive).findFirst();
    }

    public List<NeedRecognition> recognitions(Long personId) {
        return recognitions.findByPersonIdOrderByDecisionDateDesc(personId);
    }

    public Optional<Ippsu> ippsuInForce(Long personId) {
        LocalDate today = LocalDate.now(clock);
        Optional<Ippsu> found = programmes.findByPersonIdOrderByIssuedOnDesc(personId).stream()
                .filter(p -> p.isInForceOn(today)).findFirst();
        found.ifPresent(p -> org.hibernate.Hibernate.initialize(p.getRecommendedProviders()));
        return found;
    }

    /**
     * The ИППСУ in force of each of several persons (a page of a provider's recipients) in one query; persons without
     * one are absent. The recommended providers are not loaded.
     */
    public java.util.Map<Long, Ippsu> ippsusInForce(java.util.Collection<Long> personIds) {
        java.util.Map<Long, Ippsu> result = new java.util.HashMap<>();
        if (personIds.isEmpty()) return result;
        LocalDate today = LocalDate.now(clock);
        for (Ippsu p : programmes.findByPersonIdInOrderByIssuedOnDesc(personIds)) {
            if (p.isInForceOn(today)) result.putIfAbsent(p.getPerson().getId(), p);
        }
        return result;
    }

    public List<Ippsu> programmes(Long personId) {
        return programmes.findByPersonIdOrderByIssuedOnDesc(personId);
    }
}
