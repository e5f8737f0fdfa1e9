package ru.zabota.interagency;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface InteragencyRequestRepository extends JpaRepository<InteragencyRequest, Long> {
    List<InteragencyRequest> findByApplicationIdOrderByIdAsc(Long applicationId);

    List<InteragencyRequest> findByCaseIdOrderByIdAsc(Long caseId);

    Optional<InteragencyRequest> findByIdempotencyKey(String idempotencyKey);

    long countByCaseIdAndKindAndExternalIdIsNotNull(Long caseId, InteragencyKind kind);

    /** Sent requests still waiting for their answer, oldest first (the poller's batch). */
    @Query("select r from InteragencyRequest r where r.status = ru.zabota.interagency.InteragencyRequestStatus.WAITING "
            + "and r.externalId is not null order by r.id")
    List<InteragencyRequest> findWaiting(Pageable page);

    /** Records the answer unless another node (or the deadline) got there first: 1 when this call did. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update InteragencyRequest r set r.status = ru.zabota.interagency.InteragencyRequestStatus.ANSWERED, "
            + "r.answer = :answer, r.answeredAt = :at "
            + "where r.id = :id and r.status = ru.zabota.interagency.InteragencyRequestStatus.WAITING")
    int answer(@Param("id") Long id, @Param("answer") String answer, @Param("at") Instant at);

    /** Marks a request without an answer expired: 1 when it was still waiting. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update InteragencyRequest r set r.status = ru.zabota.interagency.InteragencyRequestStatus.EXPIRED "
            + "where r.id = :id and r.status = ru.zabota.interagency.InteragencyRequestStatus.WAITING")
    int expire(@Param("id") Long id);
}
