package ru.zabota.registry;

/** Average of the recipients' ratings (1–5) and how many there are. */
public record ProviderRating(double average, long count) {
}
