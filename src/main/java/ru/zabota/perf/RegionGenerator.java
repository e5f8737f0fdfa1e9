package ru.zabota.perf;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import ru.zabota.workflow.Workflow;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills the domain tables with a synthetic region (issue 14) by JDBC batches, never entity by entity: at
 * {@code scale} 1 — 10^5 persons with a [601] decision «Удовлетворено» and an active ИППСУ (3 services, 2 recommended
 * providers), a portal account for each (login {@code r<n>}, password {@link #PASSWORD}, hashed once), 300 providers
 * (each with a manager {@code m<n>} and a social worker {@code w<n>}), 10^4 catalog ads, 5·10^4 [603] contracts
 * spread over every status with their case, lines and signatures, and 10^6 deliveries (the confirmed ones with a
 * drawn signature), and [602] certificate cases (decided ones with their certificate or refusal, 10^3 in review) so
 * that, with the ended contracts, 10^5 cases have ended. Smaller scales divide every count (at least a few rows each),
 * so 0.01 runs in seconds.
 * <p>
 * Ids are assigned here above the tables' current maximum (the demo region may already be there) and the identity
 * columns are moved past them at the end, so the application keeps inserting after the generated rows. With the
 * Workflow port, every generated contract and [602] case gets its real process instance, ended or waiting where its
 * status says ({@link RegionProcesses}).
 */
public class RegionGenerator {
    private static final Logger log = LoggerFactory.getLogger(RegionGenerator.class);
    /** The password of every generated portal account (the load test logs in with it). */
    public static final String PASSWORD = "region-load-1";
    static final int BATCH = 1000;
    /** A 1×1 PNG: the drawn signature of a confirmed delivery (its size does not matter for the lists). */
    static final byte[] SIGNATURE_PNG = HexFormat.of().parseHex(
            "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
    static final String[] STATUSES = {"CONCLUDING", "SIGNING", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "DECLINED", "EXECUTED", "EXECUTED", "WITHDRAWN", "CLOSED"};
    static final String[] LAST = {"Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков", "Соколов", "Лебедев", "Козлов"};
    static final String[] FIRST = {"Иван", "Пётр", "Сергей", "Алексей", "Николай", "Андрей", "Михаил", "Дмитрий"};
    static final String[] MIDDLE = {"Иванович", "Петрович", "Сергеевич", "Алексеевич", "Николаевич", "Андреевич"};

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Workflow workflow;
    private final TransactionTemplate tx;
    private final List<String> specialists;
    private final SplittableRandom random = new SplittableRandom(14);

    /** What was made and how long it took, per table. */
    public record Report(double scale, Map<String, Integer> rows, Duration took) {
        @Override
        public String toString() {
            return String.format("region at scale %s in %d s: %s", scale, took.toSeconds(), rows);
        }
    }

    /**
     * With {@code workflow} null only the domain tables are filled (no process instances). {@code specialists}: the
     * staff user ids the [602] cases in review are assigned to (none: they wait for the heads' assignment).
     */
    public RegionGenerator(JdbcTemplate jdbc, PasswordEncoder encoder, Workflow workflow, TransactionTemplate tx, List<String> specialists) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.workflow = workflow;
        this.tx = tx;
        this.specialists = specialists;
    }

    /** The counts at a scale (1 = the full region of the issue). */
    public record Size(int persons, int providers, int ads, int contracts, int deliveries, int finishedInstances, int certificatesInReview) {
        public static Size of(double scale) {
            return new Size(atLeast(100_000 * scale, 20), atLeast(300 * scale, 5), atLeast(10_000 * scale, 10),
                    atLeast(50_000 * scale, 22), atLeast(1_000_000 * scale, 100), atLeast(100_000 * scale, 20), atLeast(1_000 * scale, 5));
        }

        private static int atLeast(double n, int min) {
            return Math.max(min, (int) Math.round(n));
        }
    }

    public Report generate(double scale) {
        Instant started = Instant.now();
        Size size = Size.of(scale);
        Map<String, Integer> rows = new LinkedHashMap<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = now.toLocalDate();
        String hash = encoder.encode(PASSWORD);
        String tag = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

        List<Long> municipalities = ensureMunicipalities();
        List<Long> serviceTypes = ensureServiceTypes();

        // providers with their services, a manager and a social worker each
        long provider0 = next("provider");
        long person0 = next("person");
        long account0 = next("portal_account");
        List<Object[]> providers = new ArrayList<>(), services = new ArrayList<>(), people = new ArrayList<>(),
                accounts = new ArrayList<>(), employees = new ArrayList<>();
        long serviceId = next("provider_service");
        long employeeId = next("provider_employee");
        long personId = person0, accountId = account0;
        for (int i = 0; i < size.providers(); i++) {
            long id = provider0 + i;
            long m = municipalities.get(i % municipalities.size());
            providers.add(new Object[]{id, "Автономное учреждение «Комплексный центр социального обслуживания № " + id + "»",
                    "КЦСОН № " + id, String.format("99%08d", id % 100_000_000L), String.format("1028600%08d", id % 100_000_000L),
                    "г. Ханты-Мансийск, ул. Мира, д. " + (i % 200 + 1), m, "HOME", i % 3 == 0, Date.valueOf(today.minusYears(2))});
            for (int s = 0; s < serviceTypes.size(); s += 1 + (i % 2)) {
                services.add(new Object[]{serviceId++, id, serviceTypes.get(s), BigDecimal.valueOf(150 + (s * 37 + i) % 400)});
            }
            for (String role : new String[]{"MANAGER", "SOCIAL_WORKER"}) {
                people.add(person(personId, i, today, municipalities, now, "9" + tag));
                String login = (role.equals("MANAGER") ? "m" : "w") + (i + 1);
                accounts.add(new Object[]{accountId, login, hash, personId, false});
                employees.add(new Object[]{employeeId++, accountId, id, role.equals("MANAGER") ? "Директор" : "Социальный работник", role});
                personId++;
                accountId++;
            }
        }
        insert("provider", "id, full_name, short_name, inn, ogrn, legal_address, municipality_id, service_forms, catalog_enabled, registered_on", providers);
        insert("provider_service", "id, provider_id, service_type_id, tariff", services);
        insert("person", "id, last_name, first_name, middle_name, birth_date, address, municipality_id, snils, population_group, created_at", people);
        insert("portal_account", "id, username, password_hash, person_id, citizen", accounts);
        insert("provider_employee", "id, account_id, provider_id, job_title, role", employees);
        rows.put("provider", providers.size());

        // citizens: person, account, [601] (case + decision), ИППСУ with services and recommended providers
        long citizen0 = personId;
        long case0 = next("social_case");
        long need0 = next("need_recognition");
        long ippsu0 = next("ippsu");
        long ippsuService = next("ippsu_service");
        long caseId = case0;
        people.clear();
        accounts.clear();
        List<Object[]> cases = new ArrayList<>(), needs = new ArrayList<>(), ippsus = new ArrayList<>(), ippsuServices = new ArrayList<>(),
                ippsuProviders = new ArrayList<>();
        for (int i = 0; i < size.persons(); i++) {
            long pid = citizen0 + i;
            people.add(person(pid, i, today, municipalities, now, "1" + tag));
            accounts.add(new Object[]{accountId++, "r" + (i + 1), hash, pid, true});
            cases.add(new Object[]{caseId, "NEED_601", "601-G" + tag + "-" + (i + 1), pid, "SATISFIED", "SATISFIED", ts(now.minusDays(200)), ts(now.minusDays(190))});
            needs.add(new Object[]{need0 + i, pid, caseId, "SATISFIED", Date.valueOf(today.minusDays(190))});
            caseId++;
            long ippsu = ippsu0 + i;
            ippsus.add(new Object[]{ippsu, pid, "ИП-G" + tag + "-" + (i + 1), Date.valueOf(today.minusDays(185)),
                    Date.valueOf(today.minusDays(185)), Date.valueOf(today.plusYears(3)), "HOME"});
            for (int s = 0; s < 3; s++) {
                ippsuServices.add(new Object[]{ippsuService++, ippsu, serviceTypes.get((i + s) % serviceTypes.size()), 8 + s * 4, "2 раза в неделю"});
            }
            long p1 = provider0 + (i % size.providers());
            long p2 = provider0 + ((i + 1) % size.providers());
            ippsuProviders.add(new Object[]{ippsu, p1});
            if (p2 != p1) ippsuProviders.add(new Object[]{ippsu, p2});
            if (people.size() == 20 * BATCH) {
                flushCitizens(people, accounts, cases, needs, ippsus, ippsuServices, ippsuProviders);
            }
        }
        flushCitizens(people, accounts, cases, needs, ippsus, ippsuServices, ippsuProviders);
        rows.put("person", size.persons());
        rows.put("portal_account", size.persons() + 2 * size.providers());

        // catalog ads: published (most), on moderation, drafts
        long ad0 = next("catalog_ad");
        long version0 = next("catalog_ad_version");
        List<Object[]> ads = new ArrayList<>(), versions = new ArrayList<>(), versionPlaces = new ArrayList<>(), adLinks = new ArrayList<>();
        String[] units = {"HOUR", "TRIP", "SERVICE", "VISIT"};
        for (int i = 0; i < size.ads(); i++) {
            long ad = ad0 + i, version = version0 + i;
            String status = i % 10 == 0 ? "ON_MODERATION" : i % 10 == 1 ? "DRAFT" : "PUBLISHED";
            boolean published = status.equals("PUBLISHED");
            ads.add(new Object[]{ad, published ? "G" + tag + "-" + (i + 1) : null, provider0 + (i % size.providers()), status, published,
                    published ? ts(now.minusDays(i % 300)) : null, ts(now.minusDays(i % 300 + 1)), ts(now.minusDays(i % 300))});
            String name = "Услуга " + (i + 1) + ": " + (i % 2 == 0 ? "уборка квартиры" : "поездка в поликлинику");
            versions.add(new Object[]{version, ad, 1L + (i % 7), name, "Описание услуги " + (i + 1), Date.valueOf(today.minusDays(30)),
                    BigDecimal.valueOf(300 + (i % 50) * 10), units[i % units.length], "CASH,CARD", (name + " описание услуги " + (i + 1)).toLowerCase()});
            versionPlaces.add(new Object[]{version, municipalities.get(i % municipalities.size())});
            adLinks.add(new Object[]{version, published ? version : null, ad});
        }
        insert("catalog_ad", "id, ad_number, provider_id, status, active, published_at, created_at, updated_at", ads);
        insert("catalog_ad_version", "id, ad_id, category_id, short_name, description, start_date, price, unit, payment_types, search_text", versions);
        insert("catalog_ad_version_municipality", "version_id, municipality_id", versionPlaces);
        batch("UPDATE catalog_ad SET draft_version_id = ?, published_version_id = ? WHERE id = ?", adLinks);
        rows.put("catalog_ad", size.ads());

        // [603] contracts over every status with their case, two lines and the signatures the status implies
        long contract0 = next("contract");
        long line0 = next("contract_line");
        long signature0 = next("contract_signature");
        long signatureId = signature0;
        List<Object[]> contractCases = new ArrayList<>(), contracts = new ArrayList<>(), lines = new ArrayList<>(), signatures = new ArrayList<>();
        for (int i = 0; i < size.contracts(); i++) {
            long id = contract0 + i;
            int citizen = i % size.persons();
            long pid = citizen0 + citizen;
            long provider = provider0 + (citizen % size.providers());
            String status = STATUSES[i % STATUSES.length];
            OffsetDateTime created = now.minusDays(1 + i % 360).minusMinutes(i % 1440);
            contractCases.add(new Object[]{caseId, "CONTRACT_603", "603-G" + tag + "-" + (i + 1), pid,
                    switch (status) { case "DECLINED", "WITHDRAWN" -> "REFUSED"; case "CONCLUDING", "SIGNING" -> "IN_REVIEW"; default -> "SATISFIED"; },
                    ts(created), ts(created)});
            boolean running = !status.equals("CONCLUDING") && !status.equals("DECLINED") && !status.equals("WITHDRAWN");
            contracts.add(new Object[]{id, "Д-G" + tag + "-" + (i + 1), caseId, pid, provider, "IPPSU", ippsu0 + citizen, "HOME", status,
                    running ? Date.valueOf(created.toLocalDate()) : null, running ? Date.valueOf(created.toLocalDate().plusYears(1)) : null,
                    "r" + (citizen + 1), ts(created)});
            caseId++;
            for (int l = 0; l < 2; l++) {
                lines.add(new Object[]{line0 + 2L * i + l, id, serviceTypes.get((citizen + l) % serviceTypes.size()), BigDecimal.valueOf(200 + l * 50), 24, "2 раза в неделю"});
            }
            if (!status.equals("CONCLUDING")) {
                signatures.add(new Object[]{signatureId++, id, "PROVIDER", "Директор КЦСОН № " + provider, ts(created.plusHours(1)), sha(id + "p")});
            }
            if (running) {
                signatures.add(new Object[]{signatureId++, id, "CITIZEN", "Гражданин r" + (citizen + 1), ts(created.plusHours(5)), sha(id + "c")});
            }
            if (contracts.size() == 10 * BATCH) flushContracts(contractCases, contracts, lines, signatures);
        }
        flushContracts(contractCases, contracts, lines, signatures);
        rows.put("contract", size.contracts());

        // deliveries of the active and finished contracts: past ones confirmed with a signature, future ones scheduled
        long delivery0 = next("delivery");
        List<Object[]> deliveries = new ArrayList<>(), deliverySignatures = new ArrayList<>();
        List<Integer> serving = new ArrayList<>();
        for (int i = 0; i < size.contracts(); i++) {
            String s = STATUSES[i % STATUSES.length];
            if (s.equals("ACTIVE") || s.equals("EXECUTED") || s.equals("CLOSED")) serving.add(i);
        }
        LocalDateTime base = today.atTime(9, 0);
        for (int d = 0; d < size.deliveries(); d++) {
            int i = serving.get(d % serving.size());
            long id = delivery0 + d;
            long contract = contract0 + i;
            long provider = provider0 + ((i % size.persons()) % size.providers());
            int day = (d / serving.size()) % 400 - 300; // about a year back, a few months ahead
            LocalDateTime at = base.plusDays(day).plusMinutes(30L * (d % 16));
            boolean confirmed = day < 0;
            deliveries.add(new Object[]{id, contract, line0 + 2L * i + (d % 2), provider, Timestamp.valueOf(at), confirmed ? "CONFIRMED" : "SCHEDULED",
                    "m1", ts(now.minusDays(Math.max(1, -day + 2))), confirmed ? "w1" : null,
                    confirmed ? ts(at.atOffset(ZoneOffset.UTC).plusHours(1)) : null, confirmed ? sha(id + "d") : null});
            if (confirmed) deliverySignatures.add(new Object[]{id, SIGNATURE_PNG});
            if (deliveries.size() == 20 * BATCH) flushDeliveries(deliveries, deliverySignatures);
        }
        flushDeliveries(deliveries, deliverySignatures);
        rows.put("delivery", size.deliveries());

        // [602] certificate cases: decided ones (satisfied with a certificate, or refused) up to the 10^5 ended
        // process instances together with the ended contracts, and a few in review with a specialist
        long application0 = next("certificate_application");
        long certificateId = next("certificate");
        int endedContracts = 0;
        for (int i = 0; i < size.contracts(); i++) {
            if (List.of("DECLINED", "EXECUTED", "WITHDRAWN", "CLOSED").contains(STATUSES[i % STATUSES.length])) endedContracts++;
        }
        int decided = Math.max(size.finishedInstances() - endedContracts, 1);
        int certificateCases = decided + size.certificatesInReview();
        List<Object[]> certCases = new ArrayList<>(), applications = new ArrayList<>(), certificates = new ArrayList<>();
        for (int i = 0; i < certificateCases; i++) {
            long application = application0 + i;
            long pid = citizen0 + (i % size.persons());
            boolean inReview = i >= decided;
            boolean satisfied = !inReview && i % 4 != 3;
            String type = i % 2 == 0 ? "CERTIFICATE" : "SOCIAL_CERTIFICATE";
            OffsetDateTime created = now.minusDays(inReview ? 1 + i % 5 : 20 + i % 340).minusMinutes(i % 1440);
            certCases.add(new Object[]{caseId, "CERTIFICATE_602", "602-G" + tag + "-" + (i + 1), pid, inReview ? "IN_REVIEW" : "CLOSED",
                    inReview ? null : satisfied ? "SATISFIED" : "REFUSED", ts(created), ts(inReview ? created : created.plusDays(7))});
            applications.add(new Object[]{application, pid, caseId, type, inReview ? "IN_REVIEW" : satisfied ? "SATISFIED" : "REFUSED",
                    "r" + (i % size.persons() + 1), ts(created), ts(created), false,
                    inReview || satisfied ? null : "Отсутствуют основания для выдачи сертификата"});
            if (satisfied) {
                LocalDate from = created.toLocalDate().plusDays(7);
                certificates.add(new Object[]{certificateId++, application, pid, "С-G" + tag + "-" + (i + 1), type,
                        BigDecimal.valueOf(12_000 + (i % 20) * 500), 24, Date.valueOf(from), Date.valueOf(from.plusYears(1)), ts(created.plusDays(7))});
            }
            caseId++;
            if (certCases.size() == 10 * BATCH) flushCertificates(certCases, applications, certificates);
        }
        flushCertificates(certCases, applications, certificates);
        rows.put("certificate_application", certificateCases);

        rows.put("domain tables s", (int) Duration.between(started, Instant.now()).toSeconds());
        if (workflow != null) {
            new RegionProcesses(jdbc, workflow, tx, specialists).create(contract0, application0, now, rows);
        }

        for (String table : List.of("person", "portal_account", "provider", "provider_service", "provider_employee", "social_case",
                "need_recognition", "ippsu", "ippsu_service", "catalog_ad", "catalog_ad_version", "contract", "contract_line",
                "contract_signature", "delivery", "certificate_application", "certificate")) {
            restartIdentity(table);
        }
        // fresh planner statistics, as after any bulk load: before autovacuum got to them, the citizen's «ИППСУ» page
        // on the scale-1 region took 217 ms (p50, ab -c 8) — the stale estimate of ippsu_service chose a Seq Scan — and 20 ms after
        Instant analyze = Instant.now();
        jdbc.execute("ANALYZE");
        rows.put("analyze s", (int) Duration.between(analyze, Instant.now()).toSeconds());
        Report report = new Report(scale, rows, Duration.between(started, Instant.now()));
        log.info("Generated {}", report);
        return report;
    }

    private Object[] person(long id, int i, LocalDate today, List<Long> municipalities, OffsetDateTime now, String snilsPrefix) {
        return new Object[]{id, LAST[i % LAST.length], FIRST[(i / 10) % FIRST.length], MIDDLE[(i / 80) % MIDDLE.length],
                Date.valueOf(today.minusYears(60 + i % 30).minusDays(i % 365)), "ул. Ленина, д. " + (i % 150 + 1) + ", кв. " + (i % 90 + 1),
                municipalities.get(i % municipalities.size()), snils(id), i % 4 == 0 ? "WORKING_AGE" : "PENSIONER", ts(now.minusDays(400))};
    }

    /** A unique 14-character SNILS-shaped value from the person id (9 first: apart from the demo persons). */
    private static String snils(long id) {
        String n = String.format("%011d", 90_000_000_000L + id);
        return n.substring(0, 3) + "-" + n.substring(3, 6) + "-" + n.substring(6, 9) + " " + n.substring(9);
    }

    private void flushCitizens(List<Object[]> people, List<Object[]> accounts, List<Object[]> cases, List<Object[]> needs,
                               List<Object[]> ippsus, List<Object[]> ippsuServices, List<Object[]> ippsuProviders) {
        insert("person", "id, last_name, first_name, middle_name, birth_date, address, municipality_id, snils, population_group, created_at", people);
        insert("portal_account", "id, username, password_hash, person_id, citizen", accounts);
        insert("social_case", "id, case_type, number, applicant_id, status, decision, created_at, updated_at", cases);
        insert("need_recognition", "id, person_id, case_id, decision, decision_date", needs);
        insert("ippsu", "id, person_id, number, issued_on, valid_from, valid_to, service_form", ippsus);
        insert("ippsu_service", "id, ippsu_id, service_type_id, volume, frequency", ippsuServices);
        insert("ippsu_provider", "ippsu_id, provider_id", ippsuProviders);
        for (List<Object[]> l : List.of(people, accounts, cases, needs, ippsus, ippsuServices, ippsuProviders)) l.clear();
    }

    private void flushContracts(List<Object[]> cases, List<Object[]> contracts, List<Object[]> lines, List<Object[]> signatures) {
        insert("social_case", "id, case_type, number, applicant_id, status, created_at, updated_at", cases);
        insert("contract", "id, number, case_id, person_id, provider_id, basis, ippsu_id, service_form, status, term_from, term_to, created_by, created_at", contracts);
        insert("contract_line", "id, contract_id, service_type_id, tariff, programme_volume, frequency", lines);
        insert("contract_signature", "id, contract_id, party, signer, signed_at, document_hash", signatures);
        for (List<Object[]> l : List.of(cases, contracts, lines, signatures)) l.clear();
    }

    private void flushCertificates(List<Object[]> cases, List<Object[]> applications, List<Object[]> certificates) {
        insert("social_case", "id, case_type, number, applicant_id, status, decision, created_at, updated_at", cases);
        insert("certificate_application", "id, person_id, case_id, certificate_type, status, created_by, created_at, submitted_at, in_office, refusal_reason", applications);
        insert("certificate", "id, application_id, person_id, number, certificate_type, amount, volume, valid_from, valid_until, issued_at", certificates);
        for (List<Object[]> l : List.of(cases, applications, certificates)) l.clear();
    }

    private void flushDeliveries(List<Object[]> deliveries, List<Object[]> signatures) {
        insert("delivery", "id, contract_id, line_id, provider_id, scheduled_at, status, created_by, created_at, confirmed_by, confirmed_at, document_hash", deliveries);
        insert("delivery_signature", "delivery_id, image", signatures);
        deliveries.clear();
        signatures.clear();
    }

    private List<Long> ensureMunicipalities() {
        List<Long> ids = jdbc.queryForList("SELECT id FROM municipality ORDER BY id", Long.class);
        if (!ids.isEmpty()) return ids;
        for (String name : List.of("Ханты-Мансийск", "Сургут", "Нижневартовск", "Нефтеюганск", "Когалым", "Нягань", "Мегион", "Лангепас", "Урай")) {
            jdbc.update("INSERT INTO municipality (name) VALUES (?)", name);
        }
        return jdbc.queryForList("SELECT id FROM municipality ORDER BY id", Long.class);
    }

    private List<Long> ensureServiceTypes() {
        List<Long> ids = jdbc.queryForList("SELECT id FROM service_type ORDER BY id", Long.class);
        if (!ids.isEmpty()) return ids;
        String[][] types = {{"H-01", "Покупка за счёт средств получателя и доставка на дом продуктов питания", "HOUSEHOLD", "услуга"},
                {"H-02", "Помощь в приготовлении пищи", "HOUSEHOLD", "услуга"}, {"H-03", "Уборка жилых помещений", "HOUSEHOLD", "услуга"},
                {"M-01", "Измерение температуры тела, артериального давления", "MEDICAL", "услуга"},
                {"P-01", "Социально-психологическое консультирование", "PSYCHOLOGICAL", "час"},
                {"L-01", "Оказание помощи в оформлении документов", "LEGAL", "услуга"}};
        for (String[] t : types) jdbc.update("INSERT INTO service_type (code, name, kind, unit) VALUES (?, ?, ?, ?)", (Object[]) t);
        return jdbc.queryForList("SELECT id FROM service_type ORDER BY id", Long.class);
    }

    private long next(String table) {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
        return max == null ? 1 : max + 1;
    }

    private void restartIdentity(String table) {
        jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next(table));
    }

    private void insert(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) return;
        String marks = String.join(", ", java.util.Collections.nCopies(columns.split(",").length, "?"));
        batch("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", rows);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static Timestamp ts(OffsetDateTime t) {
        return Timestamp.from(t.toInstant());
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
