package ru.zabota.messaging;

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

/** A browser-like session on the portal pages: form login, the role chosen, CSRF tokens read from the pages. */
public class PortalPages {
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private PortalPages(int port) {
        this.port = port;
    }

    public static PortalPages anonymous(int port) {
        return new PortalPages(port);
    }

    /** Logged in as the demo user in the role (the parent: CITIZEN with {@code personId} of the child, or null). */
    public static PortalPages as(int port, String user, String role, Long personId) throws Exception {
        PortalPages p = new PortalPages(port);
        p.post("/login", Map.of("username", user, "password", "demo"), p.get("/login").body());
        Map<String, String> choice = personId == null ? Map.of("role", role) : Map.of("role", role, "personId", personId.toString());
        HttpResponse<String> chosen = p.post("/role", choice, p.get("/role").body());
        assertThat(chosen.headers().firstValue("Location").orElse("")).as(user + " chooses a role").contains("/cabinet");
        return p;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A form posted with the CSRF token of the page it is on. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String pageWithToken) throws Exception {
        String body = fields.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(csrf(pageWithToken), StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("CSRF token in the page").isTrue();
        return token.group(1);
    }
}
