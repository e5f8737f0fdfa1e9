package ru.zabota.needs;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface NeedRecognitionRepository extends JpaRepository<NeedRecognition, Long> {
    List<NeedRecognition> findByPersonIdOrderByDecisionDateDesc(Long personId);
}
