package ru.zabota.contract;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.people.Snils;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 001's journey through the API of both parties, shared by the H2 and PostgreSQL tests: the citizen
 * requests a contract from the ИППСУ, the provider removes a service, sets the term and signs, the citizen signs.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public record ContractJourney(TestRestTemplate http, long providerId, long ippsuId, JdbcTemplate jdbc) {
    /** A service of the demo ИППСУ that the tests remove from the contract. */
    public static final String LEGAL_HELP = "Оказание помощи в оформлении и восстановлении документов получателей социальных услуг";

    /** The demo citizen (Петрова А. С.) and her ИППСУ in force, with the registry provider whose short name contains the text. */
    public static ContractJourney of(TestRestTemplate http, JdbcTemplate jdbc, String providerNamePart) {
        long ippsu = jdbc.queryForObject("select i.id from ippsu i join person p on p.id = i.person_id where p.snils = ?"
                + " order by i.issued_on desc fetch first 1 rows only", Long.class, Snils.withChecksum("112233445"));
        long provider = jdbc.queryForObject("select id from provider where short_name like ?", Long.class, "%" + providerNamePart + "%");
        return new ContractJourney(http, provider, ippsu, jdbc);
    }

    /** A journey that leaves other contracts alone: its caller keeps the terms apart itself. */
    public ContractJourney(TestRestTemplate http, long providerId, long ippsuId) {
        this(http, providerId, ippsuId, null);
    }

    /**
     * One contract per ИППСУ service and period: contracts that earlier tests in the shared database left signed or
     * active over this term would refuse the new one, so they are closed first (the test's own contract is the only
     * one holding the services for the term).
     */
    void retireOverlapping(LocalDate from, LocalDate to) {
        if (jdbc == null) return;
        jdbc.update("update contract set status = 'CLOSED' where status in ('ACTIVE', 'SIGNING') and term_from <= ? and term_to >= ?"
                + " and person_id = (select person_id from ippsu where id = ?)", to, from, ippsuId);
    }

    /**
     * A request of the demo citizen to this provider left open by another test in the shared context would make the
     * next request 409 «open-request-exists» (one open request per provider); it is closed as withdrawn first.
     */
    void retireOpenRequests() {
        if (jdbc == null) return;
        jdbc.update("update contract set status = 'WITHDRAWN' where status = 'CONCLUDING' and provider_id = ?"
                + " and person_id = (select person_id from ippsu where id = ?)", providerId, ippsuId);
    }

    public TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    /** An active contract with the provider for the term, without the ИППСУ service named. */
    public Map<?, ?> activeContract(LocalDate from, LocalDate to, String removedService) {
        retireOverlapping(from, to);
        retireOpenRequests();
        ResponseEntity<Map> created = as("citizen").postForEntity("/api/contracts",
                Map.of("providerId", providerId, "basis", "IPPSU", "basisId", ippsuId), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Object id = created.getBody().get("id");
        List<Map<?, ?>> lines = (List<Map<?, ?>>) created.getBody().get("lines");
        Map<?, ?> removed = lines.stream().filter(l -> l.get("service").equals(removedService)).findFirst().orElseThrow();
        TestRestTemplate provider = as("provider");
        assertThat(provider.exchange("/api/contracts/" + id + "/services/" + removed.get("id"), HttpMethod.DELETE, HttpEntity.EMPTY, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> term = provider.exchange("/api/contracts/" + id + "/term", HttpMethod.PUT,
                new HttpEntity<>(Map.of("from", from.toString(), "to", to.toString())), Map.class);
        assertThat(term.getStatusCode()).as("term %s–%s: %s", from, to, term.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(as("citizen").postForEntity("/api/contracts/" + id + "/sign", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(provider.postForEntity("/api/contracts/" + id + "/sign", null, Map.class).getBody().get("statusLabel")).isEqualTo("На подписании");
        Map<?, ?> active = as("citizen").postForObject("/api/contracts/" + id + "/sign", null, Map.class);
        assertThat(active.get("statusLabel")).isEqualTo("Действующий");
        return active;
    }

    /** The worker puts the whole volume of every service on the day and confirms each visit with a drawn signature. */
    public List<Object> deliverEverything(Map<?, ?> contract, LocalDate day) {
        List<Object> ids = new java.util.ArrayList<>();
        for (Map<?, ?> line : (List<Map<?, ?>>) contract.get("lines")) {
            for (int i = 0; i < (Integer) line.get("termVolume"); i++) {
                ResponseEntity<Map> r = schedule("worker", contract.get("id"), line.get("id"), day + "T%02d:%02d:00".formatted(8 + ids.size() / 4, ids.size() % 4 * 15));
                assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                ids.add(r.getBody().get("id"));
            }
        }
        for (Object id : ids) {
            assertThat(confirm("worker", id, drawnSignature()).getBody()).containsEntry("statusLabel", "Подтверждено");
        }
        return ids;
    }

    public ResponseEntity<Map> schedule(String user, Object contractId, Object lineId, String at) {
        return as(user).postForEntity("/api/contracts/" + contractId + "/deliveries", Map.of("lineId", lineId, "scheduledAt", at), Map.class);
    }

    public ResponseEntity<Map> confirm(String user, Object deliveryId, String signature) {
        return as(user).postForEntity("/api/deliveries/" + deliveryId + "/confirm", Map.of("signature", signature), Map.class);
    }

    /** A drawn signature: a PNG data URL with a stroke on it, as the signature pad sends it. */
    public static String drawnSignature() {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1a, 0x23, 0x7e));
        g.setStroke(new BasicStroke(3));
        g.drawPolyline(new int[]{20, 60, 90, 130, 170, 220, 270}, new int[]{80, 30, 90, 40, 95, 35, 70}, 7);
        g.dispose();
        return dataUrl(image);
    }

    /** The same size, nothing drawn. */
    public static String blankSignature() {
        return dataUrl(new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB));
    }

    private static String dataUrl(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
