package ru.zabota.staff;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.common.Dates;
import ru.zabota.interagency.InteragencyKind;
import ru.zabota.interagency.InteragencyRequest;
import ru.zabota.interagency.InteragencyRequestRepository;
import ru.zabota.workflow.StaffWorkbenchSetup;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No dead ends for the office: the case page links to the running instance in Cockpit for those who may open Cockpit
 * (and to nothing for the others), says until when interagency answers are awaited, and heads find the specialists'
 * tasks through the Tasklist filter «Задачи отдела», which only heads see. Dates are written dd.MM.yyyy in the
 * office's zone.
 */
@ZabotaSpringTest
class NoDeadEndsTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InteragencyRequestRepository requests;
    @Autowired
    Dates dates;
    @LocalServerPort
    int port;

    @Test
    void theCasePageLeadsToCockpitAndSaysWhenAnswersAreDue() throws Exception {
        Case c = caseWithTheSpecialist();

        String asHead = staffPage("head", "/staff/cases/" + c.id());
        assertThat(asHead).contains("href=\"/camunda/app/cockpit/default/#/process-instance/" + c.processInstanceId() + "/runtime\"");
        String asSpecialist = staffPage("specialist", "/staff/cases/" + c.id());
        assertThat(asSpecialist).as("specialists have no Cockpit").doesNotContain("id=\"cockpitLink\"")
                .doesNotContain("id=\"interagencyPending\"");

        Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        InteragencyRequest r = new InteragencyRequest(c.applicationId(), c.id(), InteragencyKind.INCOME, due, "no-dead-ends-" + c.id());
        r.sent("no-such-request-" + c.id(), Instant.now());
        requests.save(r);
        assertThat(staffPage("specialist", "/staff/cases/" + c.id()))
                .contains("Ответы на межведомственные запросы ожидаются до " + dates.dateTime(due));
    }

    @Test
    void headsSeeTheSpecialistsTasksThroughTheDepartmentFilter() {
        Case c = caseWithTheSpecialist();
        String filterId = filterId("head", StaffWorkbenchSetup.DEPARTMENT_FILTER);
        assertThat(filterId).as("heads read «Задачи отдела»").isNotNull();
        assertThat(filterId("specialist", StaffWorkbenchSetup.DEPARTMENT_FILTER)).as("specialists do not").isNull();
        assertThat(filterId("specialist", "Мои задачи")).isNotNull();

        List<Map<?, ?>> department = http.withBasicAuth("head", "demo")
                .getForObject("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=1000", List.class);
        assertThat(department).anySatisfy(t -> {
            assertThat(t.get("processInstanceId")).isEqualTo(c.processInstanceId());
            assertThat(t.get("assignee")).isEqualTo("specialist");
        });
    }

    /** A wrong page, filter or sort parameter of a page answers a Russian HTML page, never English JSON or a 500. */
    @Test
    void badParametersOfPagesAnswerInRussian() throws Exception {
        List<String> anonymous = List.of("/registry?page=abc", "/registry?page=-1", "/registry?municipality=abc",
                "/registry?kind=NOPE", "/registry?catalog=maybe", "/registry/abc", "/catalog/abc?page=abc",
                "/catalog/abc?municipality=x", "/catalog/ads/abc", "/registry?page=99999999999");
        HttpClient client = HttpClient.newHttpClient();
        for (String path : anonymous) assertRussianPage(get(client, path), path);
        for (String path : List.of("/staff/cases?page=abc", "/staff/cases?status=NOPE", "/staff/cases?type=NOPE",
                "/staff/cases/abc", "/staff/access-log?page=x")) {
            assertRussianPage(staffResponse("head", path), path);
        }
    }

    private static void assertRussianPage(HttpResponse<String> r, String path) {
        assertThat(r.statusCode()).as(path).isIn(200, 400, 404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
        assertThat(r.body()).as(path).contains("lang=\"ru\"").doesNotContain("Bad Request", "Failed to convert",
                "Whitelabel", "\"status\":");
        if (r.statusCode() != 200) {
            assertThat(r.body()).as(path).containsPattern("(Действие невозможно|Страница не найдена)");
        }
    }

    @Test
    void datesAreWrittenTheRussianWayInTheOfficesZone() {
        assertThat(dates.date(LocalDate.of(2027, 9, 4))).isEqualTo("04.09.2027");
        assertThat(dates.dateTime(LocalDateTime.of(2027, 9, 4, 9, 5))).isEqualTo("04.09.2027 09:05");
        // 20:30 UTC is already the next day in Yekaterinburg (UTC+5)
        assertThat(dates.dateTime(Instant.parse("2027-09-04T20:30:00Z"))).isEqualTo("05.09.2027 01:30");
        assertThat(dates.date(Instant.parse("2027-09-04T20:30:00Z"))).isEqualTo("05.09.2027");
        assertThat(dates.date(null)).isEqualTo("—");
    }

    record Case(long id, long applicationId, String number, String processInstanceId) {
    }

    /** A [602] application of the citizen, assigned by the head to the specialist (the review task is open). */
    private Case caseWithTheSpecialist() {
        TestRestTemplate citizen = http.withBasicAuth("citizen", "demo");
        Map<?, ?> app = citizen.postForObject("/api/certificates", Map.of("type", "SOCIAL_CERTIFICATE"), Map.class);
        Map<?, ?> sent = citizen.postForObject("/api/certificates/" + app.get("id") + "/submit", null, Map.class);
        String number = sent.get("caseNumber").toString();
        TestRestTemplate head = http.withBasicAuth("head", "demo");
        String pi = ((List<Map<?, ?>>) head.getForObject("/engine-rest/process-instance?businessKey=" + number, List.class))
                .get(0).get("id").toString();
        String task = ((List<Map<?, ?>>) head.getForObject("/engine-rest/task?processInstanceId=" + pi
                + "&taskDefinitionKey=assignExecutor", List.class)).get(0).get("id").toString();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        head.postForEntity("/engine-rest/task/" + task + "/claim", new HttpEntity<>(Map.of("userId", "head"), json), String.class);
        var done = head.postForEntity("/engine-rest/task/" + task + "/complete", new HttpEntity<>(
                Map.of("variables", Map.of("executor", Map.of("value", "specialist", "type", "String"))), json), String.class);
        assertThat(done.getStatusCode().is2xxSuccessful()).as(String.valueOf(done.getBody())).isTrue();
        long id = jdbc.queryForObject("select id from social_case where number = ?", Long.class, number);
        return new Case(id, ((Number) app.get("id")).longValue(), number, pi);
    }

    private String filterId(String user, String name) {
        List<Map<?, ?>> filters = http.withBasicAuth(user, "demo").getForObject("/engine-rest/filter", List.class);
        return filters.stream().filter(f -> name.equals(f.get("name"))).map(f -> f.get("id").toString()).findFirst().orElse(null);
    }

    private String staffPage(String user, String path) throws Exception {
        HttpResponse<String> page = staffResponse(user, path);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private HttpResponse<String> staffResponse(String user, String path) throws Exception {
        HttpClient staff = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = get(staff, "/staff/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("CSRF token on the staff login page").isTrue();
        String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        staff.send(HttpRequest.newBuilder(uri("/staff/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return get(staff, path);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
