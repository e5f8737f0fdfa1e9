package ru.zabota.security;

import org.springframework.security.authentication.AccountStatusException;

import java.time.Instant;

/**
 * A login refused before the password is checked: too many recent failures for the account or the address
 * ({@code locked} false: wait a little) or the account is locked after many failures ({@code locked} true).
 * The message is the Russian text shown on the login page and in the API's Problem Details.
 */
public class LoginThrottledException extends AccountStatusException {
    private final Instant until;
    private final boolean locked;
    private final long retryAfterSeconds;

    public LoginThrottledException(String message, Instant until, boolean locked, long retryAfterSeconds) {
        super(message);
        this.until = until;
        this.locked = locked;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Instant until() { return until; }
    public boolean locked() { return locked; }
    public long retryAfterSeconds() { return retryAfterSeconds; }
}
