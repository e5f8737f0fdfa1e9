package ru.zabota.contract;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ContractRepository extends JpaRepository<Contract, Long> {
    @EntityGraph(attributePaths = {"provider", "person"})
    Page<Contract> findByPersonIdOrderByCreatedAtDesc(Long personId, Pageable page);

    /** Read in order from ix_contract_provider_created (provider_id, created_at). */
    @EntityGraph(attributePaths = {"provider", "person"})
    Page<Contract> findByProviderIdOrderByCreatedAtDesc(Long providerId, Pageable page);

    /** ix_contract_provider_status (provider_id, status, created_at) or ix_contract_provider_created, as the planner finds cheaper. */
    @EntityGraph(attributePaths = {"provider", "person"})
    Page<Contract> findByProviderIdAndStatusInOrderByCreatedAtDesc(Long providerId, Collection<ContractStatus> statuses, Pageable page);

    @EntityGraph(attributePaths = {"provider", "person", "lines", "lines.serviceType"})
    Optional<Contract> findWithLinesById(Long id);

    /** The contract under a row lock: deliveries counted against its volumes are added one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @EntityGraph(attributePaths = {"provider", "person", "lines", "lines.serviceType"})
    Optional<Contract> findLockedById(Long id);

    /** Read in order from ix_contract_provider_status (provider_id, status, created_at). */
    @EntityGraph(attributePaths = {"provider", "person"})
    List<Contract> findByProviderIdAndStatusOrderByCreatedAtDesc(Long providerId, ContractStatus status);

    List<Contract> findByPersonIdAndStatusIn(Long personId, Collection<ContractStatus> statuses);

    @EntityGraph(attributePaths = {"provider", "person", "lines", "lines.serviceType"})
    Optional<Contract> findByCaseId(Long caseId);

    boolean existsByPersonIdAndProviderIdAndStatusIn(Long personId, Long providerId, Collection<ContractStatus> statuses);
}
