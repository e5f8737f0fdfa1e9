package ru.zabota.workflow;

/**
 * Who performs a portal step, as the process knows them: a recipient ({@code person-42}) or a provider
 * organisation's employees ({@code provider-7}). Ids only: the person's name never goes into the engine.
 */
public record Actor(String id) {

    public static Actor person(Long personId) {
        return new Actor("person-" + personId);
    }

    public static Actor providerOrganisation(Long providerId) {
        return new Actor("provider-" + providerId);
    }
}
