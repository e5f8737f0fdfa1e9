package ru.zabota.certificate;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A staff member signed in on the staff pages (form login with CSRF), as a browser would be. */
public class StaffPages {
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    private StaffPages(int port) {
        this.port = port;
    }

    public static StaffPages login(int port, String user) throws Exception {
        StaffPages p = new StaffPages(port);
        String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(p.csrf("/staff/login"), StandardCharsets.UTF_8);
        HttpResponse<String> login = p.client.send(HttpRequest.newBuilder(p.uri("/staff/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/staff/cases");
        return p;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form of the page at {@code path} with that page's CSRF token. */
    public HttpResponse<String> post(String path, String urlEncodedForm) throws Exception {
        String body = urlEncodedForm + "&_csrf=" + URLEncoder.encode(csrf(path), StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrf(String path) throws Exception {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(get(path).body());
        assertThat(m.find()).as("CSRF token on %s", path).isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
