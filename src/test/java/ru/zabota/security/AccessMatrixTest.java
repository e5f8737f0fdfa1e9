package ru.zabota.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.contract.ContractJourney;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
 * <p>
 * {@link #theMatrixHolds()} then tries every cell against real records made through the API (ContractJourney): pages
 * in a browser-like session (form login, role chosen, CSRF token), the portal API by HTTP Basic (the parent with
 * {@code X-Acting-For} her child), staff in the staff pages' session. Refusals come first on shared records; the
 * OK cells that change a record for good ({@link Rule#last}) run after them, each on a fresh record. No password is
 * ever wrong, so the login throttle counts nothing.
 */
@ZabotaSpringTest
@SuppressWarnings("rawtypes")
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
                   long delivery, long confirmedDelivery, long draft, long token, LocalDate today,
                   Map<Actor, Map<String, Object>> contacts) {
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

        // -- the catalog (issue 11): public lists here; the rights on single ads are executed by CatalogApiTest and
        //    CatalogPagesTest (head OK, worker 403, citizen 403/404, provider2 403, another organisation's ad 404)
        t.add(rule("GET /catalog/{category}", PUBLIC).with(r -> Map.of("category", "taxi")));
        t.add(rule("GET /api/catalog/categories", PUBLIC));
        t.add(rule("GET /api/catalog/ads", PUBLIC));
        for (String m : List.of("GET /api/catalog/ads/{id}", "GET /catalog/ads/{id}", "GET /api/ads/{id}", "PUT /api/ads/{id}",
                "POST /api/ads", "POST /api/ads/{id}/submit", "POST /api/ads/{id}/deactivate", "GET /cabinet/ads/new",
                "GET /cabinet/ads/{id}/edit", "POST /cabinet/ads", "POST /cabinet/ads/{id}", "POST /cabinet/ads/{id}/submit",
                "POST /cabinet/ads/{id}/deactivate", "GET /staff/ads/{id}", "POST /staff/providers/{id}/catalog")) {
            t.add(rule(m, "n/a n/a n/a n/a n/a n/a n/a n/a").na("an ad's rights are executed by CatalogApiTest and CatalogPagesTest", Actor.values()));
        }
        // provider2, not in the catalog registry, reads its own empty list (and the page says why); it cannot publish
        t.add(rule("GET /api/ads", "REF 403 403 403 OK  403 OK  403"));
        t.add(rule("GET /cabinet/ads", "REF 403 403 403 OK  403 OK  403"));
        t.add(rule("GET /staff/providers/{id}/catalog", STAFF_PAGES).with(r -> Map.of("id", r.org())));

        // -- the catalog contract (issue 12): the lists of both sides here; the rights on a single contract and its
        //    steps are executed by CatalogContractApiTest and CatalogContractPagesTest (the parties OK, another citizen,
        //    another provider and someone else's representative 404, the worker 403 on decisions, out of order 409)
        t.add(rule("GET /api/catalog-contracts", PORTAL));
        t.add(rule("GET /api/my-services", PORTAL));
        t.add(rule("GET /cabinet/catalog-contracts", "REF OK  OK  OK  OK  404 OK  403")
                .why(Actor.WORKER, "«Контракты» is not a section of the worker's cabinet (CabinetSections): 404"));
        t.add(rule("GET /cabinet/my-services", "REF OK  OK  OK  OK  404 OK  403")
                .why(Actor.WORKER, "«Мои услуги» is not a section of the worker's cabinet (CabinetSections): 404"));
        for (String m : List.of("POST /api/catalog-contracts", "GET /api/catalog-contracts/{id}", "POST /api/catalog-contracts/{id}/decision",
                "POST /api/catalog-contracts/{id}/done", "POST /api/catalog-contracts/{id}/acceptance", "POST /api/receipts/{id}/payment",
                "GET /catalog-contracts/new", "POST /catalog-contracts", "GET /catalog-contracts/{id}", "POST /catalog-contracts/{id}/decision",
                "POST /catalog-contracts/{id}/done", "POST /catalog-contracts/{id}/acceptance", "POST /receipts/{id}/payment")) {
            t.add(rule(m, "n/a n/a n/a n/a n/a n/a n/a n/a").na("a catalog contract's rights are executed by CatalogContractApiTest and CatalogContractPagesTest", Actor.values()));
        }

        // -- any portal user about themselves
        t.add(rule("GET /role", PORTAL));
        t.add(rule("POST /role", PORTAL).body((r, a, v) -> roleChoice(r, a)));
        t.add(rule("GET /cabinet", PORTAL));
        t.add(rule("GET /cabinet/{section}", "REF 404 404 404 404 404 404 403").with(r -> Map.of("section", "compensation"))
                .why(Actor.PROVIDER, "every section of CabinetSections is its feature's page; an unknown or not yet built section (compensation) is 404, never a placeholder"));
        t.add(rule("GET /cabinet/profile", PORTAL));
        t.add(rule("POST /cabinet/profile", PORTAL).body((r, a, v) -> r.contacts().getOrDefault(a, Map.of())).why(Actor.CITIZEN, "the actor's own contacts, sent back unchanged"));
        t.add(rule("GET /api/me", PORTAL));
        t.add(rule("GET /api/profile", PORTAL));
        t.add(rule("PUT /api/profile", PORTAL).body((r, a, v) -> r.contacts().getOrDefault(a, Map.of())).why(Actor.CITIZEN, "the actor's own contacts, sent back unchanged"));
        t.add(rule("GET /api/tokens", PORTAL));
        t.add(rule("POST /api/tokens", PORTAL).body((r, a, v) -> Map.of("name", "matrix " + a)));
        t.add(rule("DELETE /api/tokens/{id}", "REF OK  404 404 404 404 404 403").with(r -> Map.of("id", r.token()))
                .last(Actor.CITIZEN, r -> Map.of("id", FRESH.token())));
        t.add(rule("GET /api/certificate-types", PORTAL));
        t.add(rule("GET /api/contracts", PORTAL));
        t.add(rule("GET /cabinet/contracts", PORTAL));

        // -- messages and notifications (issue 12): the demo thread of citizen with provider's organisation, a notice of citizen
        Body text = (r, a, v) -> Map.of("text", "Проверка матрицы доступа");
        Body firstMessage = (r, a, v) -> Map.of("providerId", r.org(), "text", "Проверка матрицы доступа");
        String threadParties = "REF OK  404 404 OK  403 404 403";
        t.add(rule("GET /api/messages/threads", "REF OK  OK  OK  OK  403 OK  403"));
        t.add(rule("POST /api/messages/threads", "REF OK  OK  OK  403 403 403 403").body(firstMessage));
        t.add(rule("GET /api/messages/threads/{id}", threadParties).with(r -> Map.of("id", THREAD)));
        t.add(rule("POST /api/messages/threads/{id}/messages", threadParties).with(r -> Map.of("id", THREAD)).body(text));
        t.add(rule("GET /cabinet/messages", "REF OK  OK  OK  OK  404 OK  403")
                .why(Actor.WORKER, "«Сообщения» is not a section of the worker's cabinet (CabinetSections): 404 as for any unknown section"));
        t.add(rule("GET /cabinet/messages/{id}", "REF OK  404 404 OK  404 404 403").with(r -> Map.of("id", THREAD)));
        t.add(rule("POST /cabinet/messages/{id}", "REF OK  404 404 OK  404 404 403").with(r -> Map.of("id", THREAD)).body(text));
        t.add(rule("GET /cabinet/messages/new", "REF OK  OK  OK  403 404 403 403").query(r -> "providerId=" + r.org()));
        t.add(rule("POST /cabinet/messages", "REF OK  OK  OK  403 404 403 403").body(firstMessage));
        t.add(rule("GET /api/notifications", "REF OK  OK  OK  OK  403 OK  403"));
        t.add(rule("POST /api/notifications/{id}/read", "REF OK  404 404 404 403 404 403").with(r -> Map.of("id", NOTIFICATION)));
        t.add(rule("GET /notifications", "REF OK  OK  OK  OK  403 OK  403"));
        t.add(rule("POST /notifications/{id}/read", "REF OK  404 404 404 403 404 403").with(r -> Map.of("id", NOTIFICATION)));
        t.add(rule("POST /notifications/read-all", "REF OK  OK  OK  OK  403 OK  403"));

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
        t.add(rule("GET /api/contracts/{id}/act/document", PARTIES).with(contract()));
        t.add(rule("GET /cabinet/contracts/{id}/act", PARTIES).with(contract()));
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
        Body volume = (r, a, v) -> Map.of("volume", 1);
        t.add(rule("PUT /api/contracts/{id}/services/{lineId}", HEAD).with(r -> Map.of("id", r.contract(), "lineId", r.line())).body(volume)
                .last(Actor.PROVIDER, r -> FRESH.concludingWithTerm()));
        t.add(rule("POST /cabinet/contracts/{id}/services/{lineId}/volume", HEAD).with(r -> Map.of("id", r.contract(), "lineId", r.line())).body(volume)
                .last(Actor.PROVIDER, r -> FRESH.concludingWithTerm()));
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
        Body signed = (r, a, v) -> Map.of("signature", ContractJourney.drawnSignature());
        for (String confirm : List.of("POST /api/deliveries/{id}/confirm", "POST /cabinet/deliveries/{id}/confirm")) {
            t.add(rule(confirm, PARTIES).with(delivery()).body(signed)
                    .why(Actor.WORKER, "the recipient draws her signature on the worker's phone at the visit (DeliveryService.confirm)")
                    .why(Actor.PROVIDER, "as the worker: the recipient's signature drawn on the organisation's device")
                    .last(Actor.CITIZEN, r -> Map.of("id", FRESH.delivery()))
                    .last(Actor.PROVIDER, r -> Map.of("id", FRESH.delivery()))
                    .last(Actor.WORKER, r -> Map.of("id", FRESH.delivery())));
        }
        t.add(rule("GET /api/deliveries/{id}/signature", PARTIES).with(r -> Map.of("id", r.confirmedDelivery())));

        // -- receipts and payment (issue 12): a receipt of citizen with provider's organisation, issued by ReceiptService
        t.add(rule("GET /cabinet/payments", "REF OK  OK  OK  OK  404 OK  403")
                .why(Actor.WORKER, "«Оплата» is not a section of the worker's cabinet (CabinetSections): 404 as for any unknown section"));
        t.add(rule("GET /api/receipts", PORTAL));
        for (String m : List.of("GET /receipts/{id}", "GET /receipts/{id}/qr.png", "GET /receipts/{id}/document",
                "GET /api/receipts/{id}", "GET /api/receipts/{id}/document")) {
            t.add(rule(m, PARTIES).with(r -> Map.of("id", RECEIPT)));
        }
        t.add(rule("POST /cabinet/profile/bank-details", "REF 403 403 403 OK  403 OK  403")
                .body((r, a, v) -> BANK_DETAILS.getOrDefault(a, Map.of()))
                .why(Actor.PROVIDER, "the organisation's own bank details, sent back unchanged"));

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
        String basicRefused = "HTTP Basic of a portal account is not a staff login: refused (401) even on this public path";
        t.add(group("GET /actuator/health/**", "GET /actuator/health", "OK  REF REF REF REF REF REF OK")
                .why(Actor.CITIZEN, basicRefused));
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

        /** A request with only the service the active contract lacks and a term: its volume may change. */
        Map<String, Object> concludingWithTerm();

        long signing();

        long delivered();

        long executed();

        long delivery();
    }

    static Fresh FRESH;

    /** The demo message thread of citizen with provider's organisation and a notification of citizen (issue 12). */
    static long THREAD;
    static long NOTIFICATION;
    /** The receipt the payment rows are tried on (citizen, provider's organisation) and each head's bank details as stored. */
    static long RECEIPT;
    static final Map<Actor, Map<String, Object>> BANK_DETAILS = new EnumMap<>(Actor.class);

    @Autowired
    ru.zabota.payment.ReceiptService receipts;
    @Autowired
    ru.zabota.payment.PaymentTestData paymentData;

    @org.junit.jupiter.api.BeforeEach
    void paymentRecords() {
        if (RECEIPT == 0) {
            RECEIPT = receipts.issue(paymentData.request(880_000_000L + (System.nanoTime() % 100_000), "citizen", "provider", "750.00"));
        }
        for (Actor a : List.of(Actor.PROVIDER, Actor.PROVIDER2)) {
            Map<String, Object> row = jdbc.queryForMap("select bank_recipient as \"recipient\", bank_name as \"bankName\", bank_bik as \"bik\", "
                    + "bank_account as \"account\", bank_corr_account as \"correspondentAccount\" from provider where id = ?", paymentData.providerOf(a.user));
            Map<String, Object> form = new LinkedHashMap<>();
            row.forEach((k, v) -> form.put(k, v));
            BANK_DETAILS.put(a, form);
        }
    }

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

    // ---- the execution --------------------------------------------------------------------------------------------

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    /** The refusal a form step shows after its redirect (templates: {@code alert-warning} with {@code role="alert"}). */
    static final Pattern SHOWN_PROBLEM = Pattern.compile("class=\"alert alert-warning\"[^>]*role=\"alert\"[^>]*>\\s*([^<]*)");
    static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /**
     * Runs every cell against real records: first every cell but the OK ones that change a record for good (an
     * unauthorised actor must be refused before any change, so the same record serves the next actor), then those,
     * each on a fresh record. Collects every mismatch and reports them together.
     */
    @Test
    void theMatrixHolds() throws Exception {
        closeOpenContracts();
        Records r = records();
        THREAD = jdbc.queryForObject("select min(t.id) from message_thread t join portal_account a on a.person_id = t.person_id"
                + " where a.username = 'citizen' and t.provider_id = ?", Long.class, r.org());
        NOTIFICATION = jdbc.queryForObject("select max(n.id) from notification n join portal_account a on a.person_id = n.addressee_id"
                + " where n.addressee = 'PERSON' and a.username = 'citizen'", Long.class);
        Map<Actor, Session> sessions = sessions(r);
        Set<Long> draftsBefore = drafts(r);
        List<String> mismatches = new ArrayList<>();
        int tried = 0;
        int notApplicable = 0;
        List<Rule> rules = rules();
        for (Rule rule : rules) {
            for (Actor actor : Actor.values()) {
                Cell cell = rule.cells.get(actor);
                if (cell.expect() == Expect.NA) {
                    notApplicable++;
                    continue;
                }
                if (rule.last.containsKey(actor)) continue;
                tried++;
                check(rule, actor, cell, r, rule.vars.apply(r), sessions, mismatches);
            }
        }
        FRESH = new FreshRecords(r);
        for (Rule rule : rules) {
            for (Map.Entry<Actor, Vars> last : rule.last.entrySet()) {
                tried++;
                Map<String, Object> vars = new LinkedHashMap<>(rule.vars.apply(r));
                vars.putAll(last.getValue().apply(r));
                check(rule, last.getKey(), rule.cells.get(last.getKey()), r, vars, sessions, mismatches);
                closeOpenContracts();
            }
        }
        removeNewDrafts(r, draftsBefore);
        System.out.printf("AccessMatrixTest: %d rules × %d actors: %d cells tried, %d not applicable, %d mismatches%n",
                rules.size(), Actor.values().length, tried, notApplicable, mismatches.size());
        assertThat(mismatches).as("cells of the access matrix that do not hold (method path actor: expected, actual)").isEmpty();
    }

    void check(Rule rule, Actor actor, Cell cell, Records r, Map<String, Object> vars, Map<Actor, Session> sessions,
               List<String> mismatches) throws Exception {
        String method = rule.group() ? rule.sample.split(" ", 2)[0] : rule.method;
        String pattern = rule.group() ? rule.sample.split(" ", 2)[1] : rule.pattern;
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            Object value = vars.get(m.group(1));
            if (value == null) throw new IllegalStateException(rule + ": no value for {" + m.group(1) + "}");
            m.appendReplacement(path, Matcher.quoteReplacement(value.toString()));
        }
        m.appendTail(path);
        String query = rule.query.apply(r);
        String url = path + (query.isEmpty() ? "" : "?" + query);
        Map<String, Object> body = method.equals("GET") || method.equals("DELETE") ? Map.of() : rule.body.of(r, actor, vars);
        Answer answer = send(actor, method, url, body, r, sessions);
        if (answer.expect() != cell.expect()) {
            mismatches.add("%s %s %s: expected %s, got %s".formatted(method, url, actor, cell.expect(), answer.describe()));
        }
    }

    /** What came back, classified. */
    record Answer(Expect expect, int status, String location, String shown) {
        String describe() {
            return (expect == null ? "?" : expect) + " (" + status + (location.isEmpty() ? "" : " → " + location)
                    + (shown == null ? "" : ", shown: " + shown) + ")";
        }
    }

    Answer send(Actor actor, String method, String url, Map<String, Object> body, Records r, Map<Actor, Session> sessions)
            throws Exception {
        boolean unsafe = !method.equals("GET");
        boolean api = url.startsWith("/api/");
        boolean basicDoor = url.startsWith("/engine-rest/") || url.startsWith("/actuator/");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
                .header("Accept", api || basicDoor ? "application/json" : "text/html,*/*;q=0.8");
        Session session = null;
        if (actor != Actor.ANONYMOUS && (basicDoor || (api && actor.portal()))) {
            b.header("Authorization", basic(actor.user));
            if (actor == Actor.PARENT) b.header(ActingContext.ACTING_FOR_HEADER, Long.toString(r.child()));
        } else if (!basicDoor) {
            session = sessions.get(actor);
        }
        String payload = "";
        if (unsafe && api) {
            b.header("Content-Type", "application/json");
            payload = json.writeValueAsString(body);
            if (session != null) b.header("X-CSRF-TOKEN", session.csrf);
        } else if (unsafe && !basicDoor) {
            b.header("Content-Type", "application/x-www-form-urlencoded");
            Map<String, Object> form = new LinkedHashMap<>(body);
            if (session != null) form.put("_csrf", session.csrf);
            payload = form(form);
        }
        b.method(method, unsafe ? HttpRequest.BodyPublishers.ofString(payload) : HttpRequest.BodyPublishers.noBody());
        HttpClient client = session == null ? plain : session.client;
        HttpResponse<String> response = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return classify(response, unsafe && !api && !basicDoor ? session : null);
    }

    /** A form step's redirect is followed in its session: a refusal shown there is INVALID (or what its words say). */
    Answer classify(HttpResponse<String> response, Session formSession) throws Exception {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse("");
        if (status == 401) return new Answer(Expect.REFUSED, status, location, null);
        if (status >= 300 && status < 400) {
            if (location.matches(".*/login(\\?.*)?$") || location.contains("/staff/login")) {
                return new Answer(Expect.REFUSED, status, location, null);
            }
            if (location.endsWith("/role")) return new Answer(null, status, location, null);
            if (formSession != null) {
                Matcher shown = SHOWN_PROBLEM.matcher(formSession.get(location).body());
                if (shown.find()) return new Answer(Expect.INVALID, status, location, shown.group(1).trim());
            }
            return new Answer(Expect.OK, status, location, null);
        }
        Expect e = status >= 200 && status < 300 ? Expect.OK
                : status == 403 ? Expect.FORBIDDEN
                : status == 404 ? Expect.NOT_FOUND
                : status == 400 || status == 409 || status == 422 ? Expect.INVALID : null;
        return new Answer(e, status, location, null);
    }

    // ---- sessions ------------------------------------------------------------------------------------------------

    /** A browser: its cookies and the CSRF token its pages carry. */
    class Session {
        final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build();
        String csrf;

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, Map<String, Object> fields) throws Exception {
            Map<String, Object> form = new LinkedHashMap<>(fields);
            form.put("_csrf", csrf);
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(form))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        Session token(String page) throws Exception {
            Matcher m = CSRF.matcher(get(page).body());
            assertThat(m.find()).as("CSRF token on " + page).isTrue();
            csrf = m.group(1);
            return this;
        }
    }

    /** Anonymous: a session of the login page; portal users: logged in by the form, their role chosen; staff: the staff login. */
    Map<Actor, Session> sessions(Records r) throws Exception {
        Map<Actor, Session> sessions = new EnumMap<>(Actor.class);
        for (Actor a : Actor.values()) {
            Session s = new Session();
            if (a == Actor.ANONYMOUS) {
                s.token("/login");
            } else if (a == Actor.STAFF) {
                s.token("/staff/login");
                HttpResponse<String> login = s.post("/staff/login", Map.of("username", a.user, "password", "demo"));
                assertThat(login.headers().firstValue("Location").orElse("")).as(a + " logs in").endsWith("/staff/cases");
                s.token("/staff/cases/new");
            } else {
                s.token("/login");
                HttpResponse<String> login = s.post("/login", Map.of("username", a.user, "password", "demo"));
                assertThat(login.headers().firstValue("Location").orElse("")).as(a + " logs in").endsWith("/role");
                s.token("/role");
                HttpResponse<String> role = s.post("/role", roleChoice(r, a));
                assertThat(role.headers().firstValue("Location").orElse("")).as(a + " chooses the role").contains("/cabinet/");
            }
            sessions.put(a, s);
        }
        return sessions;
    }

    static String form(Map<String, Object> fields) {
        return fields.entrySet().stream().filter(f -> f.getValue() != null)
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    // ---- records -------------------------------------------------------------------------------------------------

    ContractJourney journey;

    TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> getJson(String user, String path) {
        ResponseEntity<Map> e = as(user).getForEntity(path, Map.class);
        assertThat(e.getStatusCode()).as("GET " + path + " as " + user).isEqualTo(HttpStatus.OK);
        return e.getBody();
    }

    static long id(Object v) {
        return ((Number) v).longValue();
    }

    /**
     * An active contract of citizen with provider's organisation (term from a week ago, two months), an unconfirmed
     * delivery of yesterday on it and a confirmed one, its case, a draft certificate application and an API token
     * of citizen.
     */
    @SuppressWarnings("unchecked")
    Records records() {
        LocalDate today = LocalDate.now();
        long org = id(getJson("provider", "/api/me").get("providerId"));
        long otherOrg = id(getJson("provider2", "/api/me").get("providerId"));
        long child = id(((List<Map<String, Object>>) getJson("parent", "/api/me").get("represented")).get(0).get("personId"));
        assertThat(otherOrg).isNotEqualTo(org);
        long ippsu = ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН").ippsuId();
        journey = new ContractJourney(http, org, ippsu, jdbc); // with jdbc: contracts other tests left over the term are retired first
        Map<?, ?> active = journey.activeContract(today.minusDays(7), today.plusDays(60), ContractJourney.LEGAL_HELP);
        long contract = id(active.get("id"));
        long line = id(((List<Map<?, ?>>) active.get("lines")).get(0).get("id"));
        long delivery = id(journey.schedule("worker", contract, line, today.minusDays(1) + "T09:00:00").getBody().get("id"));
        long confirmed = id(journey.schedule("worker", contract, line, today.minusDays(1) + "T09:30:00").getBody().get("id"));
        assertThat(journey.confirm("worker", confirmed, ContractJourney.drawnSignature()).getStatusCode()).isEqualTo(HttpStatus.OK);
        long contractCase = jdbc.queryForObject("select case_id from contract where id = ?", Long.class, contract);
        Map<Actor, Map<String, Object>> contacts = new EnumMap<>(Actor.class);
        Records partial = new Records(org, otherOrg, ippsu, child, contract, contractCase, line, delivery, confirmed, 0, 0, today, contacts);
        for (Actor a : Actor.values()) {
            if (!a.portal()) continue;
            HttpHeaders h = new HttpHeaders();
            if (a == Actor.PARENT) h.add(ActingContext.ACTING_FOR_HEADER, Long.toString(child));
            Map<String, Object> p = as(a.user).exchange("/api/profile", HttpMethod.GET, new HttpEntity<>(h), Map.class).getBody();
            Map<String, Object> c = new HashMap<>();
            for (String f : List.of("address", "phone", "email", "inn")) c.put(f, p.get(f));
            contacts.put(a, c);
        }
        FreshRecords fresh = new FreshRecords(partial);
        return new Records(org, otherOrg, ippsu, child, contract, contractCase, line, delivery, confirmed, fresh.draft(), fresh.token(),
                today, contacts);
    }

    /** Builds a record in the state a changing OK cell needs, through the API as the parties would. */
    class FreshRecords implements Fresh {
        final Records r;

        FreshRecords(Records r) {
            this.r = r;
        }

        @Override
        public long token() {
            return id(as("citizen").postForEntity("/api/tokens", Map.of("name", "matrix"), Map.class).getBody().get("id"));
        }

        @Override
        public long draft() {
            ResponseEntity<Map> created = as("citizen").postForEntity("/api/certificates", Map.of("type", "SOCIAL_CERTIFICATE"), Map.class);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            return id(created.getBody().get("id"));
        }

        @Override
        public long concluding() {
            return id(concludingWithTerm().get("id"));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Object> concludingWithLine() {
            ResponseEntity<Map> created = as("citizen").postForEntity("/api/contracts",
                    Map.of("providerId", r.org(), "basis", "IPPSU", "basisId", r.ippsu()), Map.class);
            assertThat(created.getStatusCode()).as("a fresh request: %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
            List<Map<?, ?>> lines = (List<Map<?, ?>>) created.getBody().get("lines");
            return Map.of("id", created.getBody().get("id"), "lineId", lines.get(0).get("id"));
        }

        /**
         * One contract per ИППСУ service and period: the active contract holds every service but the legal help for
         * today, so a fresh request keeps only that one (its term then overlaps nothing binding).
         */
        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Object> concludingWithTerm() {
            Object id = concludingWithLine().get("id");
            Object kept = null;
            for (Map<?, ?> line : (List<Map<?, ?>>) getJson("citizen", "/api/contracts/" + id).get("lines")) {
                if (line.get("service").equals(ContractJourney.LEGAL_HELP)) {
                    kept = line.get("id");
                    continue;
                }
                assertThat(as("provider").exchange("/api/contracts/" + id + "/services/" + line.get("id"), HttpMethod.DELETE,
                        HttpEntity.EMPTY, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            }
            assertThat(as("provider").exchange("/api/contracts/" + id + "/term", HttpMethod.PUT,
                    new HttpEntity<>(Map.of("from", r.today().toString(), "to", r.today().plusDays(30).toString())), Map.class)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
            return Map.of("id", id, "lineId", kept);
        }

        @Override
        public long signing() {
            long id = concluding();
            assertThat(as("provider").postForEntity("/api/contracts/" + id + "/sign", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            return id;
        }

        /** Distinct past days before the active contract's term: delivered contracts never overlap it or each other. */
        private int pastDays = 8;

        @Override
        public long delivered() {
            LocalDate day = r.today().minusDays(pastDays++);
            Map<?, ?> contract = journey.activeContract(day, day, ContractJourney.LEGAL_HELP);
            journey.deliverEverything(contract, day);
            return id(contract.get("id"));
        }

        @Override
        public long executed() {
            long id = delivered();
            assertThat(as("citizen").postForEntity("/api/contracts/" + id + "/act/sign", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            return id;
        }

        /** A delivery of yesterday on the active contract, on the first of its services with volume left. */
        @Override
        @SuppressWarnings("unchecked")
        public long delivery() {
            Map<String, Object> contract = getJson("citizen", "/api/contracts/" + r.contract());
            for (Map<?, ?> line : (List<Map<?, ?>>) contract.get("lines")) {
                ResponseEntity<Map> d = journey.schedule("worker", r.contract(), line.get("id"), r.today().minusDays(1) + "T11:00:00");
                if (d.getStatusCode() == HttpStatus.CREATED) return id(d.getBody().get("id"));
            }
            throw new IllegalStateException("no volume left on contract " + r.contract());
        }
    }

    /** No request of citizen with the organisation stays open (one open request per provider). */
    @SuppressWarnings("unchecked")
    void closeOpenContracts() {
        long org = id(getJson("provider", "/api/me").get("providerId"));
        for (Map<String, Object> c : (List<Map<String, Object>>) getJson("citizen", "/api/contracts?size=100").get("items")) {
            if (id(c.get("providerId")) != org) continue;
            if ("CONCLUDING".equals(c.get("status"))) {
                as("citizen").postForEntity("/api/contracts/" + c.get("id") + "/withdraw", null, Map.class);
            } else if ("SIGNING".equals(c.get("status"))) {
                as("citizen").postForEntity("/api/contracts/" + c.get("id") + "/decline", Map.of("reason", "Проверка матрицы доступа"), Map.class);
            }
        }
    }

    /** Certificate drafts of citizen and of the child (the parent acting for him). */
    @SuppressWarnings("unchecked")
    Set<Long> drafts(Records r) {
        Set<Long> ids = new TreeSet<>();
        for (String user : List.of("citizen", "parent")) {
            HttpHeaders h = new HttpHeaders();
            if (user.equals("parent")) h.add(ActingContext.ACTING_FOR_HEADER, Long.toString(r.child()));
            List<Map<String, Object>> list = as(user).exchange("/api/certificates", HttpMethod.GET, new HttpEntity<>(h), List.class).getBody();
            list.stream().filter(a -> "DRAFT".equals(a.get("status"))).forEach(a -> ids.add(id(a.get("id"))));
        }
        return ids;
    }

    void removeNewDrafts(Records r, Set<Long> before) {
        for (Long id : drafts(r)) {
            if (before.contains(id)) continue;
            for (String user : List.of("citizen", "parent")) {
                HttpHeaders h = new HttpHeaders();
                if (user.equals("parent")) h.add(ActingContext.ACTING_FOR_HEADER, Long.toString(r.child()));
                as(user).exchange("/api/certificates/" + id, HttpMethod.DELETE, new HttpEntity<>(h), Void.class);
            }
        }
    }
}
