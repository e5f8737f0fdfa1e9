package ru.zabota.payment;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.Optional;

public interface ReceiptRepository extends JpaRepository<Receipt, Long> {
    Optional<Receipt> findByCatalogContractId(Long catalogContractId);

    /** The receipt under a row lock: of two parallel decisions the second waits and then sees the first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Receipt r where r.id = :id")
    Optional<Receipt> findLockedById(Long id);

    /** ix_receipt_person (person_id, status, issued_at). */
    Page<Receipt> findByPersonIdAndStatusInOrderByIssuedAtDescIdDesc(Long personId, Collection<ReceiptStatus> statuses, Pageable page);

    /** ix_receipt_provider (provider_id, status, issued_at). */
    Page<Receipt> findByProviderIdAndStatusInOrderByIssuedAtDescIdDesc(Long providerId, Collection<ReceiptStatus> statuses, Pageable page);
}
