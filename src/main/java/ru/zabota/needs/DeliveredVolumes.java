package ru.zabota.needs;

import java.util.Map;

/**
 * How much of each ИППСУ service a person's contracts have planned and delivered. Implemented where the deliveries
 * live (the contract feature), so that the ИППСУ page can show progress without the needs feature depending on it.
 */
public interface DeliveredVolumes {
    /** Per service type id: {planned, delivered}. */
    Map<Long, long[]> countsByServiceType(Long personId);
}
