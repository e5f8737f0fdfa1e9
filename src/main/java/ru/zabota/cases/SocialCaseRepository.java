package ru.zabota.cases;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface SocialCaseRepository extends JpaRepository<SocialCase, Long> {
    Page<SocialCase> findByApplicantIdOrderByCreatedAtDesc(Long applicantId, Pageable pageable);

    Optional<SocialCase> findByNumber(String number);

    @EntityGraph(attributePaths = "applicant")
    Optional<SocialCase> findWithApplicantById(Long id);

    /** The staff register: number fragment, type and status are each optional; newest first. */
    @Query(value = """
            select c from SocialCase c join fetch c.applicant
            where (:number is null or c.number like :number)
              and (:type is null or c.caseType = :type)
              and (:status is null or c.status = :status)
            order by c.createdAt desc, c.id desc
            """, countQuery = """
            select count(c) from SocialCase c
            where (:number is null or c.number like :number)
              and (:type is null or c.caseType = :type)
              and (:status is null or c.status = :status)
            """)
    Page<SocialCase> search(@Param("number") String number, @Param("type") CaseType type,
                            @Param("status") CaseStatus status, Pageable pageable);
}
