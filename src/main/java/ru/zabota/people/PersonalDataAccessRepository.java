package ru.zabota.people;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

public interface PersonalDataAccessRepository extends JpaRepository<PersonalDataAccess, Long> {
    @EntityGraph(attributePaths = "person")
    Page<PersonalDataAccess> findAllByOrderByAccessedAtDesc(Pageable page);

    @EntityGraph(attributePaths = "person")
    Page<PersonalDataAccess> findByPersonIdOrderByAccessedAtDesc(Long personId, Pageable page);

    @Modifying
    @Query("delete from PersonalDataAccess a where a.accessedAt < :before")
    int deleteOlderThan(Instant before);
}
