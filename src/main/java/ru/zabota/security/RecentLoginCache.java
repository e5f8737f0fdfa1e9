package ru.zabota.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes repeated HTTP Basic calls cheap: a BCrypt check costs tens of milliseconds of CPU (by design), and an API
 * client with Basic sends the password with every request. After one successful check the provider remembers, for
 * {@code ttl}, the account's login with an HMAC-SHA256 of the password under a secret drawn at start-up (never the
 * password, never a hash that outlives the process) together with the password hash it matched. A later request with
 * the same login and password is accepted without BCrypt when
 * <ul>
 *   <li>the HMAC matches (constant-time comparison),</li>
 *   <li>the account, loaded fresh from the database, still has the same password hash (a changed password invalidates
 *       the entry at once) and is enabled,</li>
 * </ul>
 * The login throttle wraps this provider ({@link ThrottledAuthenticationProvider}), so a throttled or locked account is
 * refused before the cache is looked at; a wrong password drops the account's entry. Entries expire after {@code ttl};
 * at most {@code maxEntries} are kept (the oldest half is dropped when full).
 */
public class RecentLoginCache implements AuthenticationProvider {
    private final AuthenticationProvider delegate;
    private final PortalUserDetailsService users;
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] mac, String passwordHash, Instant expires) {
    }

    public RecentLoginCache(AuthenticationProvider delegate, PortalUserDetailsService users, Duration ttl, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.users = users;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (ttl.isZero() || !(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        String username = authentication.getName();
        byte[] mac = mac(username, password);
        Entry e = entries.get(username);
        Instant now = clock.instant();
        if (e != null && now.isBefore(e.expires()) && MessageDigest.isEqual(e.mac(), mac)) {
            Authentication hit = fromFreshAccount(authentication, username, e);
            if (hit != null) return hit;
        }
        if (e != null) entries.remove(username, e);
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException | UsernameNotFoundException wrong) {
            entries.remove(username);
            throw wrong;
        }
        if (result != null && result.isAuthenticated() && result.getPrincipal() instanceof PortalUser user) {
            if (entries.size() >= maxEntries) evictOldest();
            entries.put(username, new Entry(mac, user.passwordHash(), now.plus(ttl)));
        }
        return result;
    }

    /** The account as it is now; null (check the password again) when its hash changed or it was disabled. */
    private Authentication fromFreshAccount(Authentication request, String username, Entry e) {
        PortalUser user;
        try {
            user = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException gone) {
            return null;
        }
        if (!user.isEnabled()) throw new DisabledException("Учётная запись отключена");
        if (user.passwordHash() == null || !user.passwordHash().equals(e.passwordHash())) return null;
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(request.getDetails());
        return result;
    }

    /** Forgets an account (for a password change or an administrator's lock). */
    public void forget(String username) {
        entries.remove(username);
    }

    int size() {
        return entries.size();
    }

    private void evictOldest() {
        entries.entrySet().removeIf(x -> !clock.instant().isBefore(x.getValue().expires()));
        if (entries.size() < maxEntries) return;
        Instant median = entries.values().stream().map(Entry::expires).sorted()
                .skip(entries.size() / 2).findFirst().orElse(Instant.MAX);
        entries.entrySet().removeIf(x -> x.getValue().expires().isBefore(median));
        if (entries.size() >= maxEntries) entries.clear();
    }

    private byte[] mac(String username, String password) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            m.update(username.getBytes(StandardCharsets.UTF_8));
            m.update((byte) 0);
            return m.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
