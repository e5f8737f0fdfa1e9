package ru.zabota.notification;

import java.util.Objects;

/**
 * "Someone now waits on you": published by a feature as a Spring application event inside the transaction
 * that made the step wait ({@code ApplicationEventPublisher.publishEvent(Notice.toPerson(...))}). The
 * notification feature stores it in the addressee's in-app list within that transaction (so a rolled-back
 * step tells nobody) and sends the e-mail after commit. Text is Russian, plain, without personal data
 * beyond what the addressee may see; the link is a portal path such as {@code /catalog-contracts/42}.
 */
public record Notice(Addressee addressee, Long addresseeId, String text, String link) {

    /** Who is told: a person (citizen; their representatives see it too) or a provider organisation. */
    public enum Addressee { PERSON, PROVIDER }

    public Notice {
        Objects.requireNonNull(addressee);
        Objects.requireNonNull(addresseeId);
        Objects.requireNonNull(text);
    }

    public static Notice toPerson(Long personId, String text, String link) {
        return new Notice(Addressee.PERSON, personId, text, link);
    }

    public static Notice toProvider(Long providerId, String text, String link) {
        return new Notice(Addressee.PROVIDER, providerId, text, link);
    }
}
