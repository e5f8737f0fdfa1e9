package ru.zabota.needs;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface IppsuRepository extends JpaRepository<Ippsu, Long> {
    @EntityGraph(attributePaths = {"services", "services.serviceType"})
    List<Ippsu> findByPersonIdOrderByIssuedOnDesc(Long personId);

    /** The programmes of several persons at once (a page of recipients), newest first per person. */
    @EntityGraph(attributePaths = {"services", "services.serviceType"})
    List<Ippsu> findByPersonIdInOrderByIssuedOnDesc(java.util.Collection<Long> personIds);
}
