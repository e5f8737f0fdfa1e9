package ru.zabota.catalog;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public catalog's list: published, active ads of providers in the catalog registry, filtered by category,
 * territory and a case-insensitive text (LIKE over the lower-cased {@code search_text}, the same on H2 and
 * PostgreSQL), sorted by price or by the provider's rating, a page at a time. Plain SQL so that the indexes of V10
 * are used as written.
 */
@Component
public class CatalogQuery {
    public enum Sort { NEW, PRICE, PRICE_DESC, RATING }

    public record Filter(Long categoryId, Long municipalityId, String text, Sort sort) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public CatalogQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static Sort sort(String s) {
        if (s == null || s.isBlank()) return Sort.NEW;
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "price" -> Sort.PRICE;
            case "-price", "price_desc", "price-desc" -> Sort.PRICE_DESC;
            case "rating" -> Sort.RATING;
            default -> Sort.NEW;
        };
    }

    /** Lower-cased, «ё» as «е», without LIKE wildcards: the form {@code search_text} is stored in. */
    static String searchable(String text) {
        if (text == null) return null;
        String t = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace("%", " ").replace("_", " ").replace("\\", " ").trim();
        return t.isEmpty() ? null : t;
    }

    public record Ids(List<Long> ids, long total) {
    }

    public Ids find(Filter f, int page, int size) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" from catalog_ad a join catalog_ad_version v on v.id = a.published_version_id"
                + " join provider p on p.id = a.provider_id");
        if (f.sort() == Sort.RATING) {
            where.append(" left join (select provider_id, avg(rating) as avg_rating from provider_review group by provider_id) r"
                    + " on r.provider_id = a.provider_id");
        }
        where.append(" where a.active = true and p.catalog_enabled = true");
        if (f.categoryId() != null) {
            where.append(" and v.category_id = :category");
            p.addValue("category", f.categoryId());
        }
        if (f.municipalityId() != null) {
            where.append(" and exists (select 1 from catalog_ad_version_municipality m where m.version_id = v.id and m.municipality_id = :municipality)");
            p.addValue("municipality", f.municipalityId());
        }
        String text = searchable(f.text());
        if (text != null) {
            where.append(" and v.search_text like :text");
            p.addValue("text", "%" + text + "%");
        }
        Long total;
        if (f.municipalityId() == null && text == null) {
            // the whole catalog or one category: the total is what the category counts say (no second count)
            Map<Long, Long> counts = countsByCategory();
            total = f.categoryId() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                    : counts.getOrDefault(f.categoryId(), 0L);
        } else {
            total = jdbc.queryForObject("select count(*)" + where, p, Long.class);
        }
        String order = switch (f.sort()) {
            case PRICE -> " order by v.price asc, a.id asc";
            case PRICE_DESC -> " order by v.price desc, a.id asc";
            case RATING -> " order by coalesce(r.avg_rating, 0) desc, v.price asc, a.id asc";
            case NEW -> " order by a.published_at desc, a.id desc";
        };
        p.addValue("limit", size).addValue("offset", (long) page * size);
        List<Long> ids = jdbc.queryForList("select a.id" + where + order + " limit :limit offset :offset", p, Long.class);
        return new Ids(ids, total == null ? 0 : total);
    }

    /**
     * How many public ads each category has (category id → count). Counting the region's 8,000 public ads took 20–40
     * ms of PostgreSQL on every catalog page (the page's dearest part: 124 req/s at c=8); the counts are kept for
     * {@link #COUNTS_FOR} and dropped after the commit of every change of what the catalog shows
     * ({@link #forgetCounts}), so a page never shows counts older than a change it could see.
     */
    public Map<Long, Long> countsByCategory() {
        Counts c = counts;
        if (c != null && System.nanoTime() - c.loadedAt() < COUNTS_FOR.toNanos()) return c.byCategory();
        Map<Long, Long> out = new LinkedHashMap<>();
        jdbc.query("select v.category_id, count(*) from catalog_ad a join catalog_ad_version v on v.id = a.published_version_id"
                + " join provider p on p.id = a.provider_id where a.active = true and p.catalog_enabled = true group by v.category_id",
                rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, Long> loaded = Collections.unmodifiableMap(out);
        counts = new Counts(loaded, System.nanoTime());
        return loaded;
    }

    /** An ad was published, hidden or shown again, or a provider left or joined the catalog: count again after commit. */
    public void forgetCounts() {
        counts = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    counts = null;
                }
            });
        }
    }

    static final Duration COUNTS_FOR = Duration.ofSeconds(10);

    private record Counts(Map<Long, Long> byCategory, long loadedAt) {
    }

    private volatile Counts counts;
}
