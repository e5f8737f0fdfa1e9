package ru.zabota.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AdVersionRepository extends JpaRepository<AdVersion, Long> {
}
