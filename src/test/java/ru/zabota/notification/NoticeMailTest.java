package ru.zabota.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.catalog.CatalogJourney;
import ru.zabota.certificate.CertificateCase;
import ru.zabota.contract.ContractJourney;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notification e-mails really delivered to an in-process SMTP server (GreenMail) for a step of each process — [603]
 * the provider told of a new contract request, [602] the citizen told of the decision, ad moderation the provider
 * told of the publication, the catalog contract the provider told of a new order — after the commit; a rolled-back step sends nothing; a mail server that is down does not
 * fail the step (the step completes, the in-app notification stands, the failure is logged after the retries).
 * Its own application context: the only one with {@code spring.mail.host}.
 */
@ZabotaSpringTest
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings({"rawtypes", "unchecked"})
class NoticeMailTest {
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SMTP_PORT);
        r.add("zabota.mail.attempts", () -> 3);
        r.add("zabota.mail.backoff", () -> "PT0.2S");
        r.add("zabota.portal-url", () -> "https://zabota.example.ru");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NoticeMailer mailer;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    String providerEmail(String shortNamePart) {
        return jdbc.queryForObject("select email from provider where short_name like ?", String.class, "%" + shortNamePart + "%");
    }

    /** Waits up to 10 s for a mail to the address whose subject contains the text. */
    static Optional<MimeMessage> mailTo(String address, String subjectPart, Duration wait) throws Exception {
        Instant until = Instant.now().plus(wait);
        do {
            Optional<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address))
                            && m.getSubject().contains(subjectPart);
                } catch (Exception e) {
                    return false;
                }
            }).findFirst();
            if (found.isPresent()) return found;
            Thread.sleep(100);
        } while (Instant.now().isBefore(until));
        return Optional.empty();
    }

    @Test
    @Order(1)
    void contract603TheProviderIsMailedANewRequest() throws Exception {
        ContractJourney j = ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН");
        ResponseEntity<Map> created = as("citizen").postForEntity("/api/contracts",
                Map.of("providerId", j.providerId(), "basis", "IPPSU", "basisId", j.ippsuId()), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = created.getBody().get("number").toString();
        try {
            MimeMessage mail = mailTo(providerEmail("Ханты-Мансийский КЦСОН"), "Новый договор на заключении № " + number, Duration.ofSeconds(10))
                    .orElseThrow(() -> new AssertionError("no e-mail to the provider about " + number));
            assertThat(mail.getFrom()[0].toString()).isEqualTo("noreply@zabota.local");
            assertThat(mail.getContent().toString()).contains("https://zabota.example.ru/cabinet/contracts/" + created.getBody().get("id"));
        } finally {
            as("citizen").postForEntity("/api/contracts/" + created.getBody().get("id") + "/withdraw", null, Map.class);
        }
    }

    @Test
    @Order(2)
    void certificate602TheCitizenIsMailedTheDecision() throws Exception {
        Map<?, ?> app = new CertificateCase(http).runApproved("citizen").application();
        assertThat(app.get("statusLabel")).isEqualTo("Удовлетворено");
        assertThat(mailTo("petrova.as@example.ru", "выдан социальный сертификат", Duration.ofSeconds(10)))
                .as("the citizen's profile e-mail gets the decision").isPresent();
    }

    @Test
    @Order(3)
    void adModerationTheProviderIsMailedThePublication() throws Exception {
        CatalogJourney j = new CatalogJourney(http);
        Map<String, Object> form = CatalogJourney.form("grocery", "Доставка лекарств письмотест", "Привезём лекарства из аптеки в день заказа",
                "200", List.of(j.town("Ханты-Мансийск")));
        Map<?, ?> ad = j.create("provider", form).getBody();
        assertThat(j.submit("provider", ad.get("id")).getStatusCode()).isEqualTo(HttpStatus.OK);
        j.moderate(ad.get("number").toString(), "PUBLISH", null, null);
        assertThat(mailTo(providerEmail("Ханты-Мансийский КЦСОН"), "Объявление опубликовано: «Доставка лекарств письмотест»", Duration.ofSeconds(10)))
                .isPresent();
    }

    @Test
    @Order(3)
    void catalogContractTheProviderIsMailedANewOrder() throws Exception {
        Map page = http.getForObject("/api/catalog/ads?q=Социальное такси по Ханты-Мансийску&size=50", Map.class);
        Map ad = ((List<Map>) page.get("items")).stream().filter(a -> "Социальное такси по Ханты-Мансийску".equals(a.get("shortName")))
                .findFirst().orElseThrow(() -> new AssertionError("no demo taxi ad"));
        Long providerId = jdbc.queryForObject("select provider_id from catalog_ad where id = ?", Long.class, ((Number) ad.get("id")).longValue());
        String providerEmail = jdbc.queryForObject("select email from provider where id = ?", String.class, providerId);
        ResponseEntity<Map> created = as("citizen").postForEntity("/api/catalog-contracts", Map.of("adId", ad.get("id"),
                "plannedDate", java.time.LocalDate.now().plusDays(5).toString(), "quantity", 1, "comment", "Поездка в МФЦ"), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map summary = (Map) created.getBody().get("summary");
        String number = summary.get("number").toString();
        MimeMessage mail = mailTo(providerEmail, "Новый заказ по каталогу № " + number, Duration.ofSeconds(10))
                .orElseThrow(() -> new AssertionError("no e-mail to the provider about the catalog order " + number));
        assertThat(mail.getContent().toString()).contains("https://zabota.example.ru/catalog-contracts/" + summary.get("id"));
    }

    @Test
    @Order(4)
    void aRolledBackTransactionMailsNobody() throws Exception {
        long person = ((Number) as("citizen2").getForObject("/api/me", Map.class).get("actingForPersonId")).longValue();
        String rolledBack = "Откатится " + System.nanoTime();
        transactions.executeWithoutResult(s -> {
            events.publishEvent(Notice.toPerson(person, rolledBack, null));
            s.setRollbackOnly();
        });
        String committed = "Сохранится " + System.nanoTime();
        transactions.executeWithoutResult(s -> events.publishEvent(Notice.toPerson(person, committed, null)));
        // the committed one arrives; by then the rolled-back one, had it been sent, would have arrived before it
        assertThat(mailTo("kuznetsov.pi@example.ru", committed, Duration.ofSeconds(10))).isPresent();
        assertThat(mailTo("kuznetsov.pi@example.ru", rolledBack, Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    @Order(5)
    void aMailServerThatIsDownDoesNotFailTheStep(CapturedOutput output) throws Exception {
        long failedBefore = mailer.failedCount();
        smtp.stop();
        try {
            CatalogJourney j = new CatalogJourney(http);
            Map<String, Object> form = CatalogJourney.form("repair", "Ремонт без почты", "Мелкий ремонт, когда почтовый сервер не работает",
                    "500", List.of(j.town("Ханты-Мансийск")));
            Map<?, ?> ad = j.create("provider", form).getBody();
            j.submit("provider", ad.get("id"));
            Instant start = Instant.now();
            j.moderate(ad.get("number").toString(), "RETURN", "Уточните, какой ремонт", null);
            assertThat(Duration.between(start, Instant.now())).as("the step does not wait for the mail server").isLessThan(Duration.ofSeconds(5));

            // the step completed and the in-app notification stands
            assertThat(j.own("provider", ad.get("id")).get("statusLabel")).isEqualTo("Возвращено на доработку");
            Map<?, ?> list = as("provider").getForObject("/api/notifications?size=5", Map.class);
            List<Map<?, ?>> items = (List<Map<?, ?>>) ((Map<?, ?>) list.get("notifications")).get("items");
            assertThat(items.get(0).get("text").toString()).startsWith("Объявление возвращено на доработку: «Ремонт без почты»");

            // three attempts (0.2 s, 0.4 s apart), then the failure is logged
            Instant until = Instant.now().plusSeconds(15);
            while (mailer.failedCount() == failedBefore && Instant.now().isBefore(until)) Thread.sleep(100);
            assertThat(mailer.failedCount()).isGreaterThan(failedBefore);
            assertThat(output.getAll()).contains("(attempt 1 of 3), retrying", "NOT DELIVERED after 3 attempts");
        } finally {
            smtp.start();
        }
    }
}
