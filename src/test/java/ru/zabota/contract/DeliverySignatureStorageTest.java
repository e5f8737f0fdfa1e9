package ru.zabota.contract;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.TimeConfig;
import ru.zabota.ZabotaSpringTest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drawn signatures of deliveries live in {@code delivery_signature}: a contract card, its list of deliveries and
 * the provider's calendar load no image (Hibernate statistics), the progress of a contract loads no delivery at
 * all, and {@code GET /api/deliveries/{id}/signature} still answers the PNG that was drawn.
 */
@ZabotaSpringTest
@SuppressWarnings({"rawtypes", "unchecked"})
class DeliverySignatureStorageTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory emf;

    Statistics statistics;
    boolean statisticsWereEnabled;

    @BeforeEach
    void statisticsOn() {
        statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statisticsWereEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void statisticsBack() {
        statistics.setStatisticsEnabled(statisticsWereEnabled);
    }

    @Test
    void aDeliveryCarriesNoImage() {
        List<Class<?>> types = emf.getMetamodel().entity(Delivery.class).getAttributes().stream()
                .map(Attribute::getJavaType).<Class<?>>map(t -> t).toList();
        assertThat(types).doesNotContain(byte[].class, Byte[].class);
    }

    @Test
    void listsOfDeliveriesLoadNoSignatureImageAndTheImageIsStillServed() {
        ContractJourney j = ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН");
        LocalDate today = LocalDate.now(TimeConfig.REGION_ZONE);
        Map<?, ?> contract = j.activeContract(today.minusDays(2), today, ContractDeliveryApiTest.LEGAL_HELP);
        Object id = contract.get("id");
        String drawn = ContractJourney.drawnSignature();
        List<Object> delivered = j.deliverEverything(contract, today.minusDays(1));
        assertThat(delivered).hasSizeGreaterThan(1);
        assertThat(jdbc.queryForObject("select count(*) from delivery_signature s join delivery d on d.id = s.delivery_id"
                + " where d.contract_id = ?", Integer.class, id)).isEqualTo(delivered.size());

        // the contract card counts deliveries per line in the database: no delivery, no image is loaded
        statistics.clear();
        Map<String, Object> card = j.as("citizen").getForObject("/api/contracts/" + id, Map.class);
        assertThat((List<Map<?, ?>>) card.get("lines")).allSatisfy(l -> assertThat(l.get("delivered")).isEqualTo(l.get("termVolume")));
        assertThat(card).containsEntry("actSignable", true);
        assertThat(statistics.getEntityStatistics(Delivery.class.getName()).getLoadCount()).isZero();
        assertNoImageRead();

        // the lists of deliveries (the recipient's contract, the provider's calendar) load deliveries, not images
        statistics.clear();
        List<?> ofContract = j.as("citizen").getForObject("/api/contracts/" + id + "/deliveries", List.class);
        List<?> calendar = j.as("provider").getForObject("/api/deliveries?from=" + today.minusDays(1) + "&to=" + today
                + "&contractId=" + id, List.class);
        Map<String, Object> one = j.as("worker").getForObject("/api/deliveries/" + delivered.get(0), Map.class);
        assertThat(ofContract).hasSize(delivered.size());
        assertThat(calendar).hasSize(delivered.size());
        assertThat(one).containsEntry("statusLabel", "Подтверждено");
        assertThat(statistics.getEntityStatistics(Delivery.class.getName()).getLoadCount()).isGreaterThanOrEqualTo(2L * delivered.size());
        assertNoImageRead();

        // asked for, the image is read (one query) and is the PNG that was drawn, for both parties
        statistics.clear();
        ResponseEntity<byte[]> image = j.as("citizen").getForEntity("/api/deliveries/" + delivered.get(0) + "/signature", byte[].class);
        assertThat(image.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(image.getHeaders().getContentType().isCompatibleWith(MediaType.IMAGE_PNG)).isTrue();
        assertThat(image.getBody()).isEqualTo(DeliveryService.signaturePng(drawn));
        assertThat(imageQueries()).isEqualTo(1);
        assertThat(j.as("worker").getForEntity("/api/deliveries/" + delivered.get(1) + "/signature", byte[].class).getBody())
                .startsWith(0x89, 'P', 'N', 'G');
        // someone else's delivery: 404, as if it did not exist
        assertThat(j.as("provider2").getForEntity("/api/deliveries/" + delivered.get(0) + "/signature", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anUnconfirmedDeliveryHasNoImage() {
        ContractJourney j = ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН");
        LocalDate today = LocalDate.now(TimeConfig.REGION_ZONE);
        Map<?, ?> contract = j.activeContract(today, today.plusDays(30), ContractDeliveryApiTest.LEGAL_HELP);
        Object line = ((List<Map<?, ?>>) contract.get("lines")).get(0).get("id");
        Object delivery = j.schedule("worker", contract.get("id"), line, today.plusDays(1) + "T10:00:00").getBody().get("id");
        assertThat(j.as("citizen").getForEntity("/api/deliveries/" + delivery + "/signature", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void assertNoImageRead() {
        assertThat(statistics.getEntityStatistics(DeliverySignature.class.getName()).getLoadCount()).isZero();
        assertThat(imageQueries()).isZero();
    }

    /** Executions of queries (JPQL or SQL) that name the signature entity or its table. */
    private long imageQueries() {
        return Arrays.stream(statistics.getQueries())
                .filter(q -> q.contains("DeliverySignature") || q.toLowerCase().contains("delivery_signature"))
                .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionCount()).sum();
    }
}
