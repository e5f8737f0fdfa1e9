package ru.zabota.certificate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.cases.CaseAuditRepository;
import ru.zabota.cases.SocialCaseRepository;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole [602] case through the real entry points: the citizen's API, and the staff completing their Camunda
 * Forms through the engine REST API with their own credentials, exactly as Tasklist does.
 */
@ZabotaSpringTest
class CertificateApiTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    CertificateApplicationRepository applications;
    @Autowired
    SocialCaseRepository cases;
    @Autowired
    CaseAuditRepository audit;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void citizenAppliesStaffDecidesAndTheCitizenSeesTheCertificate() {
        CertificateCase.Result r = new CertificateCase(http).runApproved("citizen");
        Map<?, ?> app = r.application();
        assertThat(app.get("statusLabel")).isEqualTo("Удовлетворено");
        assertThat(app.get("decision")).isEqualTo("Удовлетворено");
        Map<?, ?> cert = (Map<?, ?>) app.get("certificate");
        assertThat(cert.get("number").toString()).startsWith("СС-602-");
        assertThat((List<?>) cert.get("recommendedProviders")).hasSize(2);

        // «Обращения»: the case with its statuses, from «Подано» to «Работа по заявке завершена»
        Map<?, ?> casePage = http.withBasicAuth("citizen", "demo").getForObject("/api/cases", Map.class);
        Map<?, ?> theCase = ((List<Map<?, ?>>) casePage.get("items")).stream()
                .filter(c -> c.get("number").equals(app.get("caseNumber"))).findFirst().orElseThrow();
        List<Map<?, ?>> history = http.withBasicAuth("citizen", "demo")
                .getForObject("/api/cases/" + theCase.get("id") + "/history", List.class);
        assertThat(history.stream().map(h -> h.get("toLabel").toString()).toList()).containsSubsequence("Подано", "Принято заявление",
                "На рассмотрении", "На утверждении", "Удовлетворено", "Работа по заявке завершена");
        // staff see who acted: people, not logins
        assertThat(audit.findByCaseIdOrderByAtAscIdAsc(((Number) theCase.get("id")).longValue()))
                .extracting(a -> a.getActor()).contains("Орлов Николай, начальник отдела УСЗН", "Иванова Светлана, специалист УСЗН", "Белова Татьяна, заместитель начальника УСЗН");
        // and another citizen does not see the case at all
        assertThat(http.withBasicAuth("citizen2", "demo").getForEntity("/api/cases/" + theCase.get("id") + "/history", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void citizenWithoutRecognitionIsRefusedUpFrontAndNothingIsStored() {
        long applicationsBefore = applications.count();
        long casesBefore = cases.count();
        ResponseEntity<Map> r = http.withBasicAuth("citizen2", "demo").postForEntity("/api/certificates",
                Map.of("type", "SOCIAL_CERTIFICATE"), Map.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(r.getBody()).containsEntry("code", "no-need-recognition");
        assertThat(r.getBody().get("detail").toString()).contains("признании нуждающимся");
        assertThat(applications.count()).isEqualTo(applicationsBefore);
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void draftsAreCancelledSubmittedOnesAreNotAndOthersAreInvisible() {
        TestRestTemplate citizen = http.withBasicAuth("citizen", "demo");
        Map<?, ?> draft = citizen.postForObject("/api/certificates", Map.of("type", "CERTIFICATE"), Map.class);
        Object id = draft.get("id");
        assertThat(http.withBasicAuth("citizen2", "demo").getForEntity("/api/certificates/" + id, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(citizen.exchange("/api/certificates/" + id, HttpMethod.DELETE, HttpEntity.EMPTY, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(citizen.getForEntity("/api/certificates/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        Map<?, ?> sent = citizen.postForObject("/api/certificates", Map.of("type", "CERTIFICATE"), Map.class);
        citizen.postForObject("/api/certificates/" + sent.get("id") + "/submit", null, Map.class);
        ResponseEntity<Map> delete = citizen.exchange("/api/certificates/" + sent.get("id"), HttpMethod.DELETE, HttpEntity.EMPTY, Map.class);
        assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(delete.getBody()).containsEntry("code", "not-a-draft");
        ResponseEntity<Map> again = citizen.postForEntity("/api/certificates/" + sent.get("id") + "/submit", null, Map.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aDoubleClickedSubmitOpensOneCaseAndOneProcess() {
        TestRestTemplate citizen = http.withBasicAuth("citizen", "demo");
        Object id = citizen.postForObject("/api/certificates", Map.of("type", "CERTIFICATE"), Map.class).get("id");
        var answers = ru.zabota.support.Race.of(4, () -> citizen.postForEntity("/api/certificates/" + id + "/submit", null, Map.class));
        ru.zabota.support.Race.assertOneEffectNoError(answers);
        assertThat(answers.stream().filter(r -> r.getStatusCode() == HttpStatus.OK)).hasSize(1);
        String number = (String) answers.stream().filter(r -> r.getStatusCode() == HttpStatus.OK).findFirst().orElseThrow().getBody().get("caseNumber");
        Long person = jdbc.queryForObject("select person_id from certificate_application where id = ?", Long.class, id);
        assertThat(jdbc.queryForObject("select count(*) from certificate_application where person_id = ? and case_id is not null"
                + " and id = ?", Integer.class, person, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = ? and PARENT_ID_ is null",
                Integer.class, number)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from social_case c join certificate_application a on a.case_id = c.id where a.id = ?",
                Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from social_case c where c.applicant_id = ? and c.case_type = 'CERTIFICATE_602'"
                + " and not exists (select 1 from certificate_application a where a.case_id = c.id)",
                Integer.class, person)).as("orphan cases opened by the losers").isZero();
    }

    @Autowired
    ru.zabota.interagency.InteragencyRequestRepository requests;

    @Test
    void interagencyRequestGoesOutAsynchronouslyAndTheAnswerComesBackToTheSpecialist() throws Exception {
        CertificateCase flow = new CertificateCase(http);
        Map<?, ?> app = flow.submit("citizen");
        String pi = flow.processInstanceOf(app);
        flow.complete("head", pi, "assignExecutor", Map.of("executor", CertificateCase.string("specialist")));
        flow.complete("specialist", pi, "reviewApplication", Map.of("interagencyRequest", CertificateCase.string("INCOME")));
        // the job executor sends the request; the one poller finds the simulator's answer and wakes the process
        List<?> back = waitForReview(pi);
        assertThat(back).as("the review comes back to the specialist with the answer").hasSize(1);
        Long caseId = cases.findByNumber(app.get("caseNumber").toString()).orElseThrow().getId();
        var sent = requests.findByCaseIdOrderByIdAsc(caseId);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getStatus()).isEqualTo(ru.zabota.interagency.InteragencyRequestStatus.ANSWERED);
        assertThat(sent.get(0).getAnswer()).contains("СФР").contains("21 500,00");
        assertThat(sent.get(0).getIdempotencyKey()).isEqualTo(app.get("caseNumber") + "/INCOME/1");
        // waiting for the answer left no polling trail in history: one wait, no timer loop
        assertThat(jdbc.queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = 'waitForAnswer'",
                Integer.class, pi)).isEqualTo(1);
    }

    private List<?> waitForReview(String pi) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        List<?> back = List.of();
        while (back.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            back = http.withBasicAuth("specialist", "demo")
                    .getForObject("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=reviewApplication", List.class);
        }
        return back;
    }

    @Test
    void inOfficeApplicationFromTheStaffPageLeavesNoPersonalDataInTheEngine() throws Exception {
        StaffPages staff = StaffPages.login(port, "specialist");
        // a bad СНИЛС: the page says why, nothing starts
        long before = applications.count();
        HttpResponse<String> refused = staff.post("/staff/cases/new", "snils=112-233-445%2096&type=SOCIAL_CERTIFICATE");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("СНИЛС указан неверно");
        assertThat(applications.count()).isEqualTo(before);

        HttpResponse<String> started = staff.post("/staff/cases/new", "snils=112-233-445%2095&type=SOCIAL_CERTIFICATE");
        assertThat(started.statusCode()).isEqualTo(302);
        String casePath = java.net.URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(casePath).matches("/staff/cases/\\d+");
        String caseNumber = cases.findById(Long.valueOf(casePath.replaceAll(".*/", ""))).orElseThrow().getNumber();
        // what the forms link to: the applicant, [601], the ИППСУ services
        String page = staff.get(casePath).body();
        assertThat(page).contains("Петрова Анна Сергеевна", "12.03.1947", "112-233-445 95", "Удовлетворено",
                "Частичная утрата способности", "id=\"ippsuServices\"", "Заявление зарегистрировано");

        CertificateCase flow = new CertificateCase(http);
        String pi = flow.processInstanceOf(Map.of("caseNumber", caseNumber));
        // the specialist who took it reviews it: an income request first
        flow.complete("specialist", pi, "reviewApplication", Map.of("interagencyRequest", CertificateCase.string("INCOME")));
        assertThat(waitForReview(pi)).hasSize(1);
        assertThat(staff.get(casePath).body()).contains("21 500,00");
        // an approval valid until yesterday is refused with a message Tasklist shows
        String providers = flow.providerIds(pi);
        Map<String, Object> approval = new java.util.HashMap<>(Map.of(
                "interagencyRequest", CertificateCase.string("NONE"), "decision", CertificateCase.string("APPROVE"),
                "recommendedProviders", Map.of("value", providers, "type", "Json"),
                "certificateValue", Map.of("value", 45000, "type", "Long"),
                "certificateVolume", Map.of("value", 120, "type", "Long"),
                "validUntil", CertificateCase.string("2020-01-31")));
        ResponseEntity<String> past = flow.submit("specialist", pi, "reviewApplication", approval);
        assertThat(past.getStatusCode().value()).as("refused by the case's check, not a server error").isEqualTo(422);
        assertThat(past.getBody()).contains("\"message\":\"Дата окончания действия сертификата уже прошла: укажите дату не ранее сегодняшней\"")
                .doesNotContain("ENGINE-", "TaskListener");
        // the same form as Tasklist submits it, through the webapps' engine API: Tasklist shows the message alone
        String review = ((Map<?, ?>) http.withBasicAuth("specialist", "demo").getForObject(
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=reviewApplication", java.util.List.class).get(0)).get("id").toString();
        ResponseEntity<Map> inTasklist = ru.zabota.support.TasklistSession.signIn(http, "specialist", "demo")
                .post("/task/" + review + "/submit-form", Map.of("variables", approval));
        assertThat(inTasklist.getStatusCode().value()).isEqualTo(422);
        assertThat(inTasklist.getBody().get("message")).isEqualTo("Дата окончания действия сертификата уже прошла: укажите дату не ранее сегодняшней");
        approval.put("validUntil", CertificateCase.string("2099-12-31"));
        flow.complete("specialist", pi, "reviewApplication", approval);
        flow.complete("approver", pi, "approveDecision", Map.of("approval", CertificateCase.string("PUBLISH")));
        assertThat(cases.findByNumber(caseNumber).orElseThrow().getStatus()).isEqualTo(ru.zabota.cases.CaseStatus.CLOSED);

        CertificateCase.assertNoPersonalDataInEngine(jdbc, "Петрова", "Анна Сергеевна", "21 500", "доход", "пенси");
    }

    @Test
    void refusalReachesTheCitizenWithItsReason() {
        Map<?, ?> app = new CertificateCase(http).runRefused("citizen", "Объём услуг покрыт действующим договором");
        assertThat(app.get("statusLabel")).isEqualTo("Отказано");
        assertThat(app.get("refusalReason")).isEqualTo("Объём услуг покрыт действующим договором");
        assertThat(app.get("certificate")).isNull();
    }
}
