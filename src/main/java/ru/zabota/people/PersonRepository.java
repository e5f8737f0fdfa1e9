package ru.zabota.people;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface PersonRepository extends JpaRepository<Person, Long> {
    Optional<Person> findBySnils(String snils);

    /**
     * The person's row locked until the transaction ends: actions that must happen once per person (a new request,
     * a submitted application) check and create under it, so two parallel clicks cannot both pass the check.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.id = :id")
    Optional<Person> findLockedById(Long id);
}
