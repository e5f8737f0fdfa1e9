package ru.zabota.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.zabota.ZabotaSpringTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role/owner access matrix (issue 10): for every request mapping of the application (pages and API) and for the
 * non-MVC doors grouped by prefix (engine REST, Camunda webapps, actuator, static files) the answer each actor must
 * get. The table is declared here, row by row; the test fails when a mapping has no row (a new endpoint cannot slip
 * in unnoticed) and when a row has no mapping.
 * <p>
 * Actors, by the demo seed: {@code anonymous}; {@code citizen}, the owner of the records tried; {@code citizen2},
 * another citizen; {@code parent}, a legal representative acting for her child (not for {@code citizen});
 * {@code provider}, the head of the organisation the contract is with; {@code worker}, a social worker of that
 * organisation; {@code provider2}, the head of another organisation; {@code staff}, the specialist of the office
 * (Camunda identity) in the session of the staff pages, and by HTTP Basic on the engine REST API and the actuator.
 * <p>
 * Principles (DESIGN.md «Security»): another party's record answers 404 (nothing revealed); a forbidden action for
 * the right party's wrong role answers 403; staff use {@code /staff/**}, Tasklist and {@code /engine-rest/**}, never
 * the portal's personal pages and API (403); portal users are refused in the staff area (403); anonymous visitors
 * read the registry and catalog pages.
 */
@ZabotaSpringTest
class AccessMatrixTest {

    /** Who asks; {@code user} is the demo account (password {@code demo}). */
    enum Actor {
        ANONYMOUS(null), CITIZEN("citizen"), CITIZEN2("citizen2"), PARENT("parent"), PROVIDER("provider"),
        WORKER("worker"), PROVIDER2("provider2"), STAFF("specialist");

        final String user;

        Actor(String user) {
            this.user = user;
        }

        boolean portal() {
            return this != ANONYMOUS && this != STAFF;
        }

        @Override
        public String toString() {
            return this == STAFF ? "staff(specialist)" : name().toLowerCase();
        }
    }

    /** The class of an answer. */
    enum Expect {
        /** 2xx, or a redirect to a page that is not a login page (a form step: without a refusal shown on it). */
        OK,
        /** 401, or a redirect to a login page. */
        REFUSED,
        /** 403. */
        FORBIDDEN,
        /** 404: someone else's record, answered as if it did not exist. */
        NOT_FOUND,
        /**
         * Let in, refused on the content or the state by the domain, nothing changed: 400, 409, 422, or a form
         * step that redirects back showing the refusal. Used where the actor may act but the demo data cannot succeed.
         */
        INVALID,
        /** Not applicable: not executed; the cell carries the reason. */
        NA
    }

    record Cell(Expect expect, String reason) {
    }

    /** The records the matrix is tried on, built through the API before the matrix runs. */
    record Records(long org, long otherOrg, long ippsu, long child, long contract, long contractCase, long line,
                   long delivery, long confirmedDelivery, long draft, long token, LocalDate today) {
    }

    /** Path variables and query of one request, from the records (and, for a fresh record, its own ids). */
    interface Vars extends Function<Records, Map<String, Object>> {
    }

    /** A request body: JSON for {@code /api/**}, a form for pages. */
    interface Body {
        Map<String, Object> of(Records r, Actor actor, Map<String, Object> vars);
    }

    /**
     * One row: a mapping ({@code METHOD pattern}; {@code ANY} when the mapping names no method) or a group of
     * non-MVC paths by prefix, tried with {@code sample}; the expected class per actor.
     */
    static final class Rule {
        final String method;
        final String pattern;
        final String sample;
        final EnumMap<Actor, Cell> cells = new EnumMap<>(Actor.class);
        /** OK cells that change the record for good: tried after every other cell, each on a fresh record. */
        final EnumMap<Actor, Vars> last = new EnumMap<>(Actor.class);
        Vars vars = r -> Map.of();
        Function<Records, String> query = r -> "";
        Body body = (r, a, v) -> Map.of();

