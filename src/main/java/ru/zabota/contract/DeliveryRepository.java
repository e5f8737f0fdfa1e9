package ru.zabota.contract;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface DeliveryRepository extends JpaRepository<Delivery, Long> {
    @EntityGraph(attributePaths = {"contract", "contract.person", "contract.provider", "line", "line.serviceType"})
    Optional<Delivery> findWithContractById(Long id);

    /** One provider's calendar window, optionally for one contract (recipient). */
    @EntityGraph(attributePaths = {"contract", "contract.person", "line", "line.serviceType"})
    @Query("""
            select d from Delivery d where d.providerId = :providerId and d.scheduledAt >= :from and d.scheduledAt < :to
            and (:contractId is null or d.contract.id = :contractId) order by d.scheduledAt, d.id""")
    List<Delivery> calendar(Long providerId, LocalDateTime from, LocalDateTime to, Long contractId);

    @EntityGraph(attributePaths = {"line", "line.serviceType"})
    List<Delivery> findByContractIdOrderByScheduledAtAscIdAsc(Long contractId);

    long countByLineId(Long lineId);

    /** Per line of one contract: [lineId, status, count]; the deliveries themselves are not loaded. */
    @Query("""
            select d.line.id, d.status, count(d) from Delivery d where d.contract.id = :contractId
            group by d.line.id, d.status""")
    List<Object[]> countsByLine(Long contractId);

    /** Per service type: [serviceTypeId, status, count] over the given contracts. */
    @Query("""
            select d.line.serviceType.id, d.status, count(d) from Delivery d where d.contract.id in :contractIds
            group by d.line.serviceType.id, d.status""")
    List<Object[]> countsByServiceType(Collection<Long> contractIds);
}
