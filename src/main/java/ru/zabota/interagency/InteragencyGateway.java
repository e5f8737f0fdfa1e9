package ru.zabota.interagency;

import java.util.Optional;

/**
 * The door to other agencies' registries (СМЭВ in production). Requests are asynchronous: {@link #send} returns the
 * external id at once, the answer is fetched later with {@link #poll} until it comes.
 */
public interface InteragencyGateway {

    /** Sends a request about the person with this СНИЛС; returns the request's id in the external system. */
    String send(InteragencyKind kind, String snils);

    /** The answer, once the external system has one. */
    Optional<String> poll(String externalId);
}
