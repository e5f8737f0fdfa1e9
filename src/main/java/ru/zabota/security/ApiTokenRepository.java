package ru.zabota.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {
    @Query("select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
    Optional<ApiToken> findByTokenHash(String hash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId);

    Optional<ApiToken> findByIdAndAccountId(Long id, Long accountId);

    /** Records the use at most once a minute per token: not a write on every request. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int touch(Long id, Instant now, Instant before);
}
