package ru.zabota.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;

public interface NotificationRepository extends JpaRepository<Notification, Long> {
    Page<Notification> findByAddresseeAndAddresseeIdOrderByCreatedAtDescIdDesc(Notice.Addressee addressee, Long addresseeId, Pageable page);

    long countByAddresseeAndAddresseeIdAndReadAtIsNull(Notice.Addressee addressee, Long addresseeId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.addressee = :addressee and n.addresseeId = :id and n.readAt is null")
    int markAllRead(@Param("addressee") Notice.Addressee addressee, @Param("id") Long addresseeId, @Param("at") Instant at);
}
