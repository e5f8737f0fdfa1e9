package ru.zabota.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Problem Details for API requests refused before Spring MVC sees them: by the security firewall (an encoded
 * "." or "/" in the path) and by Tomcat itself (an encoded NUL in the path, a request line or headers over the
 * size limit). Pages keep the plain answers.
 */
@Configuration
public class ApiProblemsOutsideMvc {
    static final String BAD_ADDRESS = "Адрес запроса указан неверно";

    static String json(int status, String title, String code, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"code\":\"" + code
                + "\",\"detail\":\"" + detail.replace("\"", "'") + "\"}";
    }

    static boolean api(String uri) {
        return uri != null && uri.startsWith("/api/");
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        RequestRejectedHandler plain = new HttpStatusRequestRejectedHandler();
        return (HttpServletRequest request, HttpServletResponse response, org.springframework.security.web.firewall.RequestRejectedException e) -> {
            if (!api(request.getRequestURI().substring(request.getContextPath().length()))) {
                plain.handle(request, response, e);
                return;
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType("application/problem+json");
            response.getWriter().write(json(400, "Bad Request", "invalid-address", BAD_ADDRESS));
        };
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
        });
    }

    /** Tomcat's own error report, as Problem Details when the request was for the API or could not be read at all. */
    public static class ApiErrorReportValve extends ErrorReportValve {
        public ApiErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            String uri = request.getRequestURI();
            // no URI: Tomcat could not read the request line (longer than the header limit); whoever sent it, a short
            // JSON answer does no harm, and an API client gets what it can parse
            if (status < 400 || !(uri == null || api(uri)) || response.getContentWritten() > 0) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) return;
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    String title = org.springframework.http.HttpStatus.resolve(status) == null ? "Error"
                            : org.springframework.http.HttpStatus.resolve(status).getReasonPhrase();
                    writer.write(json(status, title, status == 400 ? "invalid-address" : "refused",
                            status == 400 ? BAD_ADDRESS : "Запрос отклонён"));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client went away; nothing more to say
            }
        }
    }
}
