package ru.zabota.certificate;

import org.springframework.data.jpa.repository.EntityGraph;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface CertificateApplicationRepository extends JpaRepository<CertificateApplication, Long> {
    List<CertificateApplication> findByPersonIdOrderByCreatedAtDesc(Long personId);

    @EntityGraph(attributePaths = "person")
    Optional<CertificateApplication> findWithPersonById(Long id);

    Optional<CertificateApplication> findByCaseId(Long caseId);

    /** The draft locked until the transaction ends: «Отправить» clicked twice submits it once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CertificateApplication a where a.id = :id")
    Optional<CertificateApplication> findLockedById(Long id);
}
