package ru.zabota.catalogcontract;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CatalogContractAuditRepository extends JpaRepository<CatalogContractAudit, Long> {
    List<CatalogContractAudit> findByContractIdOrderByHappenedAtAscIdAsc(Long contractId);
}
