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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001's journey up to the signed contract, through the API of both parties, and its refusals. */
@ZabotaSpringTest
class ContractApiTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ContractSignatureRepository signatures;

    private ResponseEntity<Map> request(String provider) {
        ContractJourney j = ContractJourney.of(http, jdbc, provider);
        // the term set below (today + 9 days, 30 days long) must not be held by a contract another test signed
        java.time.LocalDate from = java.time.LocalDate.now(ru.zabota.TimeConfig.REGION_ZONE).plusDays(9);
        j.retireOverlapping(from, from.plusDays(30));
        return http.withBasicAuth("citizen", "demo").postForEntity("/api/contracts",
                Map.of("providerId", j.providerId(), "basis", "IPPSU", "basisId", j.ippsuId()), Map.class);
    }

    @Test
    void requestEditSignBothSidesAndPrint() {
        ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН").retireOpenRequests(); // one left by another test would make this 409
        ResponseEntity<Map> created = request("Ханты-Мансийский КЦСОН");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<?, ?> c = created.getBody();
        Object id = c.get("id");
        assertThat(c.get("statusLabel")).isEqualTo("На заключении");
        List<Map<?, ?>> lines = (List<Map<?, ?>>) c.get("lines");
        assertThat(lines).hasSize(4); // the provider offers all four ИППСУ services

        TestRestTemplate provider = http.withBasicAuth("provider", "demo");
        TestRestTemplate citizen = http.withBasicAuth("citizen", "demo");
        java.time.LocalDate from = java.time.LocalDate.now(ru.zabota.TimeConfig.REGION_ZONE).plusDays(9);
        // the citizen cannot sign before the provider
        assertThat(citizen.postForEntity("/api/contracts/" + id + "/sign", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        // another provider does not see it
        TestRestTemplate provider2 = http.withBasicAuth("provider2", "demo");
        assertThat(provider2.getForEntity("/api/contracts/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(provider2.postForEntity("/api/contracts/" + id + "/sign", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // the provider removes a service, may not sign without a term, sets the term and signs
        Map<?, ?> edited = provider.exchange("/api/contracts/" + id + "/services/" + lines.get(3).get("id"), HttpMethod.DELETE,
                HttpEntity.EMPTY, Map.class).getBody();
        assertThat((List<?>) edited.get("lines")).hasSize(3);
        ResponseEntity<Map> noTerm = provider.postForEntity("/api/contracts/" + id + "/sign", null, Map.class);
        assertThat(noTerm.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(noTerm.getBody()).containsEntry("code", "term-required");
        ResponseEntity<Map> outside = provider.exchange("/api/contracts/" + id + "/term", HttpMethod.PUT,
                new HttpEntity<>(Map.of("from", from.toString(), "to", from.plusYears(2).toString())), Map.class);
        assertThat(outside.getBody()).containsEntry("code", "term-outside-ippsu");
        Map<?, ?> withTerm = provider.exchange("/api/contracts/" + id + "/term", HttpMethod.PUT,
                new HttpEntity<>(Map.of("from", from.toString(), "to", from.plusDays(30).toString())), Map.class).getBody();
        assertThat(withTerm.get("termTo")).isEqualTo(from.plusDays(30).toString());
        assertThat(new java.math.BigDecimal(withTerm.get("monthlyCost").toString())).isPositive();
        assertThat(withTerm.get("feeExplanation").toString()).contains("Бесплатно"); // income 21 500 below the pensioners' limit

        // two identical signing requests at once leave one signature
        Race.assertOneEffectNoError(Race.of(4, () -> provider.postForEntity("/api/contracts/" + id + "/sign", null, Map.class)));
        assertThat(signatures.findByContractIdOrderBySignedAtAsc(((Number) id).longValue())).hasSize(1);
        assertThat(provider.getForObject("/api/contracts/" + id, Map.class).get("statusLabel")).isEqualTo("На подписании");
        // once signed the provider can no longer edit
        assertThat(provider.exchange("/api/contracts/" + id + "/services/" + lines.get(0).get("id"), HttpMethod.DELETE,
                HttpEntity.EMPTY, Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // the citizen signs: «Действующий»; signing again changes nothing
        Map<?, ?> active = citizen.postForObject("/api/contracts/" + id + "/sign", null, Map.class);
        assertThat(active.get("statusLabel")).isEqualTo("Действующий");
        assertThat(citizen.postForEntity("/api/contracts/" + id + "/sign", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<?, ?>> signed = (List<Map<?, ?>>) citizen.getForObject("/api/contracts/" + id, Map.class).get("signatures");
        assertThat(signed.stream().map(s -> s.get("party").toString()).toList()).containsExactly("PROVIDER", "CITIZEN");
        assertThat(signed.get(0).get("documentHash").toString()).hasSize(64);

        // both can print it
        for (TestRestTemplate party : List.of(citizen, provider)) {
            ResponseEntity<byte[]> doc = party.getForEntity("/api/contracts/" + id + "/document", byte[].class);
            assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(doc.getBody()).startsWith(new byte[]{'P', 'K'});
        }
        // case [603] is «Удовлетворено»
        List<Map<?, ?>> cases = (List<Map<?, ?>>) citizen.getForObject("/api/cases", Map.class).get("items");
        assertThat(cases).anySatisfy(x -> {
            assertThat(x.get("number")).isEqualTo(c.get("number"));
            assertThat(x.get("statusLabel")).isEqualTo("Удовлетворено");
        });
    }

    @Test
    void oneOpenRequestPerProviderAndOnlyProvidersOfferingTheServices() {
        ContractJourney.of(http, jdbc, "Забота о ближнем").retireOpenRequests();
        ResponseEntity<Map> first = request("Забота о ближнем");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> second = request("Забота о ближнем");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody()).containsEntry("code", "open-request-exists");
        ResponseEntity<Map> none = request("Центр «Радуга»");
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(none.getBody()).containsEntry("code", "provider-offers-none");
        // the provider declines with a reason: «Отклонён»
        Object id = first.getBody().get("id");
        assertThat(http.withBasicAuth("provider", "demo").postForEntity("/api/contracts/" + id + "/decline",
                Map.of("reason", "x"), Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND); // not its contract
        ResponseEntity<Map> noReason = http.withBasicAuth("citizen", "demo").postForEntity("/api/contracts/" + id + "/decline", Map.of("reason", ""), Map.class);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.CONFLICT); // citizen may decline only «На подписании»
    }
}
