package ru.zabota.perf;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.zabota.TimeConfig;
import ru.zabota.certificate.CertificateProcess;
import ru.zabota.contract.SocialContractProcess;
import ru.zabota.contract.SocialContractProcess.Decision;
import ru.zabota.contract.SocialContractProcess.Elements;
import ru.zabota.workflow.Actor;
import ru.zabota.workflow.ProcessVariable;
import ru.zabota.workflow.Workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static ru.zabota.contract.SocialContractProcess.Vars.CASE_ID;
import static ru.zabota.contract.SocialContractProcess.Vars.CITIZEN_DECISION;
import static ru.zabota.contract.SocialContractProcess.Vars.CITIZEN_DUE;
import static ru.zabota.contract.SocialContractProcess.Vars.CONTRACT_ID;
import static ru.zabota.contract.SocialContractProcess.Vars.PROVIDER_ACTOR;
import static ru.zabota.contract.SocialContractProcess.Vars.PROVIDER_DECISION;
import static ru.zabota.contract.SocialContractProcess.Vars.PROVIDER_DUE;
import static ru.zabota.contract.SocialContractProcess.Vars.RECIPIENT_ACTOR;
import static ru.zabota.contract.SocialContractProcess.Vars.TERM_END;
import static ru.zabota.workflow.ProcessVariable.values;

/**
 * The generated region's process instances: one real engine instance per generated [603] contract and [602] case,
 * created where the record's status says the case is ({@link Workflow#startGeneratedAt}) — an ended case at its end
 * event (a declined contract at «Договор отклонён», a decided [602] case at «Работа по заявке завершена»), so its
 * history is complete and carries a removal time; a running one at its wait state (a contract with the provider at
 * «Поставщик рассматривает», a signing one at the recipient's signature, an active one in «Оказание услуг», a [602]
 * case in review at the specialist's task «Рассмотреть заявление»), so Tasklist and Cockpit show them.
 * <p>
 * Variables are ids, actor ids, deadlines and decisions only, as the processes set them. Instances are created in
 * transactions of {@link #PER_TRANSACTION} (the engine batches the inserts of one flush) on {@link #THREADS} threads,
 * and each transaction also links the cases to their instances ({@code social_case.process_instance_id}).
 */
class RegionProcesses {
    static final int PER_TRANSACTION = 250;
    static final int THREADS = 2;

    private final JdbcTemplate jdbc;
    private final Workflow workflow;
    private final TransactionTemplate tx;
    private final List<String> specialists;

    /** An instance to create: where, with which variables, and the case it belongs to. */
    record Instance(String processKey, String businessKey, String activityId, Map<String, Object> ids, long caseId) {
    }

