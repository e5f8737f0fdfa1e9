package ru.zabota.perf;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import ru.zabota.support.PostgresTestBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL with a generated region (the short profile of {@link RegionGenerator}, which this test also keeps from
 * rotting): every list and cabinet query — written here as the SQL its repository sends — is EXPLAINed and must be
 * served by an index, not a sequential scan of a big table.
 * <p>
 * The plans are taken with {@code enable_seqscan = off}: on the few thousand rows CI can afford, the planner rightly
 * prefers reading a small table whole, so the question asked is «can an index serve this query?» — with no usable
 * index PostgreSQL still answers with a Seq Scan, and the test names the query and the table. Small dictionaries
 * (municipalities, service types, catalog categories, providers) may be read whole.
 */
// own JVM and schema: the generated region it adds would change what the other PostgreSQL classes find
@Tag("own-jvm")
class IndexUsageOnPostgresIT extends PostgresTestBase {
    static final Set<String> SMALL_TABLES = Set.of("municipality", "service_type", "catalog_category", "provider", "provider_service");
    static final double SCALE = 0.02;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ru.zabota.workflow.Workflow workflow;

    static RegionGenerator.Report report;

    synchronized void region() {
        if (report != null) return;
        report = new RegionGenerator(jdbc, encoder, workflow, tx, List.of("specialist")).generate(SCALE);
    }

