package ru.zabota.registry;

import java.util.List;
import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface ProviderReviewRepository extends JpaRepository<ProviderReview, Long> {
    Optional<ProviderReview> findByContractId(Long contractId);

    /** The provider's public rating: the average of its reviews and their count. */
    @Query("select new ru.zabota.registry.ProviderRating(coalesce(avg(r.rating), 0.0), count(r)) from ProviderReview r where r.providerId = :providerId")
    ProviderRating ratingOf(Long providerId);

    /** [providerId, average, count] for the providers on a page of the registry that have ratings. */
    @Query("select r.providerId, avg(r.rating), count(r) from ProviderReview r where r.providerId in :providerIds group by r.providerId")
    List<Object[]> ratingsOf(Collection<Long> providerIds);
}
