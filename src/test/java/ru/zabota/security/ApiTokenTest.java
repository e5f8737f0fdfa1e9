package ru.zabota.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.people.Person;
import ru.zabota.people.PersonRepository;
import ru.zabota.people.Snils;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal API tokens (created once, used as Bearer, listed without the secret, revoked, never another user's)
 * and the API's 401 without the browser's Basic pop-up for the portal pages' own calls.
 */
@ZabotaSpringTest
class ApiTokenTest {
    static final String PASSWORD = "token-password-1";

    @Autowired PersonRepository people;
    @Autowired PortalAccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aTokenIsShownOnceWorksAsBearerAndIsRevoked() throws Exception {
        String owner = account("token-owner");
        String other = account("token-other");

        HttpResponse<String> created = send("POST", "/api/tokens", basic(owner), "{\"name\":\"Выгрузка в 1С\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        String token = body.path("token").asText();
        long id = body.path("id").asLong();
        assertThat(token).startsWith("zt_").hasSizeGreaterThan(40);
        assertThat(created.headers().firstValue("Location")).contains("/api/tokens/" + id);

        String stored = jdbc.queryForObject("SELECT token_hash FROM api_token WHERE id = ?", String.class, id);
        assertThat(stored).as("the database keeps the SHA-256, not the token").isNotEqualTo(token).doesNotContain(token)
                .isEqualTo(ApiTokenService.sha256(token)).hasSize(64);

        HttpResponse<String> me = send("GET", "/api/me", "Bearer " + token, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body()).path("username").asText()).isEqualTo(owner);
        assertThat(json.readTree(me.body()).path("roles").toString()).contains("CITIZEN");

        HttpResponse<String> list = send("GET", "/api/tokens", "Bearer " + token, null);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode listed = json.readTree(list.body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("name").asText()).isEqualTo("Выгрузка в 1С");
        assertThat(listed.get(0).path("createdAt").isNull()).isFalse();
        assertThat(listed.get(0).path("lastUsedAt").isNull()).as("last used is recorded").isFalse();
        assertThat(list.body()).doesNotContain(token).doesNotContain(stored).doesNotContain("\"token\"");

        // A Bearer call carries no cookie: no CSRF token needed, like Basic.
        HttpResponse<String> second = send("POST", "/api/tokens", "Bearer " + token, "{\"name\":\"второй\"}");
        assertThat(second.statusCode()).isEqualTo(201);

        assertThat(send("DELETE", "/api/tokens/" + id, basic(other), null).statusCode()).as("another user's token").isEqualTo(404);
        assertThat(send("GET", "/api/tokens", basic(other), null).body()).isEqualTo("[]");
        assertThat(send("GET", "/api/me", "Bearer " + token, null).statusCode()).as("still valid").isEqualTo(200);

        assertThat(send("DELETE", "/api/tokens/" + id, basic(owner), null).statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = send("GET", "/api/me", "Bearer " + token, null);
        assertThat(revoked.statusCode()).as("a revoked token").isEqualTo(401);
        assertThat(revoked.headers().firstValue("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
        assertThat(send("GET", "/api/me", "Bearer zt_" + "A".repeat(43), null).statusCode()).as("a made-up token").isEqualTo(401);
        assertThat(send("DELETE", "/api/tokens/" + id, basic(owner), null).statusCode()).as("revoked twice").isEqualTo(404);
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        String owner = account("token-noname");
        assertThat(send("POST", "/api/tokens", basic(owner), "{\"name\":\" \"}").statusCode()).as("the project answers invalid input with 422").isEqualTo(422);
        assertThat(send("GET", "/api/tokens", basic(owner), null).body()).isEqualTo("[]");
    }

    @Test
    void aSessionStillNeedsTheCsrfToken() throws Exception {
        String owner = account("token-session");
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = Map.of("username", owner, "password", PASSWORD, "_csrf", csrf.group(1)).entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/role");

        HttpResponse<String> listed = browser.send(HttpRequest.newBuilder(URI.create(url("/api/tokens"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(listed.statusCode()).as("the session is logged in").isEqualTo(200);
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(url("/api/tokens")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"чужой\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a cookie request without the CSRF token").isEqualTo(403);
    }

    @Test
    void theApiNeverAsksTheBrowserForBasicCredentialsOnItsOwn() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/api/me", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(anonymous.body()).path("status").asInt()).isEqualTo(401);

        HttpResponse<String> pageCall = client.send(HttpRequest.newBuilder(URI.create(url("/api/me")))
                .header("X-Requested-With", "XMLHttpRequest").header("Authorization", "Basic " + Base64.getEncoder().encodeToString((account("popup") + ":wrong").getBytes()))
                .header("X-Forwarded-For", "192.0.2.77").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pageCall.statusCode()).isEqualTo(401);
        assertThat(pageCall.headers().firstValue("WWW-Authenticate")).as("a page's own call").isEmpty();

        HttpResponse<String> script = client.send(HttpRequest.newBuilder(URI.create(url("/api/me")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("no-such-user:x".getBytes()))
                .header("X-Forwarded-For", "192.0.2.78").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate").orElse("")).as("failed Basic credentials").startsWith("Basic ");
    }

    String account(String prefix) {
        int n = ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        Person p = people.save(new Person("Токенова", "Вера", "Ивановна", LocalDate.of(1975, 5, 5), Snils.withChecksum(Integer.toString(n))));
        String username = prefix + "-" + n;
        accounts.save(new PortalAccount(username, encoder.encode(PASSWORD), p, true));
        return username;
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) b.header("Content-Type", "application/json");
        if (authorization != null) b.header("Authorization", authorization);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