        Rule(String mapping, String sample, String expected) {
            String[] mp = mapping.split(" ", 2);
            this.method = mp[0];
            this.pattern = mp[1];
            this.sample = sample;
            String[] tokens = expected.trim().split("\\s+");
            if (tokens.length != Actor.values().length) {
                throw new IllegalArgumentException(mapping + ": " + tokens.length + " cells, not " + Actor.values().length);
            }
            for (int i = 0; i < tokens.length; i++) {
                Expect e = switch (tokens[i]) {
                    case "OK" -> Expect.OK;
                    case "REF" -> Expect.REFUSED;
                    case "403" -> Expect.FORBIDDEN;
                    case "404" -> Expect.NOT_FOUND;
                    case "BAD" -> Expect.INVALID;
                    case "n/a" -> Expect.NA;
                    default -> throw new IllegalArgumentException(mapping + ": unknown cell " + tokens[i]);
                };
                cells.put(Actor.values()[i], new Cell(e, null));
            }
        }

        String key() {
            return method + " " + pattern;
        }

        boolean group() {
            return sample != null;
        }

        /** Why a cell is what it is (required for n/a and for INVALID). */
        Rule why(Actor actor, String reason) {
            cells.put(actor, new Cell(cells.get(actor).expect(), reason));
            return this;
        }

        Rule na(String reason, Actor... actors) {
            for (Actor a : actors) cells.put(a, new Cell(Expect.NA, reason));
            return this;
        }

        Rule with(Vars vars) {
            this.vars = vars;
            return this;
        }

        Rule query(Function<Records, String> query) {
            this.query = query;
            return this;
        }

        Rule body(Body body) {
            this.body = body;
            return this;
        }

        /** The actor's OK changes the record for good: tried last, on the fresh record the function builds. */
        Rule last(Actor actor, Vars fresh) {
            last.put(actor, fresh);
            return this;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    // ---- the table ------------------------------------------------------------------------------------------------
    //        columns: anonymous citizen citizen2 parent provider worker provider2 staff
    static final String PUBLIC = "OK  OK  OK  OK  OK  OK  OK  OK";
    /** Any portal user about themselves (profile, tokens, the role choice): staff are not portal users. */
    static final String PORTAL = "REF OK  OK  OK  OK  OK  OK  403";
    /** A citizen's own function (also the representative's, for the child): not the provider's roles. */
    static final String CITIZENS = "REF OK  OK  OK  403 403 403 403";
    /** A record of the citizen alone (an application, a case). */
    static final String CITIZENS_RECORD = "REF OK  404 404 403 403 403 403";
    /** A contract's or a delivery's record, read by both parties: the recipient and the provider's employees. */
    static final String PARTIES = "REF OK  404 404 OK  OK  404 403";
    /** Signing: the recipient and the head; the worker of the same organisation is the wrong role. */
    static final String SIGNERS = "REF OK  404 404 OK  403 404 403";
    /** The head's step (terms, services): the worker is the wrong role; the recipient answers 404 (ContractParty.requireProvider). */
    static final String HEAD = "REF 404 404 404 OK  403 404 403";
    /** The recipient's step (withdraw, act, review); the provider's side answers 404 as for a record it may not act on. */
    static final String RECIPIENT = "REF OK  404 404 404 404 404 403";
    /** The calendar of the organisation's record: head and worker; the recipient answers 404 (ContractParty.requireProvider). */
    static final String CALENDAR = "REF 404 404 404 OK  OK  404 403";
    /** The provider's own lists (each organisation its own): citizens answer 404 (no such section/calendar for them). */
    static final String PROVIDER_LISTS = "REF 404 404 404 OK  OK  OK  403";
    /** The staff pages: portal users are refused there as a whole. */
    static final String STAFF_PAGES = "REF 403 403 403 403 403 403 OK";

    static List<Rule> rules() {
        List<Rule> t = new ArrayList<>();
        // -- public pages and reference data
        t.add(rule("GET /", PUBLIC));
        t.add(rule("GET /catalog", PUBLIC));
        t.add(rule("GET /registry", PUBLIC));
        t.add(rule("GET /registry/{id}", PUBLIC).with(r -> Map.of("id", r.org())));
        t.add(rule("GET /api/providers", PUBLIC));
        t.add(rule("GET /api/providers/{id}", PUBLIC).with(r -> Map.of("id", r.org())));
        t.add(rule("GET /api/municipalities", PUBLIC));
        t.add(rule("GET /api/service-types", PUBLIC));
        t.add(rule("GET /login", PUBLIC));
        t.add(rule("GET /staff/login", PUBLIC));
        t.add(rule("GET /v3/api-docs", PUBLIC));
        t.add(rule("GET /v3/api-docs.yaml", PUBLIC));
        t.add(rule("GET /v3/api-docs/swagger-config", PUBLIC));
        t.add(rule("GET /swagger-ui.html", PUBLIC));
        t.add(rule("ANY /error", "n/a n/a n/a n/a n/a n/a n/a n/a")
                .na("the container's error page, reached by a forward of a failed request, not by a link", Actor.values()));

        // -- any portal user about themselves
        t.add(rule("GET /role", PORTAL));
        t.add(rule("POST /role", PORTAL).body((r, a, v) -> roleChoice(r, a)));
        t.add(rule("GET /cabinet", PORTAL));
        t.add(rule("GET /cabinet/{section}", "REF OK  OK  OK  OK  404 OK  403").with(r -> Map.of("section", "messages"))
                .why(Actor.WORKER, "«Сообщения» is not a section of the worker's cabinet (CabinetSections): 404 as for any unknown section"));
        t.add(rule("GET /cabinet/profile", PORTAL));
        t.add(rule("POST /cabinet/profile", PORTAL).why(Actor.CITIZEN, "the actor's own contacts, sent back unchanged"));
        t.add(rule("GET /api/me", PORTAL));
        t.add(rule("GET /api/profile", PORTAL));
        t.add(rule("PUT /api/profile", PORTAL).why(Actor.CITIZEN, "the actor's own contacts, sent back unchanged"));
        t.add(rule("GET /api/tokens", PORTAL));
        t.add(rule("POST /api/tokens", PORTAL).body((r, a, v) -> Map.of("name", "matrix " + a)));
        t.add(rule("DELETE /api/tokens/{id}", "REF OK  404 404 404 404 404 403").with(r -> Map.of("id", r.token()))
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.token())));
        t.add(rule("GET /api/certificate-types", PORTAL));
        t.add(rule("GET /api/contracts", PORTAL));
        t.add(rule("GET /cabinet/contracts", PORTAL));

