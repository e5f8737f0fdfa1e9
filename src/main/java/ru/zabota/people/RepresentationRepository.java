package ru.zabota.people;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface RepresentationRepository extends JpaRepository<Representation, Long> {
    @Query("select r from Representation r join fetch r.represented where r.representative.id = :representativeId")
    List<Representation> findByRepresentativeId(Long representativeId);
}
