package ru.zabota.messaging;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface ThreadMessageRepository extends JpaRepository<ThreadMessage, Long> {
    List<ThreadMessage> findByThreadIdOrderByIdAsc(Long threadId);

    Optional<ThreadMessage> findFirstByThreadIdOrderByIdDesc(Long threadId);

    long countByThreadIdAndAuthorSideAndIdGreaterThan(Long threadId, Side authorSide, long id);

    /** Messages from providers the person has not read, over all the person's threads. */
    @Query("select count(m) from ThreadMessage m, MessageThread t where m.threadId = t.id and t.personId = :person "
            + "and m.authorSide = ru.zabota.messaging.Side.PROVIDER and m.id > t.personReadUpto")
    long unreadByPerson(@Param("person") Long personId);

    /** Messages from people the organisation has not read, over all its threads. */
    @Query("select count(m) from ThreadMessage m, MessageThread t where m.threadId = t.id and t.providerId = :provider "
            + "and m.authorSide = ru.zabota.messaging.Side.PERSON and m.id > t.providerReadUpto")
    long unreadByProvider(@Param("provider") Long providerId);
}
