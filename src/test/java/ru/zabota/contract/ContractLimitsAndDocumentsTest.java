package ru.zabota.contract;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.TimeConfig;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.certificate.CertificateCase;
import ru.zabota.people.Snils;
import ru.zabota.security.ActingContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, acceptance 2 and 3: a contract's limits refused through the API with the line and the limit named
 * (volume over the ИППСУ, certificate value and volume, certificate validity, an overlapping contract), nothing saved;
 * the DOCX contract and act opened with POI as a reader would; signatures naming the person — a representative
 * «за» the child, the provider's employee with position and organisation — and the head credited with the assignment.
 * Each test uses its own window of the ИППСУ's year, so contracts of other tests do not overlap it.
 */
@ZabotaSpringTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ContractLimitsAndDocumentsTest {
    static final String SHOPPING = "Покупка за счёт средств получателя и доставка на дом продуктов питания, промышленных товаров первой необходимости";
    static final String CLEANING = "Уборка жилых помещений";
    static final String KCSON_FULL = "Бюджетное учреждение Ханты-Мансийского автономного округа — Югры «Ханты-Мансийский комплексный центр социального обслуживания населения»";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    LocalDate today;
    long kcson;
    long sodeistvie;
    long ippsu;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(TimeConfig.REGION_ZONE);
        kcson = jdbc.queryForObject("select id from provider where short_name like '%Ханты-Мансийский КЦСОН%'", Long.class);
        sodeistvie = jdbc.queryForObject("select id from provider where short_name like '%Содействие%'", Long.class);
        ippsu = ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН").ippsuId();
        closeOpenRequests("citizen", null);
    }

    TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    /** Open requests of the person left by other tests: one open request per person and provider. */
    void closeOpenRequests(String user, Long forPerson) {
        HttpHeaders h = headers(forPerson);
        Map<?, ?> page = as(user).exchange("/api/contracts?size=100", HttpMethod.GET, new HttpEntity<>(h), Map.class).getBody();
        for (Map<?, ?> c : (List<Map<?, ?>>) page.get("items")) {
            if ("CONCLUDING".equals(c.get("status"))) {
                as(user).exchange("/api/contracts/" + c.get("id") + "/withdraw", HttpMethod.POST, new HttpEntity<>(h), Map.class);
            } else if ("SIGNING".equals(c.get("status"))) {
                as(user).exchange("/api/contracts/" + c.get("id") + "/decline", HttpMethod.POST, new HttpEntity<>(Map.of("reason", "Тест лимитов"), h), Map.class);
            }
        }
    }

    static HttpHeaders headers(Long forPerson) {
        HttpHeaders h = new HttpHeaders();
        if (forPerson != null) h.add(ActingContext.ACTING_FOR_HEADER, forPerson.toString());
        return h;
    }

    Map<?, ?> request(long provider, String basis, long basisId) {
        ResponseEntity<Map> created = as("citizen").postForEntity("/api/contracts",
                Map.of("providerId", provider, "basis", basis, "basisId", basisId), Map.class);
        assertThat(created.getStatusCode()).as("request: %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    ResponseEntity<Map> term(String provider, Object id, LocalDate from, LocalDate to) {
        return as(provider).exchange("/api/contracts/" + id + "/term", HttpMethod.PUT,
                new HttpEntity<>(Map.of("from", from.toString(), "to", to.toString())), Map.class);
    }

    ResponseEntity<Map> volume(Object id, Object lineId, int volume) {
        return as("provider").exchange("/api/contracts/" + id + "/services/" + lineId, HttpMethod.PUT,
                new HttpEntity<>(Map.of("volume", volume)), Map.class);
    }

    static Map<?, ?> line(Map<?, ?> contract, String service) {
        return ((List<Map<?, ?>>) contract.get("lines")).stream().filter(l -> l.get("service").equals(service)).findFirst().orElseThrow();
    }

    Map<?, ?> contract(Object id) {
        return as("citizen").getForObject("/api/contracts/" + id, Map.class);
    }

    java.net.http.HttpClient portal(String user, String role) throws Exception {
        java.net.http.HttpClient c = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        form(c, "/login", Map.of("username", user, "password", "demo", "_csrf", csrf(page(c, "/login").body())));
        form(c, "/role", Map.of("role", role, "_csrf", csrf(page(c, "/role").body())));
        return c;
    }

    java.net.http.HttpResponse<String> page(java.net.http.HttpClient c, String path) throws Exception {
        return c.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }

    void form(java.net.http.HttpClient c, String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(f -> f.getKey() + "=" + java.net.URLEncoder.encode(f.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        c.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String html) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("CSRF token in the page").isTrue();
        return token.group(1);
    }

    static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    @Test
    void aVolumeOverTheIppsuForTheTermIsRefusedNamingTheLineAndTheLimit() {
        Map<?, ?> c = request(kcson, "IPPSU", ippsu);
        Object id = c.get("id");
        // a volume is set for a term: not before the term is saved
        assertThat(volume(id, line(c, SHOPPING).get("id"), 5).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(term("provider", id, today.plusDays(200), today.plusDays(229)).getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<?, ?> shopping = line(contract(id), SHOPPING);
        // «2 раза в неделю» over 30 days: 8,67 a month × 0,99 month → 9
        assertThat(shopping.get("ippsuVolume")).isEqualTo(9);
        assertThat(shopping.get("termVolume")).isEqualTo(9);
        assertThat(shopping.get("periodicity").toString()).contains("2 раза в неделю", "8,67 в месяц");

        ResponseEntity<Map> over = volume(id, shopping.get("id"), 10);
        assertThat(over.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(over.getBody()).containsEntry("code", "volume-over-ippsu");
        assertThat(over.getBody().get("detail").toString()).contains("«" + SHOPPING + "»", "объём 10 ед.", "9 ед.", "2 раза в неделю");
        assertThat(line(contract(id), SHOPPING).get("termVolume")).as("nothing saved").isEqualTo(9);
        assertThat(volume(id, shopping.get("id"), 0).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        // another organisation's head may not touch it, the worker is the wrong role
        assertThat(as("provider2").exchange("/api/contracts/" + id + "/services/" + shopping.get("id"), HttpMethod.PUT,
                new HttpEntity<>(Map.of("volume", 5)), Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<Map> fewer = volume(id, shopping.get("id"), 5);
        assertThat(fewer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(line(fewer.getBody(), SHOPPING).get("termVolume")).isEqualTo(5);
        assertThat(line(fewer.getBody(), SHOPPING).get("ippsuVolume")).isEqualTo(9);
        // a shorter term afterwards may not leave a line above the ИППСУ's volume for it
        ResponseEntity<Map> shorter = term("provider", id, today.plusDays(200), today.plusDays(206));
        assertThat(shorter.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(shorter.getBody().get("detail").toString()).contains(SHOPPING, "объём 5 ед.");
        assertThat(contract(id).get("termTo")).isEqualTo(today.plusDays(229).toString());
        as("citizen").postForEntity("/api/contracts/" + id + "/withdraw", null, Map.class);
    }

    @Test
    void aSecondContractForTheSameServiceAndPeriodIsRefused() {
        Map<?, ?> first = request(kcson, "IPPSU", ippsu);
        assertThat(term("provider", first.get("id"), today.plusDays(235), today.plusDays(264)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("provider").postForEntity("/api/contracts/" + first.get("id") + "/sign", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        // «Содействие» offers shopping and cleaning of the same ИППСУ: the same period overlaps, the provider is told which contract holds them
        Map<?, ?> second = request(sodeistvie, "IPPSU", ippsu);
        long contractsBefore = jdbc.queryForObject("select count(*) from contract where term_from is not null", Long.class);
        ResponseEntity<Map> overlapping = term("provider2", second.get("id"), today.plusDays(250), today.plusDays(270));
        assertThat(overlapping.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(overlapping.getBody()).containsEntry("code", "overlapping-contract");
        assertThat(overlapping.getBody().get("detail").toString()).contains(first.get("number").toString(), "Ханты-Мансийский КЦСОН",
                today.plusDays(235).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(jdbc.queryForObject("select count(*) from contract where term_from is not null", Long.class)).as("nothing saved").isEqualTo(contractsBefore);
        // the next period is free
        assertThat(term("provider2", second.get("id"), today.plusDays(265), today.plusDays(270)).getStatusCode()).isEqualTo(HttpStatus.OK);

        as("citizen").postForEntity("/api/contracts/" + first.get("id") + "/decline", Map.of("reason", "Тест"), Map.class);
        as("citizen").postForEntity("/api/contracts/" + second.get("id") + "/withdraw", null, Map.class);
    }

    @Test
    void aContractUnderACertificateStaysWithinItsValidityValueAndVolume() {
        LocalDate until = today.plusDays(279);
        Map<?, ?> app = new CertificateCase(http).runApproved("citizen", List.of(kcson), 3000, 12, until.toString());
        Map<?, ?> cert = (Map<?, ?>) app.get("certificate");
        Map<?, ?> c = request(kcson, "CERTIFICATE", ((Number) cert.get("id")).longValue());
        Object id = c.get("id");

        ResponseEntity<Map> outside = term("provider", id, today.plusDays(272), today.plusDays(282));
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(outside.getBody()).containsEntry("code", "term-outside-certificate");
        assertThat(outside.getBody().get("detail").toString()).contains(cert.get("number").toString(),
                until.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(contract(id).get("termFrom")).isNull();

        assertThat(term("provider", id, today.plusDays(265), today.plusDays(279)).getStatusCode()).isEqualTo(HttpStatus.OK);
        // 15 days: shopping 5 × 245, cleaning 3 × 312, control 5 × 118, documents 1 × 287 = 3 038 ₽ > 3 000 ₽
        assertThat(new java.math.BigDecimal(contract(id).get("termCost").toString())).isEqualByComparingTo("3038");
        ResponseEntity<Map> overValue = as("provider").postForEntity("/api/contracts/" + id + "/sign", null, Map.class);
        assertThat(overValue.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(overValue.getBody()).containsEntry("code", "over-certificate-value");
        assertThat(overValue.getBody().get("detail").toString()).contains("3 038,00 ₽", "3 000,00 ₽", cert.get("number").toString(), "«" + SHOPPING + "»");
        assertThat(contract(id).get("statusLabel")).isEqualTo("На заключении");
        assertThat((List<?>) contract(id).get("signatures")).as("no signature saved").isEmpty();

        assertThat(volume(id, line(c, SHOPPING).get("id"), 4).getStatusCode()).isEqualTo(HttpStatus.OK);
        // 2 793 ₽ now, but 4 + 3 + 5 + 1 = 13 units > 12
        ResponseEntity<Map> overVolume = as("provider").postForEntity("/api/contracts/" + id + "/sign", null, Map.class);
        assertThat(overVolume.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(overVolume.getBody()).containsEntry("code", "over-certificate-volume");
        assertThat(overVolume.getBody().get("detail").toString()).contains("13 ед.", "12 ед.");

        assertThat(volume(id, line(c, CLEANING).get("id"), 2).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> signed = as("provider").postForEntity("/api/contracts/" + id + "/sign", null, Map.class);
        assertThat(signed.getStatusCode()).as("%s", signed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(signed.getBody().get("statusLabel")).isEqualTo("На подписании");
        as("citizen").postForEntity("/api/contracts/" + id + "/decline", Map.of("reason", "Тест"), Map.class);
    }

    @Test
    void theHeadIsCreditedWithTheAssignmentAndEachStaffStepWithItsActor() {
        CertificateCase.Result app = new CertificateCase(http).runApproved("citizen");
        long caseId = jdbc.queryForObject("select id from social_case where number = ?", Long.class,
                app.application().get("caseNumber"));
        List<Map<String, Object>> audit = jdbc.queryForList("select actor, to_status, comment from case_audit where case_id = ? order by id", caseId);
        Map<String, Object> assigned = audit.stream().filter(a -> "IN_REVIEW".equals(a.get("to_status"))).findFirst().orElseThrow();
        assertThat(assigned.get("actor")).isEqualTo("Орлов Николай, начальник отдела УСЗН");
        assertThat(assigned.get("comment").toString()).contains("Иванова Светлана, специалист УСЗН");
        assertThat(audit).anySatisfy(a -> assertThat(a.get("actor")).isEqualTo("Иванова Светлана, специалист УСЗН"))
                .anySatisfy(a -> assertThat(a.get("actor")).isEqualTo("Белова Татьяна, заместитель начальника УСЗН"))
                .noneSatisfy(a -> assertThat(a.get("actor").toString()).isIn("head", "specialist", "approver", "citizen"));
    }

    @Test
    void aRepresentativeSignsForTheChildAndTheDocxSaysSo() throws IOException {
        long child = jdbc.queryForObject("select id from person where snils = ?", Long.class, Snils.withChecksum("445566778"));
        long childIppsu = jdbc.queryForObject("select id from ippsu where person_id = ? order by issued_on desc fetch first 1 rows only", Long.class, child);
        closeOpenRequests("parent", child);
        HttpHeaders forChild = headers(child);
        ResponseEntity<Map> created = as("parent").exchange("/api/contracts", HttpMethod.POST,
                new HttpEntity<>(Map.of("providerId", sodeistvie, "basis", "IPPSU", "basisId", childIppsu), forChild), Map.class);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        Object id = created.getBody().get("id");
        assertThat(term("provider2", id, today.plusDays(100), today.plusDays(130)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("provider2").postForEntity("/api/contracts/" + id + "/sign", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> signed = as("parent").exchange("/api/contracts/" + id + "/sign", HttpMethod.POST, new HttpEntity<>(forChild), Map.class);
        assertThat(signed.getStatusCode()).as("%s", signed.getBody()).isEqualTo(HttpStatus.OK);
        List<Map<?, ?>> signatures = (List<Map<?, ?>>) signed.getBody().get("signatures");
        assertThat(signatures).extracting(s -> String.valueOf(s.get("signer"))).containsExactly(
                "Волков Дмитрий Сергеевич, директор (БУ «Сургутский КЦСОН «Содействие»)",
                "Смирнова Елена Викторовна, законный представитель за Смирнов Артём Игоревич");

        byte[] docx = as("parent").exchange("/api/contracts/" + id + "/document", HttpMethod.GET, new HttpEntity<>(forChild), byte[].class).getBody();
        String text = docxText(docx);
        assertThat(text).contains("Смирнов Артём Игоревич", "от имени которого(ой) действует Смирнова Елена Викторовна, законный представитель за Смирнов Артём Игоревич",
                "Волков Дмитрий Сергеевич, директор", "1 раз в 2 месяца", "предоставляются бесплатно");
        for (Map<?, ?> s : signatures) assertThat(text).contains(s.get("documentHash").toString());
        as("parent").exchange("/api/contracts/" + id + "/decline", HttpMethod.POST, new HttpEntity<>(Map.of("reason", "Тест"), forChild), Map.class);
    }

    @Test
    void theDocxContractAndActNameThePartiesTheServicesTheFeeAndBothSignatures() throws Exception {
        // one day, today: everything is delivered and confirmed, the act signed (activeContract first closes contracts
        // of other tests in the shared database that hold today)
        ContractJourney j = new ContractJourney(http, kcson, ippsu, jdbc);
        Map<?, ?> active = j.activeContract(today, today, ContractJourney.LEGAL_HELP);
        Object id = active.get("id");
        j.deliverEverything(active, today);
        assertThat(as("citizen").postForEntity("/api/contracts/" + id + "/act/sign", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<?, ?> executed = contract(id);
        List<Map<?, ?>> signatures = (List<Map<?, ?>>) executed.get("signatures");
        assertThat(signatures).extracting(s -> String.valueOf(s.get("signer"))).containsExactly(
                "Соколова Мария Андреевна, заведующий отделением (БУ «Ханты-Мансийский КЦСОН»)",
                "Петрова Анна Сергеевна", "Петрова Анна Сергеевна");

        String contractText = docxText(as("citizen").getForObject("/api/contracts/" + id + "/document", byte[].class));
        assertThat(contractText).contains("ДОГОВОР № " + executed.get("number"), "о предоставлении социальных услуг",
                "Петрова Анна Сергеевна", KCSON_FULL, "I. Предмет Договора", "II. Взаимодействие Сторон", "Исполнитель обязан",
                "Заказчик имеет право", "III. Стоимость социальных услуг", "VI. Срок действия Договора",
                "1,5 × прожиточный минимум 17 400,00 ₽ = 26 100,00 ₽", "Среднедушевой доход получателя: 21 500,00 ₽",
                "Размер платы в месяц: 0,00 ₽", "Периодичность", "2 раза в неделю");
        for (Map<?, ?> l : (List<Map<?, ?>>) executed.get("lines")) assertThat(contractText).contains(l.get("service").toString());
        assertThat(contractText).doesNotContain(ContractJourney.LEGAL_HELP);
        for (Map<?, ?> s : signatures) assertThat(contractText).contains(s.get("signer").toString(), s.get("documentHash").toString());

        String actText = docxText(as("provider").getForObject("/api/contracts/" + id + "/act/document", byte[].class));
        assertThat(actText).contains("АКТ", "о предоставлении социальных услуг по договору № " + executed.get("number"),
                "Петрова Анна Сергеевна", KCSON_FULL, "Запланировано", "Оказано", "Итого",
                "Соколова Мария Андреевна, заведующий отделением (БУ «Ханты-Мансийский КЦСОН»)");
        for (Map<?, ?> l : (List<Map<?, ?>>) executed.get("lines")) assertThat(actText).contains(l.get("service").toString());
        Map<?, ?> act = signatures.get(2);
        Map<?, ?> provider = signatures.get(0);
        assertThat(actText).contains("SHA-256 акта: " + act.get("documentHash"), "SHA-256 договора: " + provider.get("documentHash"));

        // the printable act page: the same figures and both signatures, for both parties, not for others
        java.net.http.HttpClient citizenPages = portal("citizen", "CITIZEN");
        java.net.http.HttpResponse<String> actPage = page(citizenPages, "/cabinet/contracts/" + id + "/act");
        assertThat(actPage.statusCode()).isEqualTo(200);
        String page = actPage.body();
        assertThat(page).contains("id=\"actLines\"", "id=\"actSignatures\"", "Запланировано", "Оказано", "Итого",
                "Соколова Мария Андреевна, заведующий отделением (БУ «Ханты-Мансийский КЦСОН»)");
        assertThat(page).contains("о предоставлении социальных услуг по договору № " + executed.get("number"),
                act.get("documentHash").toString(), provider.get("documentHash").toString(), "Петрова Анна Сергеевна");
        assertThat(page(portal("citizen2", "CITIZEN"), "/cabinet/contracts/" + id + "/act").statusCode()).isEqualTo(HttpStatus.NOT_FOUND.value());
        // the card shows how the monthly fee was computed and links the act
        String card = page(citizenPages, "/cabinet/contracts/" + id).body();
        assertThat(card).contains("id=\"feeComputation\"", "Как рассчитана плата (442-ФЗ, ст. 31–32)",
                "1,5 × прожиточный минимум 17 400,00 ₽ = 26 100,00 ₽", "Периодичность: 2 раза в неделю (≈ 8,67 в месяц)",
                "/cabinet/contracts/" + id + "/act");
        assertThat(as("provider2").getForEntity("/api/contracts/" + id + "/act/document", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
