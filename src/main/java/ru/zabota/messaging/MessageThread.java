package ru.zabota.messaging;

import jakarta.persistence.*;

import java.time.Instant;

/**
 * A conversation between a person (a citizen; their legal representative writes for them) and a provider
 * organisation (its employees in the role «Поставщик услуг» answer). It may be about a catalog contract.
 */
@Entity
@Table(name = "message_thread")
public class MessageThread {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long personId;
    private Long providerId;
    private Long catalogContractId;
    private Instant createdAt;
    private Instant lastMessageAt;
    /** The last message id the person's side has read. */
    private long personReadUpto;
    /** The last message id the provider's side has read. */
    private long providerReadUpto;

    protected MessageThread() {
    }

    MessageThread(Long personId, Long providerId, Long catalogContractId, Instant now) {
        this.personId = personId;
        this.providerId = providerId;
        this.catalogContractId = catalogContractId;
        this.createdAt = now;
        this.lastMessageAt = now;
    }

    boolean isOf(MessagingParty party) {
        return party.side() == Side.PERSON ? personId.equals(party.id()) : providerId.equals(party.id());
    }

    /** The side has read everything up to this message. */
    void readUpto(Side side, long messageId) {
        if (side == Side.PERSON) personReadUpto = Math.max(personReadUpto, messageId);
        else providerReadUpto = Math.max(providerReadUpto, messageId);
    }

    void touched(Instant at) {
        lastMessageAt = at;
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public Long getProviderId() { return providerId; }
    public Long getCatalogContractId() { return catalogContractId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastMessageAt() { return lastMessageAt; }
    public long getPersonReadUpto() { return personReadUpto; }
    public long getProviderReadUpto() { return providerReadUpto; }
}
