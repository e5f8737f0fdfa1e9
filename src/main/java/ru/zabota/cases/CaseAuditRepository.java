package ru.zabota.cases;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CaseAuditRepository extends JpaRepository<CaseAudit, Long> {
    List<CaseAudit> findByCaseIdOrderByAtAscIdAsc(Long caseId);
}
