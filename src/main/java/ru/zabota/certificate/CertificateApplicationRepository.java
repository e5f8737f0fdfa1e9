package ru.zabota.certificate;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CertificateApplicationRepository extends JpaRepository<CertificateApplication, Long> {
    List<CertificateApplication> findByPersonIdOrderByCreatedAtDesc(Long personId);

    @EntityGraph(attributePaths = "person")
    Optional<CertificateApplication> findWithPersonById(Long id);

    Optional<CertificateApplication> findByCaseId(Long caseId);
}
