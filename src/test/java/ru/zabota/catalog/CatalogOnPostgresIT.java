package ru.zabota.catalog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.support.PostgresTestBase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog on PostgreSQL: the whole journey, and a benchmark of the public list on a large catalog (10,000
 * published ads generated in SQL): the category list with a territory filter and a search, median of repeated calls,
 * printed, not asserted.
 */
class CatalogOnPostgresIT extends PostgresTestBase {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CatalogQuery query;

    @Test
    void wholeJourneyOnPostgresql() {
        new CatalogJourney(http).wholeJourney("пгтест");
    }

    @Test
    void theCategoryListStaysFastOnTenThousandAds() {
        Long provider = jdbc.queryForObject("select min(id) from provider where catalog_enabled = true", Long.class);
        try {
            jdbc.update("insert into catalog_ad (ad_number, provider_id, status, active, created_at, updated_at, published_at, version)"
                    + " select 'AD-BENCH-' || lpad(g::text, 6, '0'), ?, 'PUBLISHED', true, now(), now(), now() - g * interval '1 minute', 0"
                    + " from generate_series(1, 10000) g", provider);
            jdbc.update("insert into catalog_ad_version (ad_id, category_id, short_name, description, start_date, price, unit, payment_types, search_text)"
                    + " select a.id, 1 + (a.id % 7), 'Услуга ' || a.id,"
                    + " 'Описание услуги номер ' || a.id || case when a.id % 10 = 0 then ', машина с пандусом' else '' end,"
                    + " current_date, 100 + (a.id % 900), 'HOUR', 'CASH,CARD',"
                    + " lower('Услуга ' || a.id || ' Описание услуги номер ' || a.id || case when a.id % 10 = 0 then ', машина с пандусом' else '' end)"
                    + " from catalog_ad a where a.ad_number like 'AD-BENCH-%'");
            jdbc.update("update catalog_ad a set published_version_id = v.id, draft_version_id = v.id from catalog_ad_version v"
                    + " where v.ad_id = a.id and a.ad_number like 'AD-BENCH-%'");
            jdbc.update("insert into catalog_ad_version_municipality (version_id, municipality_id)"
                    + " select v.id, m.id from catalog_ad_version v join catalog_ad a on a.id = v.ad_id"
                    + " join municipality m on (m.id % 4 = a.id % 4 or m.name = 'Сургут') where a.ad_number like 'AD-BENCH-%'");
            jdbc.execute("analyze");
            assertThat(jdbc.queryForObject("select count(*) from catalog_ad where published_version_id is not null", Long.class))
                    .isGreaterThanOrEqualTo(10_000L);

            Long town = new CatalogJourney(http).town("Сургут");
            String url = "/api/catalog/ads?category=taxi&municipality=" + town + "&q=пандус&sort=price";
            ResponseEntity<Map> first = http.getForEntity(url, Map.class);
            assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(((Number) first.getBody().get("total")).longValue()).isPositive();
            Long taxi = jdbc.queryForObject("select id from catalog_category where code = 'taxi'", Long.class);
            CatalogQuery.Filter filter = new CatalogQuery.Filter(taxi, town, "пандус", CatalogQuery.Sort.PRICE);
            System.out.printf("CatalogOnPostgresIT: the SQL of the list (count + page of ids) median %.1f ms%n",
                    medianOf(() -> query.find(filter, 0, 12)));
            String page = "/catalog/taxi?municipality=" + town + "&q=пандус&sort=price";
            System.out.printf("CatalogOnPostgresIT: 10,000 ads; API %s median %.1f ms; page %s median %.1f ms; filter only median %.1f ms%n",
                    url, median(url), page, median(page), median("/api/catalog/ads?category=taxi&municipality=" + town + "&sort=rating"));
        } finally {
            jdbc.update("delete from catalog_ad_version_municipality where version_id in (select v.id from catalog_ad_version v"
                    + " join catalog_ad a on a.id = v.ad_id where a.ad_number like 'AD-BENCH-%')");
            jdbc.update("update catalog_ad set published_version_id = null, draft_version_id = null where ad_number like 'AD-BENCH-%'");
            jdbc.update("delete from catalog_ad_version where ad_id in (select id from catalog_ad where ad_number like 'AD-BENCH-%')");
            jdbc.update("delete from catalog_ad where ad_number like 'AD-BENCH-%'");
        }
    }

    private double medianOf(Runnable call) {
        for (int i = 0; i < 5; i++) call.run();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            long start = System.nanoTime();
            call.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private double median(String url) {
        for (int i = 0; i < 5; i++) http.getForEntity(url, String.class); // warm-up
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            long start = System.nanoTime();
            assertThat(http.getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
