package ru.zabota.perf;

import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.certificate.CertificateProcess;
import ru.zabota.contract.SocialContractProcess;
import ru.zabota.contract.SocialContractProcess.Decision;
import ru.zabota.workflow.Actor;
import ru.zabota.workflow.EngineSteps;
import ru.zabota.workflow.Workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ru.zabota.workflow.ProcessVariable.values;

/**
 * The engine's cost of the journeys' BPMN steps (issue 14): the same starts, task completions and message
 * correlations the portal and Tasklist cause, through the engine's Java API on the same database, with no HTTP and
 * no portal — timed one by one after a warm-up. Keys are the load test's request names ({@code JourneysSimulation}),
 * so that {@code perf/load.sh} prints portal step ÷ engine step per kind.
 * <p>
 * Every instance is the baseline's own: its case, application or contract rows are inserted first (untimed, numbered
 * {@code 602-B…}/{@code 603-B…}) for one person — the region's last generated citizen, whom the load test leaves
 * alone — so the delegates find the domain facts they check, and the rows end consistent with their process: the
 * [602] applications decided and published, the [603] contracts signed by both parties and in force.
 */
public class EngineBaseline {
    private static final Logger log = LoggerFactory.getLogger(EngineBaseline.class);
    static final Pattern OPTION_ID = Pattern.compile("value\\\\?\"?\\s*[:=]\\s*\\\\?\"?(\\d+)");
    /** The load test's request name ↔ the engine step it causes. */
    public static final Map<String, String> KINDS = kinds();

    private final JdbcTemplate jdbc;
    private final Workflow workflow;
    private final EngineSteps steps;
    private final Map<String, List<Long>> nanos = new LinkedHashMap<>();

