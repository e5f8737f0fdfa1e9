package ru.zabota.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ProviderCatalogAuditRepository extends JpaRepository<ProviderCatalogAudit, Long> {
    List<ProviderCatalogAudit> findByProviderIdOrderByChangedAtDesc(Long providerId);
}