    RegionProcesses(JdbcTemplate jdbc, Workflow workflow, TransactionTemplate tx, List<String> specialists) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.tx = tx;
        this.specialists = specialists;
    }

    /** Creates the instances of the generated contracts (ids from {@code contract0}) and [602] applications. */
    void create(long contract0, long application0, OffsetDateTime now, Map<String, Integer> rows) {
        List<Instance> finished = new ArrayList<>(), running = new ArrayList<>();
        Date soon = Date.from(now.plusDays(30).toInstant());
        jdbc.query("SELECT c.id, c.case_id, c.provider_id, c.person_id, s.number, c.status, c.term_to FROM contract c "
                + "JOIN social_case s ON s.id = c.case_id WHERE c.id >= ? ORDER BY c.id", rs -> {
            long id = rs.getLong(1), caseId = rs.getLong(2);
            String status = rs.getString(6);
            java.sql.Date termTo = rs.getDate(7);
            Map<String, Object> ids = values(CONTRACT_ID.is(id), CASE_ID.is(caseId),
                    PROVIDER_ACTOR.is(Actor.providerOrganisation(rs.getLong(3)).id()), RECIPIENT_ACTOR.is(Actor.person(rs.getLong(4)).id()));
            Date termEnd = termTo == null ? null : Date.from(termTo.toLocalDate().plusDays(10).atTime(23, 59).atZone(TimeConfig.REGION_ZONE).toInstant());
            String at = switch (status) {
                case "CONCLUDING" -> { ids.putAll(values(PROVIDER_DUE.is(soon))); yield Elements.PROVIDER_REVIEW; }
                case "SIGNING" -> { ids.putAll(values(PROVIDER_DECISION.is(Decision.SIGN), CITIZEN_DUE.is(soon))); yield Elements.CITIZEN_SIGNATURE; }
                case "ACTIVE" -> { signed(ids, termEnd); yield Elements.DELIVERY; }
                case "EXECUTED" -> { signed(ids, termEnd); yield Elements.EXECUTED_END; }
                case "CLOSED" -> { signed(ids, termEnd); yield Elements.CLOSED_AT_TERM_END; }
                case "DECLINED" -> { ids.putAll(values(PROVIDER_DECISION.is(Decision.DECLINE))); yield Elements.DECLINED_END; }
                case "WITHDRAWN" -> Elements.WITHDRAWN_END;
                default -> throw new IllegalStateException("no place in the [603] process for status " + status);
            };
            boolean ends = at.equals(Elements.EXECUTED_END) || at.equals(Elements.CLOSED_AT_TERM_END) || at.equals(Elements.DECLINED_END)
                    || at.equals(Elements.WITHDRAWN_END);
            (ends ? finished : running).add(new Instance(SocialContractProcess.KEY, rs.getString(5), at, ids, caseId));
        }, contract0);
        Date decisionDue = Date.from(now.plusDays(10).toInstant());
        int[] n = {0};
        jdbc.query("SELECT a.id, a.case_id, s.number, a.status FROM certificate_application a JOIN social_case s ON s.id = a.case_id "
                + "WHERE a.id >= ? ORDER BY a.id", rs -> {
            long caseId = rs.getLong(2);
            Map<String, Object> ids = values(CertificateProcess.APPLICATION_ID.is(rs.getLong(1)), CertificateProcess.CASE_ID.is(caseId));
            String status = rs.getString(4);
            String executor = specialists.isEmpty() ? null : specialists.get(n[0]++ % specialists.size());
            if (executor != null) ids.putAll(values(CertificateProcess.EXECUTOR.is(executor)));
            if (status.equals("IN_REVIEW")) {
                ids.putAll(values(CertificateProcess.DECISION_DUE.is(decisionDue)));
                // the specialist's task when there are specialists; else the heads' «Назначить исполнителя»
                running.add(new Instance(CertificateProcess.KEY, rs.getString(3),
                        executor != null ? CertificateProcess.Elements.REVIEW : CertificateProcess.Elements.ASSIGN_EXECUTOR, ids, caseId));
            } else {
                ids.putAll(values(CertificateProcess.DECISION.is(status.equals("SATISFIED") ? CertificateProcess.Decision.APPROVE
                        : CertificateProcess.Decision.REJECT), CertificateProcess.APPROVAL.is(CertificateProcess.Approval.PUBLISH)));
                finished.add(new Instance(CertificateProcess.KEY, rs.getString(3), CertificateProcess.Elements.END, ids, caseId));
            }
        }, application0);

        rows.put("contracts at the provider", (int) running.stream().filter(i -> i.activityId().equals(Elements.PROVIDER_REVIEW)).count());
        Duration f = create(finished);
        rows.put("finished instances", finished.size());
        rows.put("finished instances/s", perSecond(finished.size(), f));
        rows.put("finished instances s", (int) f.toSeconds());
        Duration r = create(running);
        rows.put("running instances", running.size());
        rows.put("running instances/s", perSecond(running.size(), r));
        rows.put("running instances s", (int) r.toSeconds());
    }

    private static void signed(Map<String, Object> ids, Date termEnd) {
        ids.putAll(values(PROVIDER_DECISION.is(Decision.SIGN), CITIZEN_DECISION.is(Decision.SIGN), TERM_END.is(termEnd)));
    }

    private static int perSecond(int n, Duration took) {
        return (int) Math.round(n * 1000.0 / Math.max(1, took.toMillis()));
    }

    private Duration create(List<Instance> instances) {
        Instant started = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < instances.size(); from += PER_TRANSACTION) {
                List<Instance> chunk = instances.subList(from, Math.min(instances.size(), from + PER_TRANSACTION));
                done.add(pool.submit(() -> tx.executeWithoutResult(s -> {
                    List<Object[]> links = new ArrayList<>(chunk.size());
                    for (Instance i : chunk) {
                        links.add(new Object[]{workflow.startGeneratedAt(i.processKey(), i.businessKey(), i.activityId(), i.ids()), i.caseId()});
                    }
                    jdbc.batchUpdate("UPDATE social_case SET process_instance_id = ? WHERE id = ?", links);
                })));
            }
            for (Future<?> f : done) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("creating the region's process instances failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Duration.between(started, Instant.now());
    }
}
