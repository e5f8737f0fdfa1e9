package ru.zabota.support;

import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page tests as a browser sends them, without one: a cookie session per person, the login and role forms with their
 * CSRF token, GET of a page and POST of a form (redirects not followed, so a test sees where a form leads).
 */
public abstract class PortalPagesTest {
    @LocalServerPort
    protected int port;

    protected HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A portal session of the demo user (password demo) in the role chosen on /role. */
    protected HttpClient portal(String user, String role) throws Exception {
        HttpClient c = client();
        form(c, "/login", Map.of("username", user, "password", "demo", "_csrf", csrf(get(c, "/login").body())));
        form(c, "/role", Map.of("role", role, "_csrf", csrf(get(c, "/role").body())));
        return c;
    }

    /** A session on the staff pages (/staff/login) of the demo staff user. */
    protected HttpClient staff(String user) throws Exception {
        HttpClient c = client();
        HttpResponse<String> login = form(c, "/staff/login", Map.of("username", user, "password", "demo", "_csrf", csrf(get(c, "/staff/login").body())));
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/staff/cases");
        return c;
    }

    protected HttpResponse<String> get(HttpClient c, String path) throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected HttpResponse<String> form(HttpClient c, String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return c.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("CSRF token in the page").isTrue();
        return token.group(1);
    }
}
