package ru.zabota.catalogcontract;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.Optional;

public interface CatalogContractRepository extends JpaRepository<CatalogContract, Long> {

    /** Portal actions queue on the contract's row: of two parallel clicks the second sees the first's effect. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CatalogContract c where c.id = :id")
    Optional<CatalogContract> findLockedById(Long id);

    Page<CatalogContract> findByPersonIdOrderByCreatedAtDescIdDesc(Long personId, Pageable page);

    Page<CatalogContract> findByPersonIdAndStatusInOrderByCreatedAtDescIdDesc(Long personId, Collection<CatalogContractStatus> statuses, Pageable page);

    Page<CatalogContract> findByProviderIdOrderByCreatedAtDescIdDesc(Long providerId, Pageable page);

    Page<CatalogContract> findByProviderIdAndStatusInOrderByCreatedAtDescIdDesc(Long providerId, Collection<CatalogContractStatus> statuses, Pageable page);

    Optional<CatalogContract> findByReceiptId(Long receiptId);

    long countByPersonId(Long personId);
}
