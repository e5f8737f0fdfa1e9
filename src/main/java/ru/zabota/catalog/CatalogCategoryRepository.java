package ru.zabota.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CatalogCategoryRepository extends JpaRepository<CatalogCategory, Long> {
    List<CatalogCategory> findAllByOrderBySortOrder();

    Optional<CatalogCategory> findByCode(String code);
}
