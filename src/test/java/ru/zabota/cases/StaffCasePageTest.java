package ru.zabota.cases;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.TimeConfig;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office sees a [603] case as seed 000 says ППО АСОИ does: the status history with the act signature, the
 * contract with its signatures and the confirmed deliveries. The specialist signs in on the staff login page.
 */
@ZabotaSpringTest
class StaffCasePageTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void specialistSeesTheContractDeliveriesAndTheActOnTheCase() throws Exception {
        ContractJourney j = ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН");
        LocalDate today = LocalDate.now(TimeConfig.REGION_ZONE);
        Map<?, ?> contract = j.activeContract(today.minusDays(1), today, "Оказание помощи в оформлении и восстановлении документов получателей социальных услуг");
        List<Object> delivered = j.deliverEverything(contract, today.minusDays(1));
        j.as("citizen").postForObject("/api/contracts/" + contract.get("id") + "/act/sign", null, Map.class);
        long caseId = jdbc.queryForObject("select id from social_case where number = ?", Long.class, contract.get("number"));

        HttpClient staff = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = get(staff, "/staff/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("CSRF token on the staff login page").isTrue();
        String form = "username=specialist&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = staff.send(HttpRequest.newBuilder(uri("/staff/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/staff/cases");

        HttpResponse<String> page = get(staff, "/staff/cases/" + caseId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Договор № " + contract.get("number"), "Исполнен", "Акт оказанных услуг",
                "Акт оказанных услуг подписан получателем", "Оказания: " + delivered.size(), "id=\"staffDeliveries\"");
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
