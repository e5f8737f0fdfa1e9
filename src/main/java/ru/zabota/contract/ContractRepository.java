package ru.zabota.contract;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ContractRepository extends JpaRepository<Contract, Long> {
    @EntityGraph(attributePaths = {"provider", "person"})
    List<Contract> findByPersonIdOrderByCreatedAtDesc(Long personId);

    @EntityGraph(attributePaths = {"provider", "person"})
    List<Contract> findByProviderIdOrderByCreatedAtDesc(Long providerId);

    @EntityGraph(attributePaths = {"provider", "person", "lines", "lines.serviceType"})
    Optional<Contract> findWithLinesById(Long id);

    boolean existsByPersonIdAndProviderIdAndStatusIn(Long personId, Long providerId, Collection<ContractStatus> statuses);
}
