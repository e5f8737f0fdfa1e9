package ru.zabota.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The recent-login cache in front of BCrypt: repeated Basic calls skip the hash, nothing else does. */
class RecentLoginCacheTest {
    final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    final PortalUserDetailsService users = mock(PortalUserDetailsService.class);
    final AtomicInteger passwordChecks = new AtomicInteger();
    Instant now = Instant.parse("2026-12-03T10:00:00Z");
    RecentLoginCache cache;
    String hash;

    @BeforeEach
    void setUp() {
        hash = bcrypt.encode("secret");
        account(hash, true);
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(new BCryptPasswordEncoder(4) {
            @Override
            public boolean matches(CharSequence raw, String encoded) {
                passwordChecks.incrementAndGet();
                return super.matches(raw, encoded);
            }
        });
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
        cache = new RecentLoginCache(dao, users, Duration.ofMinutes(5), 100, clock);
    }

    void account(String passwordHash, boolean enabled) {
        when(users.loadUserByUsername("citizen")).thenReturn(new PortalUser(1L, "citizen", passwordHash, 10L, "Петрова Анна Сергеевна",
                EnumSet.of(PortalRole.CITIZEN), null, null, null, enabled));
    }

    Authentication login(String password) {
        return cache.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("citizen", password));
    }

    @Test
    void aRepeatedLoginWithTheSamePasswordSkipsTheHashCheck() {
        Authentication first = login("secret");
        Authentication second = login("secret");
        assertThat(passwordChecks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getPrincipal()).isEqualTo(first.getPrincipal());
        assertThat(second.getCredentials()).as("the password is not kept").isNull();
        assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CITIZEN");
    }

    @Test
    void aWrongPasswordIsCheckedAndRefusedAndDropsTheEntry() {
        login("secret");
        assertThatThrownBy(() -> login("guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(passwordChecks).hasValue(2);
        assertThat(cache.size()).isZero();
        login("secret");
        assertThat(passwordChecks).as("checked again after the wrong one").hasValue(3);
    }

    @Test
    void aChangedPasswordHashInvalidatesTheEntryAtOnce() {
        login("secret");
        account(bcrypt.encode("new-secret"), true);
        assertThatThrownBy(() -> login("secret")).isInstanceOf(BadCredentialsException.class);
        assertThat(login("new-secret").isAuthenticated()).isTrue();
    }

    @Test
    void aDisabledAccountIsRefusedEvenWhenRemembered() {
        login("secret");
        account(hash, false);
        assertThatThrownBy(() -> login("secret")).isInstanceOf(DisabledException.class);
    }

    @Test
    void anEntryExpiresAfterItsTimeToLive() {
        login("secret");
        now = now.plus(Duration.ofMinutes(5));
        login("secret");
        assertThat(passwordChecks).hasValue(2);
    }

    @Test
    void theCacheStaysWithinItsSize() {
        for (int i = 0; i < 250; i++) {
            String name = "user" + i;
            when(users.loadUserByUsername(name)).thenReturn(new PortalUser((long) i, name, hash, 10L, "x",
                    EnumSet.of(PortalRole.CITIZEN), null, null, null, true));
            cache.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "secret"));
            now = now.plusMillis(1);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(100);
    }
}
