package ru.zabota.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.zabota.ZabotaSpringTest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every request mapping of the application's controllers (package ru.zabota), so that mappings added later
 * are covered without touching this test: anonymous requests are refused (401 for the API, the login page for
 * pages) unless the mapping is on the small public allow-list below; and a citizen never gets another person's
 * record from a mapping with a path variable (API, and cabinet pages read with HTTP Basic): 404, the same answer
 * as for a record that does not exist.
 */
@ZabotaSpringTest
class SecuritySmokeTest {
    /** What anyone may GET without logging in. Anything else must be refused; add here only on purpose. */
    static final List<String> PUBLIC_GET = List.of("/", "/registry", "/registry/**", "/catalog", "/catalog/**", "/login",
            "/error", "/api/providers", "/api/providers/**", "/api/municipalities", "/api/service-types", "/staff/login",
            "/api/catalog/categories", "/api/catalog/ads", "/api/catalog/ads/**");
    /** The staff area: its own login (Camunda identity); a portal user is refused there as a whole (403). */
    static final String STAFF_AREA = "/staff/**";
    /** Records behind a login that every citizen may read (shared, not personal), e.g. a catalog offer. Keep it small. */
    static final List<String> SHARED_RECORDS = List.of();
    static final String MISSING_ID = "999999";
    static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final AntPathMatcher matcher = new AntPathMatcher();
    final ObjectMapper json = new ObjectMapper();

    /** One method and path pattern of a controller mapping. */
    record Endpoint(HttpMethod method, String pattern, String handler) {
        boolean api() {
            return pattern.startsWith("/api/");
        }

        boolean hasPathVariables() {
            return PATH_VARIABLE.matcher(pattern).find();
        }

        long pathVariableCount() {
            return PATH_VARIABLE.matcher(pattern).results().count();
        }

        boolean hasBody() {
            return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        }

        String path(String id) {
            return PATH_VARIABLE.matcher(pattern).replaceAll(Matcher.quoteReplacement(id)).replace("/**", "/x").replace("/*", "/x");
        }

        @Override
        public String toString() {
            return method + " " + pattern + " (" + handler + ")";
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod h = e.getValue();
            if (!h.getBeanType().getPackageName().startsWith("ru.zabota")) continue;
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            if (methods.isEmpty()) methods = Set.of(RequestMethod.GET, RequestMethod.POST);
            for (String pattern : e.getKey().getPatternValues()) {
                for (RequestMethod m : methods) {
                    if (m == RequestMethod.HEAD || m == RequestMethod.OPTIONS || m == RequestMethod.TRACE) continue;
                    all.add(new Endpoint(m.asHttpMethod(), pattern, h.getBeanType().getSimpleName() + "." + h.getMethod().getName()));
                }
            }
        }
        return all;
    }

    boolean isPublic(Endpoint e) {
        return e.method() == HttpMethod.GET && PUBLIC_GET.stream().anyMatch(p -> matcher.match(p, e.path(MISSING_ID)));
    }

    @Test
    void everyMappingIsFound() {
        assertThat(endpoints()).extracting(Endpoint::pattern)
                .contains("/api/me", "/", "/registry", "/registry/{id}", "/api/providers/{id}", "/cabinet/{section}");
    }

