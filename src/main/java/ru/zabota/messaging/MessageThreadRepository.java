package ru.zabota.messaging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;
import java.util.Optional;

public interface MessageThreadRepository extends JpaRepository<MessageThread, Long> {
    Page<MessageThread> findByPersonIdOrderByLastMessageAtDescIdDesc(Long personId, Pageable page);

    Page<MessageThread> findByProviderIdOrderByLastMessageAtDescIdDesc(Long providerId, Pageable page);

    @Query("select t from MessageThread t where t.personId = :person and t.providerId = :provider and "
            + "((:contract is null and t.catalogContractId is null) or t.catalogContractId = :contract) order by t.id")
    java.util.List<MessageThread> findExisting(@Param("person") Long personId, @Param("provider") Long providerId,
                                               @Param("contract") Long catalogContractId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from MessageThread t where t.id = :id")
    Optional<MessageThread> findLockedById(@Param("id") Long id);
}
