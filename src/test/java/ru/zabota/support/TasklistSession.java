package ru.zabota.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff user signed in to Camunda Tasklist, calling the engine API the way Tasklist does: its own login
 * ({@code /camunda/api/admin/auth/…/login/tasklist}), the session cookie and the {@code X-XSRF-TOKEN} header, and
 * {@code /camunda/api/engine/engine/default/…} — not {@code /engine-rest}, which is for API clients.
 */
public final class TasklistSession {
    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private final TestRestTemplate http;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private TasklistSession(TestRestTemplate http) {
        this.http = http;
    }

    public static TasklistSession signIn(TestRestTemplate http, String user, String password) {
        TasklistSession s = new TasklistSession(http);
        s.keepCookies(http.getForEntity("/camunda/app/tasklist/default/", String.class));
        assertThat(s.cookies).as("Tasklist's page sets its CSRF token").containsKey("XSRF-TOKEN");
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders headers = s.headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode().is2xxSuccessful()).as("Tasklist login of " + user + ": " + login.getBody()).isTrue();
        s.keepCookies(login);
        // the login starts a new session; Tasklist's first call after it brings the new session's CSRF token
        s.keepCookies(http.exchange(ENGINE + "/task/count", HttpMethod.GET, new HttpEntity<>(s.headers()), String.class));
        return s;
    }

    /** POST of a JSON body to the engine API under Tasklist's path, e.g. {@code /task/{id}/submit-form}. */
    @SuppressWarnings("rawtypes")
    public ResponseEntity<Map> post(String enginePath, Object body) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(ENGINE + enginePath, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    private HttpHeaders headers() {
        HttpHeaders h = new HttpHeaders();
        h.setAccept(List.of(MediaType.APPLICATION_JSON));
        h.add(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        if (cookies.containsKey("XSRF-TOKEN")) h.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        return h;
    }

    private void keepCookies(ResponseEntity<?> answer) {
        for (String c : answer.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
    }
}