    @Test
    void anonymousRequestsAreRefusedExceptOnPublicPages() throws Exception {
        Csrf csrf = anonymousCsrf();
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        int open = 0;
        for (Endpoint e : endpoints()) {
            HttpResponse<String> r = send(e.method(), e.path(MISSING_ID), null, csrf);
            int status = r.statusCode();
            String location = r.headers().firstValue("Location").orElse("");
            if (isPublic(e)) {
                open++;
                if (status == 401 || status == 403 || status >= 500 || location.endsWith("/login")) {
                    wrong.add(e + " is public but answered " + status + " " + location);
                }
            } else if (e.api()) {
                refused++;
                if (status != 401) wrong.add(e + " answered " + status + " to an anonymous API call, not 401");
            } else {
                refused++;
                if (status != 302 || !location.endsWith("/login")) {
                    wrong.add(e + " answered " + status + " " + location + " to an anonymous visitor, not a redirect to /login");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(refused).isGreaterThan(5);
        assertThat(open).isGreaterThan(5);
    }

    @Test
    void apiDocumentationIsPublic() throws Exception {
        HttpResponse<String> docs = send(HttpMethod.GET, "/v3/api-docs", null, null);
        assertThat(docs.statusCode()).as("/v3/api-docs: %s", docs.body()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"", "/api/me");
        HttpResponse<String> ui = send(HttpMethod.GET, "/swagger-ui/index.html", null, null);
        assertThat(ui.statusCode()).as("/swagger-ui/index.html: %s", ui.headers().map()).isEqualTo(200);
    }

    @Test
    void aCitizenGetsNotFoundForRecordsThatAreNotHers() throws Exception {
        List<Endpoint> withIds = endpoints().stream()
                .filter(e -> e.hasPathVariables() && !isPublic(e) && (e.api() || e.method() == HttpMethod.GET))
                .filter(e -> !matcher.match(STAFF_AREA, e.path(MISSING_ID)))
                .filter(e -> SHARED_RECORDS.stream().noneMatch(p -> matcher.match(p, e.path(MISSING_ID))))
                .toList();
        Caller citizen = new Caller("citizen");
        Caller citizen2 = new Caller("citizen2");
        List<String> wrong = new ArrayList<>();

        // A record that does not exist: 404 (a body may be rejected first: 400), never 403 or 500.
        for (Endpoint e : withIds) {
            int status = citizen2.status(e.method(), e.path(MISSING_ID));
            boolean ok = status == 404 || (e.hasBody() && status == 400);
            if (!ok) wrong.add(e + " answered " + status + " to citizen2 for a record that does not exist");
        }

        // Records citizen can read (found by asking as her) must be 404 for citizen2.
        Set<Long> candidates = new TreeSet<>(idsCitizenCanList());
        LongStream.rangeClosed(1, 20).forEach(candidates::add);
        int checked = 0;
        for (Endpoint e : withIds) {
            if (e.method() != HttpMethod.GET || e.pathVariableCount() != 1) continue;
            for (Long id : candidates) {
                String path = e.path(id.toString());
                if (citizen.status(HttpMethod.GET, path) != 200) continue;
                checked++;
                int status = citizen2.status(HttpMethod.GET, path);
                if (status != 404) wrong.add("GET " + path + " (" + e.handler() + ") is citizen's record but answered "
                        + status + " to citizen2, not 404");
            }
        }
        // The staff area refuses portal users outright, whatever the record.
        for (Endpoint e : endpoints()) {
            if (isPublic(e) || e.method() != HttpMethod.GET || !matcher.match(STAFF_AREA, e.path(MISSING_ID))) continue;
            int status = citizen.status(HttpMethod.GET, e.path("1"));
            if (status != 403) wrong.add(e + " answered " + status + " to a citizen in the staff area, not 403");
        }
        assertThat(wrong).isEmpty();
        System.out.printf("SecuritySmokeTest: %d mappings with path variables, %d records of citizen checked against citizen2%n",
                withIds.size(), checked);
    }

    /**
     * A citizen as the portal sees her: the API with HTTP Basic, pages in a session that logged in through the form
     * and chose the role Гражданин.
     */
    class Caller {
        final String user;
        final HttpClient session = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build();

        Caller(String user) throws Exception {
            this.user = user;
            String loginToken = csrfToken(get(session, "/login").body());
            HttpResponse<String> login = form(session, "/login", Map.of("username", user, "password", "demo", "_csrf", loginToken));
            assertThat(login.headers().firstValue("Location").orElse("")).as(user + " logs in").endsWith("/role");
            HttpResponse<String> role = form(session, "/role", Map.of("role", "CITIZEN", "_csrf", csrfToken(get(session, "/role").body())));
            assertThat(role.headers().firstValue("Location").orElse("")).as(user + " chooses the role").contains("/cabinet/");
        }

        int status(HttpMethod method, String path) throws Exception {
            if (path.startsWith("/api/")) return send(method, path, user, null).statusCode();
            return get(session, path).statusCode();
        }
    }

    HttpResponse<String> get(HttpClient c, String path) throws IOException, InterruptedException {
        return c.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> form(HttpClient c, String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return c.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String csrfToken(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("CSRF token in the page").isTrue();
        return token.group(1);
    }

    /** Every numeric id or ...Id that the citizen's own API collections (GET without path variables) show. */
    Set<Long> idsCitizenCanList() throws Exception {
        Set<Long> ids = new TreeSet<>();
        for (Endpoint e : endpoints()) {
            if (!e.api() || e.method() != HttpMethod.GET || e.hasPathVariables() || isPublic(e)) continue;
            HttpResponse<String> r = send(HttpMethod.GET, e.path(MISSING_ID), "citizen", null);
            if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").contains("json")) continue;
            collectIds(json.readTree(r.body()), ids);
        }
        return ids;
    }

    static void collectIds(JsonNode node, Set<Long> ids) {
        node.properties().forEach(f -> {
            if ((f.getKey().equals("id") || f.getKey().endsWith("Id")) && f.getValue().canConvertToLong()) {
                ids.add(f.getValue().asLong());
            }
            collectIds(f.getValue(), ids);
        });
        if (node.isArray()) node.forEach(n -> collectIds(n, ids));
    }

    /** An anonymous session with its CSRF token, so that unsafe requests reach the authorization rules. */
    record Csrf(String cookie, String token) {
    }

    Csrf anonymousCsrf() throws Exception {
        HttpResponse<String> login = send(HttpMethod.GET, "/login", null, null);
        String cookie = login.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        return new Csrf(cookie, csrfToken(login.body()));
    }

    HttpResponse<String> send(HttpMethod method, String path, String user, Csrf csrf) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html,*/*;q=0.8");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        boolean unsafe = method != HttpMethod.GET;
        if (unsafe && csrf != null) {
            if (!csrf.cookie().isEmpty()) b.header("Cookie", csrf.cookie());
            b.header("X-CSRF-TOKEN", csrf.token());
        }
        b.method(method.name(), unsafe ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (unsafe) b.header("Content-Type", "application/json");
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
