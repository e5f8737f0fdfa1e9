package ru.zabota.registry;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface ProviderRepository extends JpaRepository<Provider, Long> {

    /** Registry search: name fragment, municipality and service kind are each optional; «Поставщики по каталогу» only. */
    @Query(value = """
            select p from Provider p join fetch p.municipality m
            where p.inRegistry = true
              and (:name is null or lower(p.shortName) like :name or lower(p.fullName) like :name)
              and (:municipalityId is null or m.id = :municipalityId)
              and (:kind is null or exists (select 1 from ProviderService s
                                           where s.provider = p and s.serviceType.kind = :kind))
              and (:catalogOnly = false or p.catalogEnabled = true)
            order by p.shortName
            """,
            countQuery = """
            select count(p) from Provider p
            where p.inRegistry = true
              and (:name is null or lower(p.shortName) like :name or lower(p.fullName) like :name)
              and (:municipalityId is null or p.municipality.id = :municipalityId)
              and (:kind is null or exists (select 1 from ProviderService s
                                           where s.provider = p and s.serviceType.kind = :kind))
              and (:catalogOnly = false or p.catalogEnabled = true)
            """)
    Page<Provider> search(@Param("name") String namePattern, @Param("municipalityId") Long municipalityId,
                          @Param("kind") ServiceKind kind, @Param("catalogOnly") boolean catalogOnly, Pageable pageable);

    default Page<Provider> search(String namePattern, Long municipalityId, ServiceKind kind, Pageable pageable) {
        return search(namePattern, municipalityId, kind, false, pageable);
    }

    @EntityGraph(attributePaths = {"municipality", "services", "services.serviceType"})
    Optional<Provider> findWithServicesById(Long id);

    boolean existsByInn(String inn);

    /** Registry providers offering at least one of these services. */
    @Query("select distinct p from Provider p join p.services s where p.inRegistry = true and s.serviceType.id in :typeIds order by p.shortName")
    java.util.List<Provider> findOffering(@Param("typeIds") java.util.Collection<Long> typeIds);
}
