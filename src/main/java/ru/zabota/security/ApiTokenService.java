package ru.zabota.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.common.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: {@code zt_} and 32 random bytes (base64url). The database keeps the SHA-256 only: the token
 * is a random secret, not a password people choose, so a fast hash is enough and checking it costs microseconds
 * (unlike BCrypt on every HTTP Basic request).
 */
@Service
public class ApiTokenService {
    static final String PREFIX = "zt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final PortalAccountRepository accounts;
    private final PortalUserDetailsService users;
    private final Clock clock;

    public ApiTokenService(ApiTokenRepository tokens, PortalAccountRepository accounts, PortalUserDetailsService users, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    public record Created(ApiToken token, String secret) {
    }

    @Transactional
    public Created create(PortalUser user, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PortalAccount account = accounts.getReferenceById(user.accountId());
        ApiToken t = tokens.save(new ApiToken(account, name.trim(), sha256(secret), clock.instant()));
        return new Created(t, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list(PortalUser user) {
        return tokens.findByAccountIdOrderByCreatedAtDescIdDesc(user.accountId());
    }

    /** Another user's token is "not found", like one that does not exist. */
    @Transactional
    public void revoke(PortalUser user, Long id) {
        ApiToken t = tokens.findByIdAndAccountId(id, user.accountId())
                .orElseThrow(() -> new NotFoundException("Нет такого токена"));
        tokens.delete(t);
    }

    /** The portal user of a valid token (an enabled account), with the same roles as at a password login. */
    @Transactional
    public Optional<PortalUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) return Optional.empty();
        Optional<ApiToken> found = tokens.findByTokenHash(sha256(secret));
        if (found.isEmpty() || !found.get().getAccount().isEnabled()) return Optional.empty();
        ApiToken t = found.get();
        Instant now = clock.instant();
        tokens.touch(t.getId(), now, now.minus(Duration.ofMinutes(1)));
        return Optional.of(users.loadUserByUsername(t.getAccount().getUsername()));
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
