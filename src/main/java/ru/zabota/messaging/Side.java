package ru.zabota.messaging;

/** The two sides of a thread: the person (citizen) and the provider organisation. */
public enum Side {
    PERSON, PROVIDER;

    Side other() {
        return this == PERSON ? PROVIDER : PERSON;
    }
}
