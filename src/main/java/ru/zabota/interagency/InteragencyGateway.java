package ru.zabota.interagency;

import java.util.Optional;

/**
 * The door to other agencies' registries (СМЭВ in production). Requests are asynchronous: {@link #send} returns the
 * external id at once, the answer is fetched later with {@link #poll} until it comes. Which implementation runs is
 * chosen by {@code zabota.interagency.gateway} ({@code simulator} in development and tests); without one the
 * application starts and every request fails into an incident ({@link NotConfiguredInteragencyGateway}).
 */
public interface InteragencyGateway {

    /**
     * Sends a request about the person with this СНИЛС; returns the request's id in the external system. The same
     * {@code idempotencyKey} sent again (a retried job) must not make a second request: it answers the first id.
     */
    String send(String idempotencyKey, InteragencyKind kind, String snils);

    /** The answer, once the external system has one. */
    Optional<String> poll(String externalId);
}
