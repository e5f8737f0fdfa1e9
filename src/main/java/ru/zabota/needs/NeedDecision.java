package ru.zabota.needs;

/** Decision on [601] recognition as needing social services. */
public enum NeedDecision {
    SATISFIED, REFUSED
}