    @Test
    void theShortRegionProfileFillsEveryTable() {
        region();
        RegionGenerator.Size size = RegionGenerator.Size.of(SCALE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM portal_account WHERE username LIKE 'r%'", Long.class))
                .isGreaterThanOrEqualTo(size.persons());
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT status) FROM contract", Long.class)).as("contracts in every status").isEqualTo(7L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_signature", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM catalog_ad WHERE active", Long.class)).isPositive();
        // a real process instance for every generated contract and [602] case, where its status says
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM social_case WHERE (number LIKE '603-G%' OR number LIKE '602-G%') "
                + "AND process_instance_id IS NULL", Integer.class)).as("generated cases without their instance").isZero();
        assertThat(report.rows().get("finished instances")).as("the issue's 10^5 ended instances, scaled").isEqualTo(size.finishedInstances());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst p JOIN social_case s ON s.process_instance_id = p.id_ "
                + "WHERE p.end_time_ IS NOT NULL", Integer.class)).isGreaterThanOrEqualTo(size.finishedInstances());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contract c JOIN social_case s ON s.id = c.case_id "
                + "JOIN act_hi_procinst p ON p.id_ = s.process_instance_id WHERE c.status = 'DECLINED' AND s.number LIKE '603-G%' "
                + "AND p.end_act_id_ <> 'contractDeclined'", Integer.class)).as("declined contracts end at «Договор отклонён»").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contract c JOIN social_case s ON s.id = c.case_id "
                + "JOIN act_ru_execution e ON e.proc_inst_id_ = s.process_instance_id AND e.act_id_ = 'providerReview' "
                + "WHERE c.status = 'CONCLUDING' AND s.number LIKE '603-G%'", Integer.class))
                .as("contracts with the provider wait at its step").isEqualTo(report.rows().get("contracts at the provider"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task t JOIN social_case s ON s.process_instance_id = t.proc_inst_id_ "
                + "WHERE s.number LIKE '602-G%' AND t.task_def_key_ = 'reviewApplication' AND t.assignee_ = 'specialist'", Integer.class))
                .as("[602] cases in review are the specialist's Tasklist work").isEqualTo(size.certificatesInReview());
        // history has an end: every generated ended instance carries its removal time, end + the models' P180D
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst p JOIN social_case s ON s.process_instance_id = p.id_ "
                + "WHERE p.end_time_ IS NOT NULL AND (p.removal_time_ IS NULL OR p.removal_time_ <> p.end_time_ + INTERVAL '180 days')",
                Integer.class)).as("ended instances without removal time = end + 180 days").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_varinst v JOIN social_case s ON s.process_instance_id = v.proc_inst_id_ "
                + "JOIN act_hi_procinst p ON p.id_ = v.proc_inst_id_ WHERE p.end_time_ IS NOT NULL AND v.removal_time_ IS NULL", Integer.class))
                .as("their variables' history too").isZero();
        // the application keeps inserting after the generated ids
        Long person = jdbc.queryForObject("INSERT INTO person (last_name, first_name, birth_date, snils, created_at) "
                + "VALUES ('Тест', 'Тест', DATE '1950-01-01', '000-000-000 01', now()) RETURNING id", Long.class);
        assertThat(person).isGreaterThan(jdbc.queryForObject("SELECT MAX(id) FROM person WHERE snils LIKE '900-%'", Long.class));
        jdbc.update("DELETE FROM person WHERE id = ?", person);
        System.out.println(report);
    }

    @Test
    void everyListAndCabinetQueryUsesAnIndex() {
        region();
        long citizen = jdbc.queryForObject("SELECT person_id FROM contract GROUP BY person_id ORDER BY COUNT(*) DESC LIMIT 1", Long.class);
        long provider = jdbc.queryForObject("SELECT provider_id FROM contract GROUP BY provider_id ORDER BY COUNT(*) DESC LIMIT 1", Long.class);
        long contract = jdbc.queryForObject("SELECT contract_id FROM delivery GROUP BY contract_id ORDER BY COUNT(*) DESC LIMIT 1", Long.class);
        long account = jdbc.queryForObject("SELECT id FROM portal_account WHERE person_id = ?", Long.class, citizen);
        long caseId = jdbc.queryForObject("SELECT case_id FROM contract WHERE id = ?", Long.class, contract);
        long ippsu = jdbc.queryForObject("SELECT id FROM ippsu WHERE person_id = ?", Long.class, citizen);
        long delivery = jdbc.queryForObject("SELECT delivery_id FROM delivery_signature LIMIT 1", Long.class);
        String from = "TIMESTAMP '" + LocalDate.now().minusDays(3) + " 00:00'";
        String to = "TIMESTAMP '" + LocalDate.now().plusDays(4) + " 00:00'";

        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("citizen's contracts (cabinet, /api/contracts)",
                "SELECT * FROM contract WHERE person_id = " + citizen + " ORDER BY created_at DESC LIMIT 10");
        queries.put("citizen's contracts count", "SELECT COUNT(*) FROM contract WHERE person_id = " + citizen);
        queries.put("provider's contracts", "SELECT * FROM contract WHERE provider_id = " + provider + " ORDER BY created_at DESC LIMIT 10");
        queries.put("provider's contracts by status", "SELECT * FROM contract WHERE provider_id = " + provider
                + " AND status IN ('SIGNING', 'ACTIVE') ORDER BY created_at DESC LIMIT 10");
        queries.put("provider's recipients (active contracts)", "SELECT * FROM contract WHERE provider_id = " + provider
                + " AND status = 'ACTIVE' ORDER BY created_at DESC");
        queries.put("citizen's active contracts", "SELECT id FROM contract WHERE person_id = " + citizen + " AND status IN ('ACTIVE', 'EXECUTED')");
        queries.put("citizen's cases (cabinet, /api/cases)",
                "SELECT * FROM social_case WHERE applicant_id = " + citizen + " ORDER BY created_at DESC LIMIT 10");
        queries.put("staff register", "SELECT * FROM social_case c JOIN person p ON p.id = c.applicant_id ORDER BY c.created_at DESC, c.id DESC LIMIT 20");
        queries.put("staff register by type", "SELECT * FROM social_case c JOIN person p ON p.id = c.applicant_id WHERE c.case_type = 'CONTRACT_603' "
                + "ORDER BY c.created_at DESC, c.id DESC LIMIT 20");
        queries.put("staff register by status", "SELECT * FROM social_case c JOIN person p ON p.id = c.applicant_id WHERE c.status = 'IN_REVIEW' "
                + "ORDER BY c.created_at DESC, c.id DESC LIMIT 20");
        queries.put("staff register by number", "SELECT * FROM social_case WHERE number = '603-x'");
        queries.put("case history", "SELECT * FROM case_audit WHERE case_id = " + caseId + " ORDER BY changed_at, id");
        queries.put("provider's calendar (week)", "SELECT * FROM delivery d JOIN contract c ON c.id = d.contract_id JOIN person p ON p.id = c.person_id "
                + "JOIN contract_line l ON l.id = d.line_id WHERE d.provider_id = " + provider + " AND d.scheduled_at >= " + from
                + " AND d.scheduled_at < " + to + " ORDER BY d.scheduled_at, d.id");
        queries.put("contract's deliveries", "SELECT * FROM delivery d JOIN contract_line l ON l.id = d.line_id WHERE d.contract_id = " + contract
                + " ORDER BY d.scheduled_at, d.id");
        queries.put("contract's delivered volumes", "SELECT line_id, status, COUNT(*) FROM delivery WHERE contract_id = " + contract
                + " GROUP BY line_id, status");
        queries.put("citizen's delivered volumes (ИППСУ page)", "SELECT l.service_type_id, d.status, COUNT(*) FROM delivery d JOIN contract_line l ON l.id = d.line_id "
                + "WHERE d.contract_id IN (SELECT id FROM contract WHERE person_id = " + citizen + ") GROUP BY l.service_type_id, d.status");
        queries.put("contract's lines", "SELECT * FROM contract_line WHERE contract_id = " + contract);
        queries.put("contract's signatures", "SELECT * FROM contract_signature WHERE contract_id = " + contract + " ORDER BY signed_at");
        queries.put("delivery's signature image", "SELECT image FROM delivery_signature WHERE delivery_id = " + delivery);
        queries.put("citizen's ИППСУ", "SELECT * FROM ippsu WHERE person_id = " + citizen + " ORDER BY issued_on DESC");
        queries.put("ИППСУ services", "SELECT * FROM ippsu_service WHERE ippsu_id = " + ippsu);
        queries.put("citizen's [601] decisions", "SELECT * FROM need_recognition WHERE person_id = " + citizen + " ORDER BY decision_date DESC");
        queries.put("citizen's certificate applications", "SELECT * FROM certificate_application WHERE person_id = " + citizen + " ORDER BY created_at DESC");
        queries.put("citizen's certificates", "SELECT * FROM certificate WHERE person_id = " + citizen);
        queries.put("login", "SELECT * FROM portal_account WHERE username = 'r1'");
        queries.put("account's jobs", "SELECT * FROM provider_employee e JOIN provider p ON p.id = e.provider_id WHERE e.account_id = " + account);
        queries.put("account's API tokens", "SELECT * FROM api_token WHERE account_id = " + account);
        queries.put("represented persons", "SELECT * FROM representation r JOIN person p ON p.id = r.represented_id WHERE r.representative_id = " + citizen);
        queries.put("personal data access log of a person", "SELECT * FROM personal_data_access WHERE person_id = " + citizen + " ORDER BY accessed_at DESC LIMIT 20");
        queries.put("catalog, newest first", "SELECT a.id FROM catalog_ad a JOIN catalog_ad_version v ON v.id = a.published_version_id "
                + "JOIN provider p ON p.id = a.provider_id WHERE a.active = true AND p.catalog_enabled = true ORDER BY a.published_at DESC, a.id DESC LIMIT 10");
        queries.put("catalog category by price", "SELECT a.id FROM catalog_ad a JOIN catalog_ad_version v ON v.id = a.published_version_id "
                + "JOIN provider p ON p.id = a.provider_id WHERE a.active = true AND p.catalog_enabled = true AND v.category_id = 2 "
                + "ORDER BY v.price, a.id LIMIT 10");
        queries.put("provider's ads (cabinet)", "SELECT * FROM catalog_ad WHERE provider_id = " + provider + " ORDER BY id DESC");
        queries.put("registry ratings of a page", "SELECT provider_id, AVG(rating), COUNT(*) FROM provider_review WHERE provider_id IN (" + provider + ", 1) GROUP BY provider_id");

        List<String> problems = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        tx.executeWithoutResult(s -> {
            jdbc.execute("SET LOCAL enable_seqscan = off");
            queries.forEach((name, sql) -> {
                String plan = String.join("\n", jdbc.queryForList("EXPLAIN " + sql, String.class));
                all.append("-- ").append(name).append('\n').append(plan).append('\n');
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("Seq Scan on (\\w+)").matcher(plan);
                while (m.find()) {
                    if (!SMALL_TABLES.contains(m.group(1))) problems.add(name + ": Seq Scan on " + m.group(1));
                }
            });
        });
        System.out.println(all);
        assertThat(problems).as("queries a big table without an index\n" + all).isEmpty();
    }
}
