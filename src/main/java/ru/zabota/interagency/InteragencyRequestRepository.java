package ru.zabota.interagency;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface InteragencyRequestRepository extends JpaRepository<InteragencyRequest, Long> {
    List<InteragencyRequest> findByApplicationIdOrderByIdAsc(Long applicationId);

    List<InteragencyRequest> findByCaseIdOrderByIdAsc(Long caseId);
}
