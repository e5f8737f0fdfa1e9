package ru.zabota.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Personal API tokens of the portal user: create one (the token is in this answer only), list them (never the
 * token), revoke one. A script then sends {@code Authorization: Bearer <token>} to {@code /api/**}.
 */
@RestController
@RequestMapping("/api/tokens")
public class ApiTokenController {
    private final ApiTokenService tokens;
    private final ActingContext acting;

    public ApiTokenController(ApiTokenService tokens, ActingContext acting) {
        this.tokens = tokens;
        this.acting = acting;
    }

    public record NewToken(@NotBlank(message = "Укажите название токена") @Size(max = 100, message = "Название — не длиннее 100 знаков") String name) {
    }

    public record TokenInfo(Long id, String name, Instant createdAt, Instant lastUsedAt) {
        static TokenInfo of(ApiToken t) {
            return new TokenInfo(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt());
        }
    }

    public record CreatedToken(Long id, String name, Instant createdAt, String token) {
    }

    @PostMapping
    public ResponseEntity<CreatedToken> create(@Valid @RequestBody NewToken body) {
        ApiTokenService.Created c = tokens.create(acting.requireUser(), body.name());
        return ResponseEntity.created(URI.create("/api/tokens/" + c.token().getId()))
                .body(new CreatedToken(c.token().getId(), c.token().getName(), c.token().getCreatedAt(), c.secret()));
    }

    @GetMapping
    public List<TokenInfo> list() {
        return tokens.list(acting.requireUser()).stream().map(TokenInfo::of).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revoke(@PathVariable Long id) {
        tokens.revoke(acting.requireUser(), id);
    }
}
