package ru.zabota.registry;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface ProviderReviewRepository extends JpaRepository<ProviderReview, Long> {
    Optional<ProviderReview> findByContractId(Long contractId);

    /** The provider's public rating: the average of its reviews and their count. */
    @Query("select new ru.zabota.registry.ProviderRating(coalesce(avg(r.rating), 0.0), count(r)) from ProviderReview r where r.providerId = :providerId")
    ProviderRating ratingOf(Long providerId);
}
