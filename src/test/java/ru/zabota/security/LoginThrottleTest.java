package ru.zabota.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login throttling on the portal API (HTTP Basic), the portal form and the staff form. Every test uses its own
 * accounts and its own client address (X-Forwarded-For from localhost, trusted by Tomcat's RemoteIpValve), so the
 * demo accounts and 127.0.0.1 that the rest of the suite logs in with are never throttled; time is moved with the
 * throttle's clock, never slept.
 */
@ZabotaSpringTest
class LoginThrottleTest {
    static final String PASSWORD = "right-password-1";

    @Autowired LoginThrottle throttle;
    @Autowired PersonRepository people;
    @Autowired PortalAccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    Clock original;
    MovableClock clock;

    static final class MovableClock extends Clock {
        volatile Instant now;
        final ZoneId zone;

        MovableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void move(Duration d) { now = now.plus(d); }
        @Override public ZoneId getZone() { return zone; }
        @Override public Clock withZone(ZoneId z) { return new MovableClock(now, z); }
        @Override public Instant instant() { return now; }
    }

    @BeforeEach
    void movableClock() {
        original = throttle.clock();
        clock = new MovableClock(original.instant(), original.getZone());
        throttle.setClock(clock);
    }

    @AfterEach
    void realClock() {
        throttle.setClock(original);
    }

    @Test
    void basicSlowsDownAfterFiveFailuresAndLocksAfterTwentyButOnlyThatAccount() throws Exception {
        String victim = account("victim");
        String neighbour = account("neighbour");
        String address = address();

        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> r = api(victim, "wrong-" + i, address);
            assertThat(r.statusCode()).as("failure %d", i).isEqualTo(401);
        }
        HttpResponse<String> sixth = api(victim, "wrong-6", address);
        assertThat(sixth.statusCode()).as("the 6th attempt right after 5 failures").isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After")).contains("1");
        assertThat(problem(sixth).path("code").asText()).isEqualTo("login-throttled");
        assertThat(problem(sixth).path("detail").asText()).contains("Повторите попытку через 1 с.");
        assertThat(api(victim, PASSWORD, address).statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(api(neighbour, PASSWORD, address).statusCode()).as("another account from the same address").isEqualTo(200);

        // The delay grows: 1 s after the 5th failure, 2 s after the 6th, 4 s after the 7th.
        clock.move(Duration.ofMillis(1001));
        assertThat(api(victim, "wrong-6", address).statusCode()).isEqualTo(401);
        clock.move(Duration.ofMillis(1500));
        HttpResponse<String> early = api(victim, "wrong-7", address);
        assertThat(early.statusCode()).as("1.5 s into a 2 s wait").isEqualTo(429);
        assertThat(early.headers().firstValue("Retry-After")).contains("1");
        clock.move(Duration.ofMillis(600));
        assertThat(api(victim, "wrong-7", address).statusCode()).isEqualTo(401);
        assertThat(api(victim, "wrong-8", address).headers().firstValue("Retry-After")).contains("4");

        for (int i = 8; i <= 19; i++) {
            clock.move(Duration.ofMinutes(1).plusSeconds(1));
            assertThat(api(victim, "wrong-" + i, address).statusCode()).as("failure %d", i).isEqualTo(401);
        }
        clock.move(Duration.ofMinutes(1).plusSeconds(1));
        Instant lockedAt = clock.instant();
        HttpResponse<String> twentieth = api(victim, "wrong-20", address);
        assertThat(twentieth.statusCode()).as("the 20th failure locks").isEqualTo(429);
        assertThat(problem(twentieth).path("code").asText()).isEqualTo("account-locked");

        clock.move(Duration.ofMinutes(1));
        String until = DateTimeFormatter.ofPattern("HH:mm").format(lockedAt.plus(Duration.ofMinutes(15)).atZone(clock.getZone()));
        HttpResponse<String> right = api(victim, PASSWORD, address);
        assertThat(right.statusCode()).as("the right password during the lock").isEqualTo(429);
        assertThat(problem(right).path("detail").asText()).isEqualTo(
                "Слишком много неудачных попыток входа. Вход для этой учётной записи заблокирован до " + until + ".");
        assertThat(right.headers().firstValue("Retry-After")).contains("840");
        assertThat(api(victim, PASSWORD, address()).statusCode()).as("the lock is the account's, from any address").isEqualTo(429);

        List<Map<String, Object>> audit = jdbc.queryForList(
                "SELECT realm, client_address, failures, locked_at, locked_until FROM login_lock_audit WHERE username = ?", victim);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).containsEntry("REALM", "PORTAL").containsEntry("CLIENT_ADDRESS", address).containsEntry("FAILURES", 20);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_lock_audit WHERE username = ? AND locked_until > locked_at",
                Integer.class, victim)).isEqualTo(1);

        assertThat(api(neighbour, PASSWORD, address()).statusCode()).as("the neighbour is not locked").isEqualTo(200);

        clock.move(Duration.ofMinutes(14).plusSeconds(1));
        assertThat(api(victim, PASSWORD, address()).statusCode()).as("after the lock").isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_attempt WHERE attempt_key = ?", Integer.class, "portal:" + victim))
                .as("a success resets the count").isZero();
    }

    @Test
    void aSuccessResetsTheCount() throws Exception {
        String user = account("reset");
        String address = address();
        for (int i = 1; i <= 4; i++) assertThat(api(user, "wrong", address).statusCode()).isEqualTo(401);
        assertThat(api(user, PASSWORD, address).statusCode()).isEqualTo(200);
        for (int i = 1; i <= 4; i++) assertThat(api(user, "wrong", address).statusCode()).isEqualTo(401);
        assertThat(api(user, "wrong", address).statusCode()).as("the 5th consecutive failure").isEqualTo(401);
        assertThat(api(user, PASSWORD, address).statusCode()).as("after 5 consecutive failures").isEqualTo(429);
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedDown() throws Exception {
        String address = address();
        String user = account("sprayed");
        for (int i = 1; i <= 30; i++) {
            assertThat(api("nobody-" + i + "-" + user, "guess", address).statusCode()).as("guess %d", i).isEqualTo(401);
        }
        assertThat(api(user, PASSWORD, address).statusCode()).as("the address waits").isEqualTo(429);
        assertThat(api(user, PASSWORD, address()).statusCode()).as("the account itself is fine").isEqualTo(200);
    }

    @Test
    void portalFormShowsTheWaitAndTheLock() throws Exception {
        String user = account("form");
        String address = address();
        Session s = new Session(address, "/login");
        for (int i = 1; i <= 5; i++) {
            assertThat(s.login(user, "wrong")).as("failure %d", i).endsWith("/login?error");
        }
        assertThat(s.login(user, PASSWORD)).endsWith("/login?throttled");
        assertThat(s.page("/login?throttled")).contains("Слишком много неудачных попыток входа. Повторите попытку через 1 с.");
        for (int i = 6; i <= 19; i++) {
            clock.move(Duration.ofMinutes(1).plusSeconds(1));
            assertThat(s.login(user, "wrong")).as("failure %d", i).endsWith("/login?error");
        }
        clock.move(Duration.ofMinutes(1).plusSeconds(1));
        String until = DateTimeFormatter.ofPattern("HH:mm").format(clock.instant().plus(Duration.ofMinutes(15)).atZone(clock.getZone()));
        assertThat(s.login(user, "wrong")).endsWith("/login?throttled");
        clock.move(Duration.ofMinutes(2));
        assertThat(s.login(user, PASSWORD)).as("the right password during the lock").endsWith("/login?throttled");
        assertThat(s.page("/login?throttled")).contains(
                "Слишком много неудачных попыток входа. Вход для этой учётной записи заблокирован до " + until + ".");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_lock_audit WHERE username = ? AND client_address = ?",
                Integer.class, user, address)).isEqualTo(1);

        clock.move(Duration.ofMinutes(13).plusSeconds(1));
        assertThat(s.login(user, PASSWORD)).as("the lock has ended").endsWith("/role");
    }

    @Test
    void staffFormIsThrottledToo() throws Exception {
        String staff = "staff-throttle-" + ThreadLocalRandom.current().nextInt(1_000_000);
        Session s = new Session(address(), "/staff/login");
        for (int i = 1; i <= 5; i++) {
            assertThat(s.login(staff, "wrong")).as("failure %d", i).endsWith("/staff/login?error");
        }
        assertThat(s.login(staff, "wrong")).endsWith("/staff/login?throttled");
        assertThat(s.page("/staff/login?throttled")).contains("Слишком много неудачных попыток входа. Повторите попытку через 1 с.");
        assertThat(jdbc.queryForObject("SELECT failures FROM login_attempt WHERE attempt_key = ?", Integer.class, "staff:" + staff))
                .isEqualTo(5);
    }

    // --- helpers

    /** A portal account of its own (a citizen), so that locking it disturbs no other test. */
    String account(String prefix) {
        int n = ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        Person p = people.save(new Person("Тестова", "Анна", "Сергеевна", LocalDate.of(1980, 1, 1), Snils.withChecksum(Integer.toString(n))));
        String username = prefix + "-" + n;
        accounts.save(new PortalAccount(username, encoder.encode(PASSWORD), p, true));
        return username;
    }

    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
    }

    HttpResponse<String> api(String user, String password, String address) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Basic " + basic).header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode problem(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return json.readTree(r.body());
    }

    /** A browser on a login page: session cookie, CSRF token, the client address. */
    class Session {
        final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
        final String address;
        final String loginPage;

        Session(String address, String loginPage) {
            this.address = address;
            this.loginPage = loginPage;
        }

        String page(String path) throws Exception {
            return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", address).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        }

        /** Posts the form; the redirect target. */
        String login(String user, String password) throws Exception {
            Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page(loginPage));
            assertThat(token.find()).isTrue();
            String body = Map.of("username", user, "password", password, "_csrf", token.group(1)).entrySet().stream()
                    .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + loginPage))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(302);
            return r.headers().firstValue("Location").orElse("");
        }
    }
}