    public EngineBaseline(JdbcTemplate jdbc, Workflow workflow, EngineSteps steps) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.steps = steps;
    }

    private static Map<String, String> kinds() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("602 submit", "start " + CertificateProcess.KEY);
        k.put("staff complete assignExecutor", "complete task assignExecutor");
        k.put("staff complete reviewApplication", "complete task reviewApplication");
        k.put("staff complete approveDecision", "complete task approveDecision");
        k.put("603 request", "start " + SocialContractProcess.KEY);
        k.put("603 provider sign", "correlate " + SocialContractProcess.Messages.PROVIDER_DECIDED);
        k.put("603 citizen sign", "correlate " + SocialContractProcess.Messages.CITIZEN_DECIDED);
        return k;
    }

    /** Per kind: the number of timed steps and their mean and percentiles in ms. */
    public record Stats(String engineStep, int count, double meanMs, double p50Ms, double p95Ms, double p99Ms) {
    }

    public record Result(int steps, int warmup, Map<String, Stats> kinds, Instant at) {
        /** A small JSON document (the ratio script reads it). */
        public String json() {
            StringBuilder b = new StringBuilder("{\n  \"steps\": " + steps + ", \"warmup\": " + warmup + ", \"at\": \"" + at + "\",\n  \"kinds\": {\n");
            int i = 0;
            for (var e : kinds.entrySet()) {
                Stats s = e.getValue();
                b.append(String.format(java.util.Locale.ROOT, "    \"%s\": {\"engineStep\": \"%s\", \"count\": %d, \"meanMs\": %.3f, \"p50Ms\": %.3f, \"p95Ms\": %.3f, \"p99Ms\": %.3f}%s%n",
                        e.getKey(), s.engineStep(), s.count(), s.meanMs(), s.p50Ms(), s.p95Ms(), s.p99Ms(), ++i < kinds.size() ? "," : ""));
            }
            return b.append("  }\n}\n").toString();
        }
    }

    /** {@code warmup} untimed rounds, then {@code n} timed rounds; a round is one [602] and one [603] instance through their steps. */
    public Result run(int n, int warmup) {
        Subject who = subject();
        String tag = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        for (int i = 0; i < warmup + n; i++) {
            boolean timed = i >= warmup;
            certificate(who, tag + "-" + i, timed);
            contract(who, tag + "-" + i, timed);
        }
        Map<String, Stats> out = new LinkedHashMap<>();
        KINDS.forEach((kind, engineStep) -> out.put(kind, stats(engineStep, nanos.getOrDefault(kind, List.of()))));
        Result r = new Result(n, warmup, out, Instant.now());
        log.info("Engine baseline: {}", r.json());
        return r;
    }

    /** The person the baseline's instances belong to, with the ИППСУ and a recommended provider. */
    record Subject(long person, long ippsu, long provider, List<Long> serviceTypes) {
    }

    Subject subject() {
        Map<String, Object> row = jdbc.queryForMap("SELECT i.person_id, i.id, MIN(p.provider_id) AS provider FROM ippsu i "
                + "JOIN need_recognition n ON n.person_id = i.person_id AND n.decision = 'SATISFIED' "
                + "JOIN ippsu_provider p ON p.ippsu_id = i.id WHERE i.valid_to > CURRENT_DATE "
                + "GROUP BY i.person_id, i.id ORDER BY i.person_id DESC LIMIT 1");
        long ippsu = ((Number) row.get("id")).longValue();
        List<Long> services = jdbc.queryForList("SELECT s.service_type_id FROM ippsu_service s JOIN provider_service ps "
                + "ON ps.service_type_id = s.service_type_id AND ps.provider_id = ? WHERE s.ippsu_id = ?", Long.class, row.get("provider"), ippsu);
        return new Subject(((Number) row.get("person_id")).longValue(), ippsu, ((Number) row.get("provider")).longValue(), services);
    }

    void certificate(Subject s, String n, boolean timed) {
        String number = "602-B" + n;
        Timestamp now = Timestamp.from(Instant.now());
        long caseId = jdbc.queryForObject("INSERT INTO social_case (case_type, number, applicant_id, submitted_by, status, created_at, updated_at) "
                + "VALUES ('CERTIFICATE_602', ?, ?, 'Замер движка', 'SUBMITTED', ?, ?) RETURNING id", Long.class, number, s.person(), now, now);
        long app = jdbc.queryForObject("INSERT INTO certificate_application (person_id, case_id, certificate_type, status, created_by, created_at, submitted_at) "
                + "VALUES (?, ?, 'SOCIAL_CERTIFICATE', 'SUBMITTED', 'Замер движка', ?, ?) RETURNING id", Long.class, s.person(), caseId, now, now);
        String pi = time(timed, "602 submit", () -> workflow.start(CertificateProcess.KEY, number,
                values(CertificateProcess.APPLICATION_ID.is(app), CertificateProcess.CASE_ID.is(caseId))));
        jdbc.update("UPDATE social_case SET process_instance_id = ? WHERE id = ?", pi, caseId);

        String assign = task(pi, CertificateProcess.Elements.ASSIGN_EXECUTOR);
        steps.claim(assign, "head");
        time(timed, "staff complete assignExecutor", () -> {
            steps.complete(assign, "head", Map.of("executor", "specialist"));
            return null;
        });

        String review = task(pi, "reviewApplication");
        Matcher m = OPTION_ID.matcher(Objects.toString(steps.localText(review, CertificateProcess.PROVIDER_OPTIONS.name()), ""));
        List<String> ids = new ArrayList<>();
        while (m.find() && ids.size() < 2) ids.add(m.group(1));
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("interagencyRequest", "NONE");
        decision.put("decision", "APPROVE");
        decision.put("recommendedProviders", SpinValues.jsonValue("[" + String.join(",", ids) + "]").create());
        decision.put("certificateValue", 45000L);
        decision.put("certificateVolume", 120L);
        decision.put("validUntil", LocalDate.now().plusYears(1).toString());
        steps.claim(review, "specialist");
        time(timed, "staff complete reviewApplication", () -> {
            steps.complete(review, "specialist", decision);
            return null;
        });

        String approve = steps.taskOf(pi, "approveDecision");
        if (approve != null) {
            steps.claim(approve, "approver");
            time(timed, "staff complete approveDecision", () -> {
                steps.complete(approve, "approver", Map.of("approval", "PUBLISH"));
                return null;
            });
        }
    }

    void contract(Subject s, String n, boolean timed) {
        String number = "603-B" + n;
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate from = LocalDate.now().plusYears(2);
        long caseId = jdbc.queryForObject("INSERT INTO social_case (case_type, number, applicant_id, submitted_by, status, created_at, updated_at) "
                + "VALUES ('CONTRACT_603', ?, ?, 'Замер движка', 'SUBMITTED', ?, ?) RETURNING id", Long.class, number, s.person(), now, now);
        long contract = jdbc.queryForObject("INSERT INTO contract (number, case_id, person_id, provider_id, basis, ippsu_id, service_form, status, "
                + "term_from, term_to, created_by, created_at) VALUES (?, ?, ?, ?, 'IPPSU', ?, 'HOME', 'CONCLUDING', ?, ?, 'Замер движка', ?) RETURNING id",
                Long.class, number, caseId, s.person(), s.provider(), s.ippsu(), java.sql.Date.valueOf(from), java.sql.Date.valueOf(from.plusDays(6)), now);
        if (!s.serviceTypes().isEmpty()) {
            jdbc.update("INSERT INTO contract_line (contract_id, service_type_id, tariff, programme_volume, frequency) VALUES (?, ?, 200, 2, '2 раза в неделю')",
                    contract, s.serviceTypes().get(0));
        }
        jdbc.update("INSERT INTO contract_signature (contract_id, party, signer, signed_at, document_hash) VALUES (?, 'PROVIDER', 'Замер движка', ?, ?)",
                contract, now, "0".repeat(64));
        String pi = time(timed, "603 request", () -> workflow.start(SocialContractProcess.KEY, number, values(
                SocialContractProcess.Vars.CONTRACT_ID.is(contract),
                SocialContractProcess.Vars.CASE_ID.is(caseId),
                SocialContractProcess.Vars.PROVIDER_ACTOR.is(Actor.providerOrganisation(s.provider()).id()),
                SocialContractProcess.Vars.RECIPIENT_ACTOR.is(Actor.person(s.person()).id()),
                SocialContractProcess.Vars.PROVIDER_DUE.is(java.util.Date.from(Instant.now().plusSeconds(30L * 86400))))));
        jdbc.update("UPDATE social_case SET process_instance_id = ? WHERE id = ?", pi, caseId);
        time(timed, "603 provider sign", () -> {
            workflow.correlate(SocialContractProcess.Messages.PROVIDER_DECIDED, number,
                    values(SocialContractProcess.Vars.PROVIDER_DECISION.is(Decision.SIGN)));
            return null;
        });
        jdbc.update("INSERT INTO contract_signature (contract_id, party, signer, signed_at, document_hash) VALUES (?, 'CITIZEN', 'Замер движка', ?, ?)",
                contract, Timestamp.from(Instant.now()), "1".repeat(64));
        time(timed, "603 citizen sign", () -> {
            workflow.correlate(SocialContractProcess.Messages.CITIZEN_DECIDED, number,
                    values(SocialContractProcess.Vars.CITIZEN_DECISION.is(Decision.SIGN)));
            return null;
        });
    }

    private String task(String pi, String key) {
        String id = steps.taskOf(pi, key);
        if (id == null) throw new IllegalStateException("No task " + key + " in instance " + pi);
        return id;
    }

    private <T> T time(boolean timed, String kind, Supplier<T> step) {
        long t0 = System.nanoTime();
        T result = step.get();
        long took = System.nanoTime() - t0;
        if (timed) nanos.computeIfAbsent(kind, k -> new ArrayList<>()).add(took);
        return result;
    }

    static Stats stats(String engineStep, List<Long> ns) {
        if (ns.isEmpty()) return new Stats(engineStep, 0, 0, 0, 0, 0);
        List<Long> sorted = new ArrayList<>(ns);
        sorted.sort(null);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        return new Stats(engineStep, sorted.size(), mean, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
