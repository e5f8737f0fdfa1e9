package ru.zabota.perf;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.contract.ContractJourney;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N+1 guard: the number of SQL statements Hibernate prepares for one request of each main page and API list
 * (Hibernate statistics, switched on for this test), against a fixed small budget. The demo lists hold several rows
 * each (contracts, cases, deliveries, providers, ads), so a list that starts loading a relation per row goes over
 * its budget and the test names it. Each request is measured three times and the smallest count is taken (a
 * background job of the engine may add statements to one of them). Login throttle and other {@code JdbcTemplate}
 * statements are not counted (they are constant per request).
 * <p>
 * When a budget fails because a page legitimately shows more, raise it in {@link #BUDGETS} with the reason; when it
 * fails because a list loads per row, fetch the relation in the list query (join fetch, entity graph or a batch).
 */
@ZabotaSpringTest
@SuppressWarnings("unchecked")
class QueryBudgetTest {
    /**
     * Statements per request: page or API list → budget (the count measured on the demo region with the three extra
     * contracts, plus one). {@code /cabinet/recipients} was 1 + one ИППСУ query per recipient before the page loaded
     * the programmes of its recipients in one query.
     */
    static final Map<String, Integer> BUDGETS = new LinkedHashMap<>();

    static {
        // anonymous
        BUDGETS.put("anonymous GET /registry", 5);
        BUDGETS.put("anonymous GET /registry/{id}", 3);
        BUDGETS.put("anonymous GET /catalog", 2);
        BUDGETS.put("anonymous GET /catalog/{category}", 7);
        BUDGETS.put("anonymous GET /api/providers", 4);
        BUDGETS.put("anonymous GET /api/catalog/ads", 4);
        // citizen (session, role chosen)
        // a cabinet page of a citizen or a provider also counts its unread notifications (bell) and messages (menu): +2
        BUDGETS.put("citizen GET /cabinet/profile", 4);
        BUDGETS.put("citizen GET /cabinet/contracts", 4);
        BUDGETS.put("citizen GET /cabinet/cases", 4);
        BUDGETS.put("citizen GET /cabinet/certificates", 5); // applications, their cases, their certificates (one query each)
        BUDGETS.put("citizen GET /cabinet/ippsu", 9);
        BUDGETS.put("citizen GET /api/contracts", 2);
        BUDGETS.put("citizen GET /api/cases", 2);
        BUDGETS.put("citizen GET /api/certificates", 3);
        // provider and worker
        BUDGETS.put("provider GET /cabinet/contracts", 4);
        BUDGETS.put("provider GET /cabinet/recipients", 5);
        BUDGETS.put("provider GET /cabinet/calendar", 5);
        BUDGETS.put("provider GET /api/contracts", 2);
        BUDGETS.put("provider GET /api/deliveries", 2);
        BUDGETS.put("worker GET /cabinet/calendar", 3);
        // staff pages
        BUDGETS.put("staff GET /staff/cases", 2);
    }

    @LocalServerPort
    int port;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    Statistics statistics;
    boolean wasEnabled;
    final List<String> wrongAnswers = new ArrayList<>();

    @Test
    void mainPagesAndListsStayWithinTheirStatementBudgets() throws Exception {
        listsWithSeveralRows();
        statistics = emf.unwrap(SessionFactory.class).getStatistics();
        wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            String week = "?from=" + LocalDate.now().minusDays(14) + "&to=" + LocalDate.now().plusDays(14);
            HttpClient anonymous = client();
            HttpClient citizen = portal("citizen", "CITIZEN");
            HttpClient provider = portal("provider", "PROVIDER");
            HttpClient worker = portal("worker", "WORKER");
            HttpClient staff = staff("specialist");
            String providerId = firstId(get(anonymous, "/api/providers").body());
            String category = firstMatch(get(anonymous, "/catalog").body(), "href=\"/catalog/([a-z0-9-]+)\"");

            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("anonymous GET /registry", count(anonymous, "/registry"));
            counts.put("anonymous GET /registry/{id}", count(anonymous, "/registry/" + providerId));
            counts.put("anonymous GET /catalog", count(anonymous, "/catalog"));
            counts.put("anonymous GET /catalog/{category}", count(anonymous, "/catalog/" + category));
            counts.put("anonymous GET /api/providers", count(anonymous, "/api/providers"));
            counts.put("anonymous GET /api/catalog/ads", count(anonymous, "/api/catalog/ads"));
            for (String p : List.of("/cabinet/profile", "/cabinet/contracts", "/cabinet/cases", "/cabinet/certificates", "/cabinet/ippsu",
                    "/api/contracts", "/api/cases", "/api/certificates")) {
                counts.put("citizen GET " + p, count(citizen, p));
            }
            for (String p : List.of("/cabinet/contracts", "/cabinet/recipients", "/cabinet/calendar", "/api/contracts")) {
                counts.put("provider GET " + p, count(provider, p));
            }
            counts.put("provider GET /api/deliveries", count(provider, "/api/deliveries" + week));
            counts.put("worker GET /cabinet/calendar", count(worker, "/cabinet/calendar"));
            counts.put("staff GET /staff/cases", count(staff, "/staff/cases"));

            String table = counts.entrySet().stream()
                    .map(e -> String.format("%-40s %3d statements (budget %d)", e.getKey(), e.getValue(), BUDGETS.get(e.getKey())))
                    .collect(Collectors.joining("\n"));
            System.out.println("Statements per request:\n" + table);
            assertThat(wrongAnswers).as("every page and list answers 200").isEmpty();
            List<String> over = new ArrayList<>();
            counts.forEach((k, v) -> {
                if (v > BUDGETS.get(k)) over.add(k + ": " + v + " > " + BUDGETS.get(k));
            });
            assertThat(over).as("requests over their statement budget (N+1?)\n" + table).isEmpty();
            assertThat(counts.keySet()).isEqualTo(BUDGETS.keySet());
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    /**
     * The demo citizen gets three more active contracts with the demo provider, each with deliveries this week (one
     * confirmed with a signature): every citizen, provider and worker list then holds several rows, so that loading a
     * relation per row shows in the count.
     */
    void listsWithSeveralRows() {
        ContractJourney journey = ContractJourney.of(rest, jdbc, "Ханты-Мансийский КЦСОН");
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 3; i++) {
            Map<?, ?> contract = journey.activeContract(today.minusDays(7), today.plusDays(60), ContractJourney.LEGAL_HELP);
            Object line = ((List<Map<?, ?>>) contract.get("lines")).get(0).get("id");
            Object first = journey.schedule("worker", contract.get("id"), line, today + "T%02d:00:00".formatted(9 + i)).getBody().get("id");
            journey.schedule("worker", contract.get("id"), line, today.plusDays(1) + "T%02d:30:00".formatted(9 + i));
            journey.confirm("worker", first, ContractJourney.drawnSignature());
        }
    }

    /** The fewest statements of three identical requests (each must answer 200). */
    int count(HttpClient c, String path) throws Exception {
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            HttpResponse<String> r = get(c, path);
            long n = statistics.getPrepareStatementCount();
            if (r.statusCode() != 200) wrongAnswers.add("GET " + path + ": " + r.statusCode());
            min = (int) Math.min(min, n);
        }
        return min;
    }

    HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpClient portal(String user, String role) throws Exception {
        HttpClient c = client();
        form(c, "/login", Map.of("username", user, "password", "demo", "_csrf", csrf(get(c, "/login").body())));
        HttpResponse<String> chosen = form(c, "/role", Map.of("role", role, "_csrf", csrf(get(c, "/role").body())));
        assertThat(chosen.headers().firstValue("Location").orElse("")).as(user + " chooses " + role).contains("/cabinet");
        return c;
    }

    HttpClient staff(String user) throws Exception {
        HttpClient c = client();
        HttpResponse<String> login = form(c, "/staff/login", Map.of("username", user, "password", "demo", "_csrf", csrf(get(c, "/staff/login").body())));
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/staff/cases");
        return c;
    }

    HttpResponse<String> get(HttpClient c, String path) throws Exception {
        String accept = path.startsWith("/api/") ? "application/json" : "text/html";
        return c.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> form(HttpClient c, String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return c.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String csrf(String html) {
        return firstMatch(html, "name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    }

    static String firstId(String json) {
        return firstMatch(json, "\"id\"\\s*:\\s*(\\d+)");
    }

    static String firstMatch(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in the answer").isTrue();
        return m.group(1);
    }
}