        // -- the citizen's own functions: cases, ИППСУ, certificate applications
        t.add(rule("GET /api/cases", CITIZENS));
        t.add(rule("GET /cabinet/cases", CITIZENS));
        t.add(rule("GET /api/cases/{id}/history", CITIZENS_RECORD).with(r -> Map.of("id", r.contractCase())));
        t.add(rule("GET /cabinet/cases/{id}", CITIZENS_RECORD).with(r -> Map.of("id", r.contractCase())));
        t.add(rule("GET /api/ippsu", "REF OK  404 OK  403 403 403 403")
                .why(Actor.CITIZEN2, "citizen2 has no ИППСУ in force: 404 is his own answer"));
        t.add(rule("GET /cabinet/ippsu", CITIZENS));
        t.add(rule("GET /api/certificates", CITIZENS));
        t.add(rule("GET /cabinet/certificates", CITIZENS));
        t.add(rule("POST /api/certificates", "REF OK  BAD OK  403 403 403 403")
                .body((r, a, v) -> Map.of("type", "SOCIAL_CERTIFICATE"))
                .why(Actor.CITIZEN2, "citizen2 has no [601] decision: 422 before anything is saved"));
        t.add(rule("POST /cabinet/certificates", "REF OK  BAD OK  403 403 403 403")
                .body((r, a, v) -> Map.of("type", "SOCIAL_CERTIFICATE"))
                .why(Actor.CITIZEN2, "citizen2 has no [601] decision: the list shows the refusal"));
        t.add(rule("GET /api/certificates/{id}", CITIZENS_RECORD).with(r -> Map.of("id", r.draft())));
        t.add(rule("GET /cabinet/certificates/{id}", CITIZENS_RECORD).with(r -> Map.of("id", r.draft())));
        t.add(rule("POST /api/certificates/{id}/submit", CITIZENS_RECORD).with(r -> Map.of("id", r.draft()))
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.draft())));
        t.add(rule("POST /cabinet/certificates/{id}/submit", CITIZENS_RECORD).with(r -> Map.of("id", r.draft()))
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.draft())));
        t.add(rule("DELETE /api/certificates/{id}", CITIZENS_RECORD).with(r -> Map.of("id", r.draft()))
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.draft())));
        t.add(rule("POST /cabinet/certificates/{id}/cancel", CITIZENS_RECORD).with(r -> Map.of("id", r.draft()))
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.draft())));

        // -- contracts [603]: the request
        Body request = (r, a, v) -> Map.of("providerId", r.org(), "basis", "IPPSU", "basisId", r.ippsu());
        t.add(rule("POST /api/contracts", "REF OK  BAD 404 403 403 403 403").body(request)
                .why(Actor.CITIZEN2, "citizen2 has no ИППСУ in force: 422")
                .why(Actor.PARENT, "the citizen's ИППСУ is not the child's: 404")
                .last(Actor.CITIZEN, r -> Map.of()));
        t.add(rule("GET /cabinet/contracts/new", CITIZENS)
                .query(r -> "providerId=" + r.org() + "&basis=IPPSU&basisId=" + r.ippsu()));
        t.add(rule("POST /cabinet/contracts", "REF OK  BAD 404 403 403 403 403").body(request)
                .why(Actor.CITIZEN2, "citizen2 has no ИППСУ in force: the form shows the refusal")
                .why(Actor.PARENT, "the citizen's ИППСУ is not the child's: 404")
                .last(Actor.CITIZEN, r -> Map.of()));

        // -- contracts: reading (the active contract of citizen with provider's organisation)
        t.add(rule("GET /api/contracts/{id}", PARTIES).with(contract()));
        t.add(rule("GET /api/contracts/{id}/document", PARTIES).with(contract()));
        t.add(rule("GET /api/contracts/{id}/deliveries", PARTIES).with(contract()));
        t.add(rule("GET /cabinet/contracts/{id}", PARTIES).with(contract()));
        t.add(rule("GET /cabinet/recipients", PROVIDER_LISTS));

        // -- contracts: the steps. Signing an active contract again is idempotent (the signature is on record).
        t.add(rule("POST /api/contracts/{id}/sign", SIGNERS).with(contract()));
        t.add(rule("POST /cabinet/contracts/{id}/sign", SIGNERS).with(contract()));
        Body reason = (r, a, v) -> Map.of("reason", "Проверка матрицы доступа");
        t.add(rule("POST /api/contracts/{id}/decline", SIGNERS).with(contract()).body(reason)
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.signing()))
                .last(Actor.PROVIDER, r -> Map.of("id", FRESH.concluding())));
        t.add(rule("POST /cabinet/contracts/{id}/decline", SIGNERS).with(contract()).body(reason)
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.signing()))
                .last(Actor.PROVIDER, r -> Map.of("id", FRESH.concluding())));
        Body term = (r, a, v) -> Map.of("from", r.today().toString(), "to", r.today().plusDays(30).toString());
        t.add(rule("PUT /api/contracts/{id}/term", HEAD).with(contract()).body(term)
                .last(Actor.PROVIDER, r -> Map.of("id", FRESH.concluding())));
        t.add(rule("POST /cabinet/contracts/{id}/term", HEAD).with(contract()).body(term)
                .last(Actor.PROVIDER, r -> Map.of("id", FRESH.concluding())));
        t.add(rule("DELETE /api/contracts/{id}/services/{lineId}", HEAD).with(r -> Map.of("id", r.contract(), "lineId", r.line()))
                .last(Actor.PROVIDER, r -> FRESH.concludingWithLine()));
        t.add(rule("POST /cabinet/contracts/{id}/services/{lineId}/remove", HEAD).with(r -> Map.of("id", r.contract(), "lineId", r.line()))
                .last(Actor.PROVIDER, r -> FRESH.concludingWithLine()));
        t.add(rule("POST /api/contracts/{id}/withdraw", RECIPIENT).with(contract())
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.concluding())));
        t.add(rule("POST /cabinet/contracts/{id}/withdraw", RECIPIENT).with(contract())
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.concluding())));
        t.add(rule("POST /api/contracts/{id}/act/sign", RECIPIENT).with(contract())
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.delivered())));
        t.add(rule("POST /cabinet/contracts/{id}/act", RECIPIENT).with(contract())
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.delivered())));
        Body review = (r, a, v) -> Map.of("rating", 5, "comment", "Проверка матрицы доступа");
        t.add(rule("POST /api/contracts/{id}/review", RECIPIENT).with(contract()).body(review)
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.executed())));
        t.add(rule("POST /cabinet/contracts/{id}/review", RECIPIENT).with(contract()).body(review)
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.executed())));

        // -- the delivery calendar
        Body slot = (r, a, v) -> Map.of("lineId", r.line(), "scheduledAt", r.today().minusDays(1) + "T10:00:00");
        Body slotForm = (r, a, v) -> Map.of("contract", r.contract(), "lineId", r.line(), "date", r.today().minusDays(1).toString(), "time", "10:00");
        t.add(rule("GET /api/deliveries", PROVIDER_LISTS).query(r -> "from=" + r.today().minusDays(7) + "&to=" + r.today().plusDays(7)));
        t.add(rule("GET /cabinet/calendar", PROVIDER_LISTS));
        t.add(rule("POST /api/contracts/{id}/deliveries", CALENDAR).with(contract()).body(slot));
        t.add(rule("POST /cabinet/calendar", CALENDAR).body(slotForm));
        t.add(rule("GET /api/deliveries/{id}", PARTIES).with(delivery()));
        t.add(rule("GET /cabinet/deliveries/{id}", PARTIES).with(delivery()));
        t.add(rule("PUT /api/deliveries/{id}", CALENDAR).with(delivery()).body(slot));
        t.add(rule("POST /cabinet/deliveries/{id}", CALENDAR).with(delivery())
                .body((r, a, v) -> Map.of("lineId", r.line(), "date", r.today().minusDays(1).toString(), "time", "10:00")));
        t.add(rule("DELETE /api/deliveries/{id}", CALENDAR).with(delivery())
                .last(Actor.PROVIDER, r -> Map.of("id", FRESH.delivery()))
                .last(Actor.WORKER, r -> Map.of("id", FRESH.delivery())));
        t.add(rule("POST /cabinet/deliveries/{id}/delete", CALENDAR).with(delivery())
                .last(Actor.PROVIDER, r -> Map.of("id", FRESH.delivery()))
                .last(Actor.WORKER, r -> Map.of("id", FRESH.delivery())));
        // the recipient signs in her cabinet, or on the worker's phone at the visit (DeliveryService.confirm)
        Body signed = (r, a, v) -> Map.of("signature", ru.zabota.contract.ContractJourney.drawnSignature());
        for (String confirm : List.of("POST /api/deliveries/{id}/confirm", "POST /cabinet/deliveries/{id}/confirm")) {
            t.add(rule(confirm, PARTIES).with(delivery()).body(signed)
                    .why(Actor.WORKER, "the recipient draws her signature on the worker's phone at the visit (DeliveryService.confirm)")
                    .why(Actor.PROVIDER, "as the worker: the recipient's signature drawn on the organisation's device")
                    .last(Actor.CITIZEN, r -> Map.of("id", FRESH.delivery()))
                    .last(Actor.PROVIDER, r -> Map.of("id", FRESH.delivery()))
                    .last(Actor.WORKER, r -> Map.of("id", FRESH.delivery())));
        }
        t.add(rule("GET /api/deliveries/{id}/signature", PARTIES).with(r -> Map.of("id", r.confirmedDelivery())));

        // -- the staff pages
        t.add(rule("GET /staff/cases", STAFF_PAGES));
        t.add(rule("GET /staff/cases/{id}", STAFF_PAGES).with(r -> Map.of("id", r.contractCase())));
        t.add(rule("GET /staff/cases/new", STAFF_PAGES));
        t.add(rule("POST /staff/cases/new", "REF 403 403 403 403 403 403 BAD")
                .why(Actor.STAFF, "an empty form (no СНИЛС): 422 with the form again, no application started"));
        t.add(rule("GET /staff/access-log", "REF 403 403 403 403 403 403 404")
                .why(Actor.STAFF, "the journal is the heads' (PersonalDataAccessLogTest): a specialist gets 404"));

        // -- the doors that are not Spring MVC mappings, by prefix (portal users and staff by HTTP Basic where it applies)
        t.add(group("ANY /engine-rest/**", "GET /engine-rest/task", "REF REF REF REF REF REF REF OK"));
        t.add(group("ANY /camunda/**", "GET /camunda/app/welcome/default/", PUBLIC)
                .why(Actor.ANONYMOUS, "the Camunda webapps keep their own login: the welcome page loads, its API asks to log in"));
        t.add(group("GET /actuator/health/**", "GET /actuator/health", PUBLIC));
        t.add(group("ANY /actuator/**", "GET /actuator/metrics", "REF REF REF REF REF REF REF 403")
                .why(Actor.STAFF, "metrics need an engine administrator (camunda-admin); a specialist is not"));
        t.add(group("GET /css/**, /js/**, /img/**, /webjars/**", "GET /css/zabota.css", PUBLIC));
        return t;
    }

    static Rule rule(String mapping, String expected) {
        return new Rule(mapping, null, expected);
    }

    static Rule group(String prefixes, String sample, String expected) {
        return new Rule(prefixes, sample, expected);
    }

    static Vars contract() {
        return r -> Map.of("id", r.contract());
    }

    static Vars delivery() {
        return r -> Map.of("id", r.delivery());
    }

    /** The POST /role of each actor: their own role (the parent for the child). */
    static Map<String, Object> roleChoice(Records r, Actor a) {
        return switch (a) {
            case PROVIDER, PROVIDER2 -> Map.of("role", "PROVIDER");
            case WORKER -> Map.of("role", "WORKER");
            case PARENT -> Map.of("role", "CITIZEN", "personId", r.child());
            default -> Map.of("role", "CITIZEN");
        };
    }

    /** Fresh records for the cells that change a record for good; bound when the matrix runs. */
    interface Fresh {
        long token();

        long draft();

        long concluding();

        Map<String, Object> concludingWithLine();

        long signing();

        long delivered();

        long executed();

        long delivery();
    }

    static Fresh FRESH;

    // ---- the enumeration ------------------------------------------------------------------------------------------

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Every {@code METHOD pattern} of the application's request mappings ({@code ANY} when no method is named). */
    Set<String> mappingKeys() {
        Set<String> keys = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) keys.add("ANY " + pattern);
                for (RequestMethod m : methods) keys.add(m.name() + " " + pattern);
            }
        }
        return keys;
    }

    @Test
    void everyMappingHasARuleAndEveryRuleAMapping() {
        Set<String> mapped = mappingKeys();
        Map<String, Rule> ruled = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Rule r : rules()) {
            if (r.group()) continue;
            if (ruled.put(r.key(), r) != null) duplicates.add(r.key());
        }
        List<String> withoutRule = mapped.stream().filter(k -> !ruled.containsKey(k)).toList();
        List<String> withoutMapping = ruled.keySet().stream().filter(k -> !mapped.contains(k)).toList();
        assertThat(duplicates).as("rules declared twice").isEmpty();
        assertThat(withoutRule).as("mappings without a rule in AccessMatrixTest.rules(): declare who may call them").isEmpty();
        assertThat(withoutMapping).as("rules without a mapping (renamed or removed endpoints)").isEmpty();
        // the enumeration is real: it sees the application's and the framework's mappings
        assertThat(mapped).contains("GET /api/me", "GET /cabinet/contracts/{id}", "GET /staff/cases/{id}", "ANY /error");
    }

    @Test
    void everyRuleIsComplete() {
        List<String> wrong = new ArrayList<>();
        for (Rule r : rules()) {
            if (r.cells.size() != Actor.values().length) wrong.add(r + ": " + r.cells.size() + " cells");
            r.cells.forEach((actor, cell) -> {
                if ((cell.expect() == Expect.NA || cell.expect() == Expect.INVALID) && cell.reason() == null) {
                    wrong.add(r + " / " + actor + ": " + cell.expect() + " without a reason");
                }
            });
            r.last.keySet().forEach(actor -> {
                if (r.cells.get(actor).expect() != Expect.OK) wrong.add(r + " / " + actor + ": tried last but not expected OK");
            });
            if (r.cells.get(Actor.ANONYMOUS).expect() == Expect.OK && !r.method.equals("GET") && !r.group()) {
                wrong.add(r + ": an anonymous change");
            }
        }
        assertThat(wrong).isEmpty();
        System.out.printf("AccessMatrixTest: %d rules × %d actors%n", rules().size(), Actor.values().length);
    }
}
