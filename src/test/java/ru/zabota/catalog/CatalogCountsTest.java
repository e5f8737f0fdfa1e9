package ru.zabota.catalog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.ZabotaSpringTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's category counts are kept between page views (they were the dearest part of the catalog page on the
 * region) and counted again after the commit of a change of what the catalog shows; the list's total, taken from
 * them when no territory or text is filtered, follows.
 */
@ZabotaSpringTest
class CatalogCountsTest {
    @Autowired
    CatalogQuery query;
    @Autowired
    AdService ads;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsAreKeptBetweenViewsAndCountedAgainAfterACatalogChange() {
        Long provider = jdbc.queryForObject("select a.provider_id from catalog_ad a join provider p on p.id = a.provider_id"
                + " where a.active = true and a.published_version_id is not null and p.catalog_enabled = true"
                + " group by a.provider_id order by count(*) desc limit 1", Long.class);
        long ofProvider = jdbc.queryForObject("select count(*) from catalog_ad where provider_id = ? and active = true"
                + " and published_version_id is not null", Long.class, provider);
        long before = total(query.countsByCategory());
        assertThat(query.find(new CatalogQuery.Filter(null, null, null, CatalogQuery.Sort.NEW), 0, 10).total()).isEqualTo(before);

        // a change the catalog is not told about (another node, SQL) stays unseen while the counts are kept
        jdbc.update("update provider set catalog_enabled = false where id = ?", provider);
        try {
            assertThat(total(query.countsByCategory())).as("kept between views").isEqualTo(before);
        } finally {
            jdbc.update("update provider set catalog_enabled = true where id = ?", provider);
        }

        // through the service: counted again after the commit
        ads.setCatalogEnabled(provider, false, "head", "Тестов Т. Т., начальник отдела УСЗН");
        try {
            assertThat(total(query.countsByCategory())).isEqualTo(before - ofProvider);
            assertThat(query.find(new CatalogQuery.Filter(null, null, null, CatalogQuery.Sort.NEW), 0, 10).total())
                    .isEqualTo(before - ofProvider);
        } finally {
            ads.setCatalogEnabled(provider, true, "head", "Тестов Т. Т., начальник отдела УСЗН");
        }
        assertThat(total(query.countsByCategory())).isEqualTo(before);
    }

    static long total(Map<Long, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
