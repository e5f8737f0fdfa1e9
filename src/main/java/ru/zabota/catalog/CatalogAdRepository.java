package ru.zabota.catalog;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface CatalogAdRepository extends JpaRepository<CatalogAd, Long> {
    List<CatalogAd> findByProviderIdOrderByIdDesc(Long providerId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CatalogAd a where a.id = :id")
    Optional<CatalogAd> lockById(Long id);

    /** Candidates for the duplicate check: the same provider's ads, or any ad with the same short name. */
    @Query("select distinct a from CatalogAd a left join a.draft d left join a.published p where a.id <> :id "
            + "and (a.provider.id = :providerId or lower(d.shortName) = :name or lower(p.shortName) = :name) order by a.id")
    List<CatalogAd> possibleDuplicates(Long id, Long providerId, String name);

    /** A page of the public list in one query: the ad, its provider and the published version with its territories. */
    @EntityGraph(attributePaths = {"provider", "published", "published.category", "published.municipalityIds"})
    List<CatalogAd> findByIdIn(java.util.Collection<Long> ids);

    long countByStatus(AdStatus status);
}
