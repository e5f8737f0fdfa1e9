package ru.zabota.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's answer to a missing or failed login, as Problem Details:
 * <ul>
 *     <li>throttled or locked: 429 with {@code Retry-After} (seconds) and code {@code login-throttled} or
 *     {@code account-locked};</li>
 *     <li>otherwise 401. {@code WWW-Authenticate: Basic} only when the client sent HTTP Basic credentials that failed
 *     and the request is not the portal pages' own script call ({@code X-Requested-With: XMLHttpRequest}): a browser
 *     shows its password pop-up for that header, which a page's call must never cause. A failed Bearer token gets
 *     {@code WWW-Authenticate: Bearer error="invalid_token"} (RFC 6750; browsers show nothing for it).</li>
 * </ul>
 */
public class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {
    private final ObjectMapper json;

    public ApiAuthenticationEntryPoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        ProblemDetail p;
        if (e instanceof LoginThrottledException t) {
            p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, t.getMessage());
            p.setProperty("code", t.locked() ? "account-locked" : "login-throttled");
            p.setProperty("until", t.until().toString());
            response.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
        } else {
            p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Войдите на портал: нужна учётная запись портала "
                    + "(сессия, HTTP Basic или персональный API-токен)");
            p.setProperty("code", "unauthenticated");
            String authorization = request.getHeader("Authorization");
            boolean pageCall = "XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"));
            if (authorization != null && !pageCall) {
                if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Zabota\", charset=\"UTF-8\"");
                } else if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                }
            }
        }
        HttpStatus status = HttpStatus.valueOf(p.getStatus());
        p.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), p);
    }
}
