package ru.zabota.certificate;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {
    @EntityGraph(attributePaths = "recommendedProviders")
    Optional<Certificate> findByApplicationId(Long applicationId);

    @EntityGraph(attributePaths = "recommendedProviders")
    List<Certificate> findByPersonIdOrderByIssuedAtDesc(Long personId);

    @EntityGraph(attributePaths = "recommendedProviders")
    List<Certificate> findByApplicationIdIn(java.util.Collection<Long> applicationIds);

    boolean existsByApplicationId(Long applicationId);
}
