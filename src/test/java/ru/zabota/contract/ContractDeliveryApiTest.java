package ru.zabota.contract;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.support.Race;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 001 from the signed contract on: the worker records and confirms every delivery with the citizen's drawn
 * signature, the ИППСУ shows the delivered counts, the citizen signs the act («Исполнен») and rates the provider.
 */
@ZabotaSpringTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ContractDeliveryApiTest {
    static final String LEGAL_HELP = ContractJourney.LEGAL_HELP;

    @Autowired
    TestRestTemplate http;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ContractSignatureRepository signatures;
    @Autowired
    DeliveryRepository deliveries;

    ContractJourney journey() {
        return ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН");
    }

    @Test
    void workerDeliversEverythingCitizenSignsTheActAndRates() {
        ContractJourney j = journey();
        LocalDate today = LocalDate.now(ru.zabota.TimeConfig.REGION_ZONE);
        LocalDate from = today.minusDays(6), to = today.plusDays(1);
        Map<?, ?> contract = j.activeContract(from, to, LEGAL_HELP);
        Object id = contract.get("id");
        List<Map<?, ?>> lines = (List<Map<?, ?>>) contract.get("lines");
        assertThat(lines).hasSize(3);

        // «Договоры» is a paged list of summaries, newest first, for both parties
        for (String party : List.of("citizen", "provider")) {
            Map<?, ?> page = j.as(party).getForObject("/api/contracts?size=1", Map.class);
            assertThat((List<Map<?, ?>>) page.get("items")).singleElement().satisfies(row -> assertThat(row.get("id")).isEqualTo(id));
            assertThat(((Number) page.get("total")).intValue()).isEqualTo(((Number) page.get("totalPages")).intValue());
        }

        // the act cannot be signed before everything is delivered
        ResponseEntity<Map> early = j.as("citizen").postForEntity("/api/contracts/" + id + "/act/sign", null, Map.class);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody()).containsEntry("code", "act-not-ready");
        assertThat(j.as("citizen").getForObject("/api/contracts/" + id, Map.class)).containsEntry("actSignable", false);

        // the worker fills the calendar: the whole volume of each service, inside the term
        List<Object> scheduled = new ArrayList<>();
        Object tomorrowsDelivery = null;
        for (Map<?, ?> line : lines) {
            int volume = (Integer) line.get("termVolume");
            for (int i = 0; i < volume; i++) {
                String at = (i == 0 && tomorrowsDelivery == null ? to : from.plusDays(i)) + "T10:" + (10 + scheduled.size()) + ":00";
                ResponseEntity<Map> r = j.schedule("worker", id, line.get("id"), at);
                assertThat(r.getStatusCode()).as(at).isEqualTo(HttpStatus.CREATED);
                assertThat(r.getBody()).containsEntry("statusLabel", "Запланировано");
                if (tomorrowsDelivery == null) tomorrowsDelivery = r.getBody().get("id");
                scheduled.add(r.getBody().get("id"));
            }
            // beyond the contracted volume: refused, nothing saved
            ResponseEntity<Map> more = j.schedule("provider", id, line.get("id"), from + "T12:00:00");
            assertThat(more.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(more.getBody()).containsEntry("code", "volume-exhausted");
        }
        assertThat(deliveries.findByContractIdOrderByScheduledAtAscIdAsc(((Number) id).longValue())).hasSize(scheduled.size());
        // outside the term, by the citizen, by another provider: refused
        assertThat(j.schedule("worker", id, lines.get(0).get("id"), to.plusDays(1) + "T10:00:00").getBody()).containsEntry("code", "outside-term");
        assertThat(j.schedule("citizen", id, lines.get(0).get("id"), from + "T10:00:00").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(j.schedule("provider2", id, lines.get(0).get("id"), from + "T10:00:00").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(j.as("provider2").getForEntity("/api/deliveries/" + scheduled.get(1), Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // the provider's calendar shows the week
        List<?> week = j.as("provider").getForObject("/api/deliveries?from=" + from + "&to=" + to + "&contractId=" + id, List.class);
        assertThat(week).hasSize(scheduled.size());

        // tomorrow's visit cannot be confirmed yet; moved to today it can
        ResponseEntity<Map> future = j.confirm("worker", tomorrowsDelivery, ContractJourney.drawnSignature());
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(future.getBody()).containsEntry("code", "delivery-in-future");
        ResponseEntity<Map> moved = j.as("worker").exchange("/api/deliveries/" + tomorrowsDelivery, HttpMethod.PUT,
                new HttpEntity<>(Map.of("scheduledAt", today + "T08:00:00")), Map.class);
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody().get("scheduledAt").toString()).startsWith(today + "T08:00");

        // an empty signature is refused; the worker's phone takes the citizen's drawn signature for every visit but one
        ResponseEntity<Map> blank = j.confirm("worker", scheduled.get(0), ContractJourney.blankSignature());
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(blank.getBody()).containsEntry("code", "signature-required");
        for (Object delivery : scheduled.subList(0, scheduled.size() - 1)) {
            ResponseEntity<Map> ok = j.confirm("worker", delivery, ContractJourney.drawnSignature());
            assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(ok.getBody()).containsEntry("statusLabel", "Подтверждено");
            assertThat(ok.getBody().get("documentHash").toString()).hasSize(64);
        }
        // the citizen confirms the last past visit in the cabinet
        Object last = scheduled.get(scheduled.size() - 1);
        assertThat(j.confirm("citizen", last, ContractJourney.drawnSignature()).getBody()).containsEntry("statusLabel", "Подтверждено");
        ResponseEntity<byte[]> image = j.as("citizen").getForEntity("/api/deliveries/" + last + "/signature", byte[].class);
        assertThat(image.getBody()).startsWith(0x89, 'P', 'N', 'G');

        // a confirmed delivery cannot be changed or deleted
        ResponseEntity<Map> edit = j.as("worker").exchange("/api/deliveries/" + last, HttpMethod.PUT,
                new HttpEntity<>(Map.of("scheduledAt", from + "T09:00:00")), Map.class);
        assertThat(edit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(edit.getBody().get("detail").toString()).contains("изменить или удалить его нельзя");
        assertThat(j.as("worker").exchange("/api/deliveries/" + last, HttpMethod.DELETE, HttpEntity.EMPTY, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // the ИППСУ shows planned and delivered counts
        List<Map<?, ?>> ippsuLines = (List<Map<?, ?>>) j.as("citizen").getForObject("/api/ippsu", Map.class).get("services");
        for (Map<?, ?> line : lines) {
            Map<?, ?> ippsuLine = ippsuLines.stream().filter(l -> l.get("service").equals(line.get("service"))).findFirst().orElseThrow();
            assertThat(((Number) ippsuLine.get("delivered")).intValue()).isGreaterThanOrEqualTo((Integer) line.get("termVolume"));
        }

        // the act: two identical requests at once leave one signature; the contract is «Исполнен» for both parties
        TestRestTemplate citizen = j.as("citizen");
        Race.assertOneEffectNoError(Race.of(4, () -> citizen.postForEntity("/api/contracts/" + id + "/act/sign", null, Map.class)));
        assertThat(signatures.findByContractIdOrderBySignedAtAsc(((Number) id).longValue()))
                .extracting(ContractSignature::getParty).containsExactly(SigningParty.PROVIDER, SigningParty.CITIZEN, SigningParty.ACT);
        assertThat(j.as("provider").getForObject("/api/contracts/" + id, Map.class).get("statusLabel")).isEqualTo("Исполнен");
        assertThat(citizen.getForObject("/api/contracts/" + id, Map.class).get("statusLabel")).isEqualTo("Исполнен");
        // after the act nothing more is scheduled
        assertThat(j.schedule("worker", id, lines.get(0).get("id"), from + "T10:00:00").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // the rating: 1–5, once; the provider's card shows the average and the count
        Map<?, ?> before = (Map<?, ?>) http.getForObject("/api/providers/" + j.providerId(), Map.class).get("rating");
        assertThat(citizen.postForEntity("/api/contracts/" + id + "/review", Map.of("rating", 7), Map.class).getBody())
                .containsEntry("code", "invalid-rating");
        ResponseEntity<Map> review = citizen.postForEntity("/api/contracts/" + id + "/review", Map.of("rating", 4, "comment", "Вежливо и вовремя"), Map.class);
        assertThat(review.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(citizen.postForEntity("/api/contracts/" + id + "/review", Map.of("rating", 5), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        Map<?, ?> after = (Map<?, ?>) http.getForObject("/api/providers/" + j.providerId(), Map.class).get("rating");
        assertThat(((Number) after.get("count")).longValue()).isEqualTo(((Number) before.get("count")).longValue() + 1);
        assertThat(((Number) after.get("average")).doubleValue()).isBetween(1.0, 5.0);
        assertThat(citizen.getForObject("/api/contracts/" + id, Map.class).get("review")).isNotNull();
        // the registry list shows it too, so that citizens can compare providers
        List<Map<?, ?>> found = (List<Map<?, ?>>) http.getForObject("/api/providers?q=Ханты-Мансийский КЦСОН", Map.class).get("items");
        assertThat(found).anySatisfy(p -> assertThat(((Map<?, ?>) p.get("rating")).get("count")).isEqualTo(after.get("count")));
    }

    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Test
    void theRatingIsOfferedFor30DaysAfterTheAct() {
        ContractJourney j = journey();
        LocalDate today = LocalDate.now(ru.zabota.TimeConfig.REGION_ZONE);
        Map<?, ?> contract = j.activeContract(today.minusDays(1), today, LEGAL_HELP);
        Object id = contract.get("id");
        j.deliverEverything(contract, today.minusDays(1));
        Map<String, Object> executed = j.as("citizen").postForObject("/api/contracts/" + id + "/act/sign", null, Map.class);
        assertThat(executed).containsEntry("statusLabel", "Исполнен").containsEntry("ratingOpen", true);

        // 30 days pass: the process closes the offer
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey((String) contract.get("number")).singleResult().getId();
        var window = management.createJobQuery().processInstanceId(instance)
                .activityId(SocialContractProcess.Elements.RATING_WINDOW).singleResult();
        assertThat(window.getDuedate()).isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(29))));
        management.executeJob(window.getId());

        ResponseEntity<Map> late = j.as("citizen").postForEntity("/api/contracts/" + id + "/review", Map.of("rating", 3), Map.class);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody()).containsEntry("code", "rating-closed");
        Map<String, Object> after = j.as("citizen").getForObject("/api/contracts/" + id, Map.class);
        assertThat(after).containsEntry("ratingOpen", false).containsEntry("review", null);
    }

    @Test
    void aScheduledDeliveryCanBeMovedAndDeletedAndTheCalendarIsTheProvidersOnly() {
        ContractJourney j = journey();
        LocalDate today = LocalDate.now(ru.zabota.TimeConfig.REGION_ZONE);
        Map<?, ?> contract = j.activeContract(today, today.plusDays(30), LEGAL_HELP);
        Object id = contract.get("id");
        Object line = ((List<Map<?, ?>>) contract.get("lines")).get(0).get("id");
        Object delivery = j.schedule("provider", id, line, today.plusDays(2) + "T11:30:00").getBody().get("id");
        assertThat(j.as("citizen").getForObject("/api/contracts/" + id + "/deliveries", List.class)).hasSize(1);
        assertThat(j.as("citizen").getForEntity("/api/deliveries?from=" + today + "&to=" + today, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(j.as("citizen").exchange("/api/deliveries/" + delivery, HttpMethod.DELETE, HttpEntity.EMPTY, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(j.as("provider").exchange("/api/deliveries/" + delivery, HttpMethod.DELETE, HttpEntity.EMPTY, Void.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(deliveries.findById(((Number) delivery).longValue())).isEmpty();
    }
}
