package ru.zabota.cases;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface SocialCaseRepository extends JpaRepository<SocialCase, Long> {
    Page<SocialCase> findByApplicantIdOrderByCreatedAtDesc(Long applicantId, Pageable pageable);

    Optional<SocialCase> findByNumber(String number);
}
