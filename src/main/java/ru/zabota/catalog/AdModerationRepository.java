package ru.zabota.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AdModerationRepository extends JpaRepository<AdModeration, Long> {
    List<AdModeration> findByAdIdOrderByDecidedAtDescIdDesc(Long adId);
}
