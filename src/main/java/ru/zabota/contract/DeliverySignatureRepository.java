package ru.zabota.contract;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface DeliverySignatureRepository extends JpaRepository<DeliverySignature, Long> {
    /** The PNG of a delivery's drawn signature, if it has been confirmed. */
    @Query("select s.image from DeliverySignature s where s.deliveryId = :deliveryId")
    Optional<byte[]> imageOf(Long deliveryId);
}
