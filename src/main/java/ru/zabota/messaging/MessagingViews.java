package ru.zabota.messaging;

import java.time.LocalDateTime;
import java.util.List;

/** What the threads list and a thread page (and the API) show. Times are the region's local time. */
public final class MessagingViews {
    private MessagingViews() {
    }

    /** A row of «Сообщения»: the other party, the last message, how many of the other side's messages are unread. */
    public record ThreadSummary(Long id, Long personId, String personName, Long providerId, String providerName,
                                String otherParty, String lastMessage, String lastAuthor, LocalDateTime lastMessageAt,
                                long unread, Long catalogContractId, String catalogContractLink) {
    }

    /** One message; {@code mine} when the reader's side wrote it. */
    public record MessageView(Long id, Side authorSide, String author, String text, LocalDateTime createdAt, boolean mine) {
    }

    /** A thread with its messages in order. */
    public record ThreadView(Long id, Long personId, String personName, Long providerId, String providerName,
                             String otherParty, Long catalogContractId, String catalogContractLink,
                             List<MessageView> messages) {
    }

    /** The link to the catalog contract a thread is about (the catalog contract feature's page). */
    static String contractLink(Long catalogContractId) {
        return catalogContractId == null ? null : "/catalog-contracts/" + catalogContractId;
    }
}
