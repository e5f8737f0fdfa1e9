package ru.zabota.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed logins in the database (table {@code login_attempt}), so that all nodes share the count.
 * <p>
 * Per account: after {@code free-failures} consecutive failures the account is refused for a growing time
 * (first-delay, doubled with each further failure, at most max-delay) without checking the password; the
 * {@code lock-after}-th failure locks the account for {@code lock-duration} (audited in {@code login_lock_audit}).
 * A success resets the account's count; so does a lock that has run out. Per client address: the same growing
 * delay after {@code address-free-failures} failures (more: an office behind one NAT address), never a lock, and
 * a success does not reset it (one valid account must not launder an address's guessing).
 * Both counts are forgotten after {@code forget-after} without a failure.
 * <p>
 * Refusing (HTTP 429 with Retry-After, or the login page with a message) rather than sleeping in the request:
 * a sleeping thread per attempt would let an attacker exhaust the server's threads, and a refusal until a time
 * stored in the database is the same on every node and is testable by moving the clock.
 */
@Service
public class LoginThrottle {
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.forLanguageTag("ru"));

    public enum Realm { PORTAL, STAFF }

    private final JdbcTemplate jdbc;
    private volatile Clock clock;
    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int lockAfter;
    private final Duration lockDuration;
    private final int addressFreeFailures;
    private final Duration forgetAfter;

    public LoginThrottle(JdbcTemplate jdbc, Clock clock,
                         @Value("${zabota.security.login.free-failures:5}") int freeFailures,
                         @Value("${zabota.security.login.first-delay:PT1S}") Duration firstDelay,
                         @Value("${zabota.security.login.max-delay:PT1M}") Duration maxDelay,
                         @Value("${zabota.security.login.lock-after:20}") int lockAfter,
                         @Value("${zabota.security.login.lock-duration:PT15M}") Duration lockDuration,
                         @Value("${zabota.security.login.address-free-failures:30}") int addressFreeFailures,
                         @Value("${zabota.security.login.forget-after:PT1H}") Duration forgetAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.lockAfter = lockAfter;
        this.lockDuration = lockDuration;
        this.addressFreeFailures = addressFreeFailures;
        this.forgetAfter = forgetAfter;
    }

    /** Tests move time with this; the application keeps the region's clock. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    private record Row(String key, int failures, Instant lastFailure, Instant blockedUntil, Instant lockedUntil) {
    }

    /** Refuses (throws) when the account is locked or the account or the address must wait; otherwise returns. */
    @Transactional(readOnly = true)
    public void check(Realm realm, String username, String address) {
        Instant now = clock.instant();
        String account = accountKey(realm, username);
        for (Row r : rows(account, addressKey(address))) {
            if (r.key().equals(account) && r.lockedUntil() != null && now.isBefore(r.lockedUntil())) {
                throw lockedException(r.lockedUntil(), now);
            }
            if (r.blockedUntil() != null && now.isBefore(r.blockedUntil())) {
                long seconds = seconds(now, r.blockedUntil());
                throw new LoginThrottledException("Слишком много неудачных попыток входа. Повторите попытку через "
                        + seconds + " с.", r.blockedUntil(), false, seconds);
            }
        }
    }

    /**
     * Counts a failure for the account and the address. Returns the lock when this failure locks the account (not
     * thrown here: that would roll the count back).
     */
    @Transactional
    public Optional<LoginThrottledException> failed(Realm realm, String username, String address) {
        Instant now = clock.instant();
        Row account = increment(accountKey(realm, username), now);
        if (account.failures() >= lockAfter) {
            Instant until = now.plus(lockDuration);
            jdbc.update("UPDATE login_attempt SET locked_until = ?, blocked_until = NULL WHERE attempt_key = ?",
                    utc(until), account.key());
            jdbc.update("INSERT INTO login_lock_audit (realm, username, client_address, failures, locked_at, locked_until) "
                            + "VALUES (?, ?, ?, ?, ?, ?)",
                    realm.name(), normalize(username), address, account.failures(), utc(now), utc(until));
            String addr = addressKey(address);
            if (addr != null) block(increment(addr, now), addressFreeFailures, now);
            return Optional.of(lockedException(until, now));
        }
        block(account, freeFailures, now);
        String addr = addressKey(address);
        if (addr != null) block(increment(addr, now), addressFreeFailures, now);
        return Optional.empty();
    }

    /** A successful login: the account's count starts again (the address's does not). */
    @Transactional
    public void succeeded(Realm realm, String username) {
        jdbc.update("DELETE FROM login_attempt WHERE attempt_key = ?", accountKey(realm, username));
    }

    /** Whether the account has any count to reset (saves a write on every successful HTTP Basic request). */
    @Transactional(readOnly = true)
    public boolean hasFailures(Realm realm, String username) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM login_attempt WHERE attempt_key = ?", Integer.class,
                accountKey(realm, username));
        return n != null && n > 0;
    }

    private void block(Row r, int free, Instant now) {
        if (r.failures() < free) return;
        int doublings = Math.min(r.failures() - free, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        if (delay.compareTo(maxDelay) > 0 || delay.isNegative()) delay = maxDelay;
        jdbc.update("UPDATE login_attempt SET blocked_until = ? WHERE attempt_key = ?", utc(now.plus(delay)), r.key());
    }

    /**
     * Adds one failure under a row lock (the UPDATE), starting again when the last failure is old or a lock has
     * run out; inserts the row on the first failure. Two first failures at once on two nodes: one insert fails with
     * a duplicate key, which rolls back the whole call (PostgreSQL cannot go on in that transaction); the caller
     * counts again, and then the row exists.
     */
    private Row increment(String key, Instant now) {
        OffsetDateTime forgotten = utc(now.minus(forgetAfter));
        OffsetDateTime at = utc(now);
        int updated = jdbc.update("UPDATE login_attempt SET "
                        + "failures = CASE WHEN last_failure_at < ? OR (locked_until IS NOT NULL AND locked_until <= ?) THEN 1 ELSE failures + 1 END, "
                        + "locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN NULL ELSE locked_until END, "
                        + "last_failure_at = ? WHERE attempt_key = ?",
                forgotten, at, at, at, key);
        if (updated == 0) {
            jdbc.update("INSERT INTO login_attempt (attempt_key, failures, last_failure_at) VALUES (?, 1, ?)", key, at);
        }
        return rows(key, null).get(0);
    }

    private List<Row> rows(String key1, String key2) {
        return jdbc.query("SELECT attempt_key, failures, last_failure_at, blocked_until, locked_until FROM login_attempt "
                        + "WHERE attempt_key IN (?, ?)",
                (rs, i) -> new Row(rs.getString(1), rs.getInt(2), instant(rs.getObject(3, OffsetDateTime.class)),
                        instant(rs.getObject(4, OffsetDateTime.class)), instant(rs.getObject(5, OffsetDateTime.class))),
                key1, key2 == null ? key1 : key2);
    }

    private LoginThrottledException lockedException(Instant until, Instant now) {
        return new LoginThrottledException("Слишком много неудачных попыток входа. Вход для этой учётной записи заблокирован до "
                + HH_MM.format(until.atZone(clock.getZone())) + ".", until, true, seconds(now, until));
    }

    private static long seconds(Instant now, Instant until) {
        long millis = Duration.between(now, until).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    static String accountKey(Realm realm, String username) {
        return realm.name().toLowerCase(Locale.ROOT) + ":" + normalize(username);
    }

    private static String normalize(String username) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return u.length() > 200 ? u.substring(0, 200) : u;
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "address:" + address;
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
