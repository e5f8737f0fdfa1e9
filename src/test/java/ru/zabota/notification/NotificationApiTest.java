package ru.zabota.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.contract.ContractJourney;
import ru.zabota.messaging.PortalPages;
import ru.zabota.security.ActingContext;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Уведомления» (issue 12): a step that starts waiting tells the party (here [603]'s request and withdrawal, and
 * messages), with the unread count on each side; a representative reads the child's; strangers 404; the page with
 * the bell, «Открыть» and «Отметить все прочитанными»; a rolled-back transaction stores nothing.
 */
@ZabotaSpringTest
@SuppressWarnings({"rawtypes", "unchecked"})
class NotificationApiTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @LocalServerPort
    int port;

    TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    Map<?, ?> list(String user, HttpHeaders headers) {
        return as(user).exchange("/api/notifications?size=100", HttpMethod.GET, new HttpEntity<>(headers), Map.class).getBody();
    }

    long unread(String user) {
        return unread(user, new HttpHeaders());
    }

    long unread(String user, HttpHeaders headers) {
        return ((Number) list(user, headers).get("unread")).longValue();
    }

    List<Map<?, ?>> items(String user, HttpHeaders headers) {
        return (List<Map<?, ?>>) ((Map<?, ?>) list(user, headers).get("notifications")).get("items");
    }

    @Test
    void aContractRequestTellsTheProviderAndTheWithdrawalTellsItAgain() {
        ContractJourney j = ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН");
        long providerBefore = unread("provider");
        long otherBefore = unread("provider2");
        long citizenBefore = unread("citizen");

        ResponseEntity<Map> created = as("citizen").postForEntity("/api/contracts",
                Map.of("providerId", j.providerId(), "basis", "IPPSU", "basisId", j.ippsuId()), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Object contract = created.getBody().get("id");
        String number = created.getBody().get("number").toString();
        try {
            assertThat(unread("provider")).isEqualTo(providerBefore + 1);
            assertThat(unread("provider2")).isEqualTo(otherBefore);
            assertThat(unread("citizen")).isEqualTo(citizenBefore);
            Map<?, ?> newest = items("provider", new HttpHeaders()).get(0);
            assertThat(newest.get("text").toString()).startsWith("Новый договор на заключении № " + number);
            assertThat(newest.get("link")).isEqualTo("/cabinet/contracts/" + contract);
            assertThat(newest.get("read")).isEqualTo(false);
            Object id = newest.get("id");

            // another party's notification is 404; the organisation's employee in the provider's role reads it; twice is once
            for (String stranger : List.of("citizen", "provider2", "citizen2")) {
                assertThat(as(stranger).postForEntity("/api/notifications/" + id + "/read", null, String.class).getStatusCode())
                        .as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
            }
            assertThat(as("worker").getForEntity("/api/notifications", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.getForEntity("/api/notifications", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(unread("provider")).isEqualTo(providerBefore + 1);
            ResponseEntity<Map> read = as("provider").postForEntity("/api/notifications/" + id + "/read", null, Map.class);
            assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody().get("read")).isEqualTo(true);
            assertThat(as("provider").postForEntity("/api/notifications/" + id + "/read", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(unread("provider")).isEqualTo(providerBefore);
        } finally {
            assertThat(as("citizen").postForEntity("/api/contracts/" + contract + "/withdraw", null, Map.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        Map<?, ?> withdrawn = items("provider", new HttpHeaders()).get(0);
        assertThat(withdrawn.get("text")).isEqualTo("Получатель отозвал запрос договора № " + number);
        assertThat(unread("provider")).isEqualTo(providerBefore + 1);
    }

    /** The texts of the party's notifications about one contract, newest first. */
    List<String> about(String user, String number) {
        return items(user, new HttpHeaders()).stream().map(n -> n.get("text").toString()).filter(t -> t.contains("№ " + number)).toList();
    }

    @Test
    void eachStepOfAConcludedContractTellsThePartyItNowWaitsOn() {
        ContractJourney j = ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН");
        java.time.LocalDate today = java.time.LocalDate.now(ru.zabota.TimeConfig.REGION_ZONE);
        Map<?, ?> active = j.activeContract(today, today.plusMonths(1), ContractJourney.LEGAL_HELP);
        String number = active.get("number").toString();
        assertThat(about("provider", number)).containsExactly(
                "Договор № " + number + " подписан получателем и вступил в действие",
                "Новый договор на заключении № " + number + ": рассмотрите запрос получателя и подпишите договор или откажитесь");
        assertThat(about("citizen", number)).containsExactly(
                "Договор № " + number + " вступил в действие. Сформирован акт оказанных услуг: подпишите его после оказания услуг",
                "Договор подписан поставщиком № " + number + ": подпишите его или откажитесь");
        assertThat(about("provider2", number)).isEmpty();
        assertThat(about("citizen2", number)).isEmpty();
    }

    @Test
    void theRepresentativeReadsTheChildsNoticesNotHerOwnInTheirPlace() {
        long org = ((Number) as("provider").getForObject("/api/me", Map.class).get("providerId")).longValue();
        List<Map<?, ?>> represented = (List<Map<?, ?>>) as("parent").getForObject("/api/me", Map.class).get("represented");
        long child = ((Number) represented.get(0).get("personId")).longValue();
        HttpHeaders forChild = new HttpHeaders();
        forChild.set(ActingContext.ACTING_FOR_HEADER, Long.toString(child));
        long childBefore = unread("parent", forChild);
        long ownBefore = unread("parent");
        long providerBefore = unread("provider");

        ResponseEntity<Map> started = as("parent").exchange("/api/messages/threads", HttpMethod.POST,
                new HttpEntity<>(Map.of("providerId", org, "text", "Вопрос о занятиях"), forChild), Map.class);
        Object thread = started.getBody().get("id");
        assertThat(unread("provider")).isEqualTo(providerBefore + 1);
        assertThat(items("provider", new HttpHeaders()).get(0).get("text").toString())
                .startsWith("Новое сообщение от получателя услуг: Смирнова Елена Викторовна, законный представитель за Смирнов Артём Игоревич");
        as("provider").postForEntity("/api/messages/threads/" + thread + "/messages", Map.of("text", "Ответ"), Map.class);

        assertThat(unread("parent", forChild)).isEqualTo(childBefore + 1);
        assertThat(unread("parent")).isEqualTo(ownBefore);
        Map<?, ?> notice = items("parent", forChild).get(0);
        assertThat(notice.get("text")).isEqualTo("Новое сообщение от поставщика «БУ «Ханты-Мансийский КЦСОН»»");
        assertThat(notice.get("link")).isEqualTo("/cabinet/messages/" + thread);
        // acting for herself she cannot mark the child's notice; acting for the child she can
        assertThat(as("parent").postForEntity("/api/notifications/" + notice.get("id") + "/read", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("parent").exchange("/api/notifications/" + notice.get("id") + "/read", HttpMethod.POST, new HttpEntity<>(forChild), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(unread("parent", forChild)).isEqualTo(childBefore);
    }

    @Test
    void thePageShowsTheBellOpensTheRecordAndMarksAllRead() throws Exception {
        long citizenId = ((Number) as("citizen").getForObject("/api/me", Map.class).get("actingForPersonId")).longValue();
        events.publishEvent(Notice.toPerson(citizenId, "Проверка страницы <b>уведомлений</b>", "/cabinet/certificates"));
        events.publishEvent(Notice.toPerson(citizenId, "Вторая проверка", "//evil.example.com/"));
        long unread = unread("citizen");
        assertThat(unread).isGreaterThanOrEqualTo(2);

        PortalPages citizen = PortalPages.as(port, "citizen", "CITIZEN", null);
        String page = citizen.get("/notifications").body();
        assertThat(page).contains("id=\"notificationBell\"", "id=\"notificationCount\">" + unread + "<",
                "Проверка страницы &lt;b&gt;уведомлений&lt;/b&gt;", "Отметить все прочитанными");
        assertThat(page.indexOf("Вторая проверка")).as("newest first").isLessThan(page.indexOf("Проверка страницы"));
        assertThat(PortalPages.anonymous(port).get("/").body()).doesNotContain("notificationBell");

        List<Map<?, ?>> mine = items("citizen", new HttpHeaders());
        Object first = mine.stream().filter(n -> n.get("text").toString().startsWith("Проверка страницы")).findFirst().orElseThrow().get("id");
        Object second = mine.stream().filter(n -> n.get("text").equals("Вторая проверка")).findFirst().orElseThrow().get("id");
        HttpResponse<String> opened = citizen.post("/notifications/" + first + "/read", Map.of("open", "true"), page);
        assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/cabinet/certificates");
        // a link off the portal is never followed
        HttpResponse<String> offsite = citizen.post("/notifications/" + second + "/read", Map.of("open", "true"), page);
        assertThat(offsite.headers().firstValue("Location").orElse("")).endsWith("/notifications").doesNotContain("evil");
        assertThat(unread("citizen")).isEqualTo(unread - 2);

        citizen.post("/notifications/read-all", Map.of(), citizen.get("/notifications").body());
        assertThat(unread("citizen")).isZero();
        assertThat(citizen.get("/notifications").body()).contains("Все уведомления отмечены прочитанными").doesNotContain("id=\"notificationCount\"");
        assertThat(PortalPages.as(port, "worker", "WORKER", null).get("/notifications").statusCode()).isEqualTo(403);
    }

    @Test
    void aRolledBackTransactionLeavesNoNotification() {
        long citizenId = ((Number) as("citizen2").getForObject("/api/me", Map.class).get("actingForPersonId")).longValue();
        String marker = "Откат " + System.nanoTime();
        transactions.executeWithoutResult(s -> {
            events.publishEvent(Notice.toPerson(citizenId, marker, null));
            assertThat(jdbc.queryForObject("select count(*) from notification where text = ?", Integer.class, marker))
                    .as("stored in the publisher's transaction").isEqualTo(1);
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from notification where text = ?", Integer.class, marker)).isZero();
        transactions.executeWithoutResult(s -> events.publishEvent(Notice.toPerson(citizenId, marker, null)));
        assertThat(jdbc.queryForObject("select count(*) from notification where text = ?", Integer.class, marker)).isEqualTo(1);
    }
}
