package ru.zabota.perf.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import ru.zabota.perf.RegionGenerator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * The journeys of the seeds over HTTP against an application started on a generated region ({@link RegionGenerator}):
 * anonymous visitors browse the registry and the catalog; citizens ({@code r<n>}) log in with the form (session and
 * CSRF as the portal's pages do), read their cabinet and submit [602]; contract journeys take a citizen without a
 * generated contract through [603] — the citizen requests, the provider's manager ({@code m<k>}) sets the term and
 * signs, the citizen signs, the social worker ({@code w<k>}) schedules a delivery and confirms it with a drawn
 * signature; staff (demo {@code head}, {@code specialist}, {@code approver}) take the submitted [602] cases through
 * {@code /engine-rest} as Tasklist does (list the group's tasks, claim, submit the form's variables).
 * <p>
 * The region's last citizen is left to the engine baseline ({@code ru.zabota.perf.EngineBaseline}), whose instances
 * belong to that person. Every step is valid for the data it runs on, so any 4xx/5xx is an error. Requests are named by kind («602 submit»,
 * «staff complete assignExecutor»…): Gatling's report gives steps/s and p50/p95/p99 per kind. System properties
 * ({@code zabota.load.*}): {@code baseUrl}, {@code scale} (of the generated region, for the account ranges),
 * {@code users} (concurrent users at the plateau), {@code rampSeconds}, {@code holdSeconds}, {@code staffPassword}.
 */
public class JourneysSimulation extends Simulation {
    static final String BASE_URL = System.getProperty("zabota.load.baseUrl", "http://127.0.0.1:8110");
    static final double SCALE = Double.parseDouble(System.getProperty("zabota.load.scale", "0.1"));
    static final int USERS = Integer.getInteger("zabota.load.users", 50);
    static final int RAMP = Integer.getInteger("zabota.load.rampSeconds", 30);
    static final int HOLD = Integer.getInteger("zabota.load.holdSeconds", 120);
    static final String STAFF_PASSWORD = System.getProperty("zabota.load.staffPassword", "demo");
    static final RegionGenerator.Size SIZE = RegionGenerator.Size.of(SCALE);

    /** [602] cases submitted by the citizens and not yet taken by a staff user: one consumer per case, no claim race. */
    static final ConcurrentLinkedQueue<String> SUBMITTED = new ConcurrentLinkedQueue<>();
    /** Citizens without a generated contract (r<contracts+1>…r<persons>), one per contract journey, in turn. */
    static final AtomicInteger NEXT_FREE_CITIZEN = new AtomicInteger();
    static final Pattern OPTION_ID = Pattern.compile("value\\\\?\"?\\s*[:=]\\s*\\\\?\"?(\\d+)");
    /** A drawn signature (PNG data URL), as the signature pad sends it. */
    static final String SIGNATURE = drawnSignature();

    static final List<String> KINDS = JourneyKinds.ALL;

    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/json")
            .acceptLanguageHeader("ru")
            .disableCaching()
            .shareConnections();

    // ---- sign-in as the portal's pages do it: the login form and the role form, each with its CSRF token ----------

    static ChainBuilder login(String user, String role) {
        return exec(flushCookieJar())
                .exec(http("login form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("login").post("/login")
                        .formParam("username", user).formParam("password", RegionGenerator.PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(currentLocation().is(BASE_URL + "/role"))
                        .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("role").post("/role").formParam("role", role).formParam("_csrf", "#{csrf}")
                        .check(css("meta[name=_csrf]", "content").saveAs("csrf")))
                .exitHereIfFailed();
    }

    /** A JSON call of a signed-in portal user: the session cookie and the CSRF header, as js/zabota.js sends it. */
    static HttpRequestActionBuilder api(HttpRequestActionBuilder request) {
        return request.header("X-CSRF-TOKEN", "#{csrf}").header("Content-Type", "application/json").header("Accept", "application/json");
    }

    // ---- anonymous visitors ----------------------------------------------------------------------------------------

    static final ChainBuilder VISIT = exec(http("home page").get("/"))
            .exec(http("registry page").get("/registry"))
            .exec(http("api providers").get("/api/providers").header("Accept", "application/json"))
            .exec(http("catalog page").get("/catalog"))
            .exec(http("api catalog ads").get("/api/catalog/ads").header("Accept", "application/json"));

    // ---- citizens: cabinet and [602] -------------------------------------------------------------------------------

    static Iterator<Map<String, Object>> anyCitizen() {
        return Stream.generate(() -> Map.<String, Object>of("citizen", "r" + (1 + ThreadLocalRandom.current().nextInt(SIZE.persons() - 1)))).iterator();
    }

    static final ChainBuilder CITIZEN = feed(anyCitizen())
            .exec(login("#{citizen}", "CITIZEN"))
            .exec(http("cabinet contracts page").get("/cabinet/contracts"))
            .exec(http("cabinet ippsu page").get("/cabinet/ippsu"))
            .exec(api(http("api me").get("/api/me")))
            .exec(api(http("api ippsu").get("/api/ippsu")))
            .exec(api(http("api contracts").get("/api/contracts")))
            .exec(api(http("api certificates").get("/api/certificates")))
            .exec(api(http("602 create draft").post("/api/certificates").body(StringBody("{\"type\":\"SOCIAL_CERTIFICATE\"}"))
                    .check(status().is(201), jmesPath("id").saveAs("application"))))
            .exitHereIfFailed()
            .exec(api(http("602 submit").post("/api/certificates/#{application}/submit")
                    .check(jmesPath("caseNumber").saveAs("caseNumber"))))
            .exitHereIfFailed()
            .exec(s -> {
                SUBMITTED.add(s.getString("caseNumber"));
                return s;
            });

    // ---- [603] from the request to a confirmed delivery ------------------------------------------------------------

    static Iterator<Map<String, Object>> freeCitizen() {
        int first = SIZE.contracts() + 1, count = Math.max(1, SIZE.persons() - SIZE.contracts() - 1);
        return Stream.generate(() -> {
            int n = first + Math.floorMod(NEXT_FREE_CITIZEN.getAndIncrement(), count);
            int k = (n - 1) % SIZE.providers(); // RegionGenerator: citizen i's first recommended provider is provider i % providers
            return Map.<String, Object>of("citizen", "r" + n, "manager", "m" + (k + 1), "worker", "w" + (k + 1),
                    "wrapsAround", k == SIZE.providers() - 1);
        }).iterator();
    }

    /**
     * The term: one past week per contract of the citizen (the n-th contract gets the n-th week back), so a citizen's
     * contracts never overlap, the term lies inside the ИППСУ (from 185 days back) and the delivery is in the past.
     */
    static Session term(Session s) {
        int n = s.getInt("contractCount");
        LocalDate from = LocalDate.now().minusDays(7L * (n + 1) + 1);
        return s.set("termFrom", from.toString()).set("termTo", from.plusDays(6).toString())
                .set("deliveryAt", from.plusDays(1) + "T10:00:00");
    }

    static final ChainBuilder CONTRACT = feed(freeCitizen())
            .exec(login("#{citizen}", "CITIZEN"))
            .exec(api(http("api ippsu").get("/api/ippsu")
                    .check(jmesPath("id").saveAs("ippsu"), jmesPath("recommendedProviders[*].id").ofList().saveAs("providers"))))
            .exitHereIfFailed()
            .exec(api(http("api contracts").get("/api/contracts?size=1").check(jmesPath("total").ofInt().saveAs("contractCount"))))
            .exitHereIfFailed()
            .exec(s -> {
                List<Integer> p = new ArrayList<>(s.getList("providers"));
                p.sort(null);
                // the generator recommends providers k and k+1: the first one's manager is m<k+1>; the last provider wraps to the first
                return term(s.set("provider", s.getBoolean("wrapsAround") ? p.get(p.size() - 1) : p.get(0)));
            })
            .exec(api(http("603 request").post("/api/contracts")
                    .body(StringBody("{\"providerId\":#{provider},\"basis\":\"IPPSU\",\"basisId\":#{ippsu}}"))
                    .check(status().is(201), jmesPath("id").saveAs("contract"), jmesPath("lines[0].id").saveAs("line"))))
            .exitHereIfFailed()
            .exec(login("#{manager}", "PROVIDER"))
            .exec(api(http("api contracts").get("/api/contracts")))
            .exec(api(http("603 term").put("/api/contracts/#{contract}/term")
                    .body(StringBody("{\"from\":\"#{termFrom}\",\"to\":\"#{termTo}\"}"))))
            .exitHereIfFailed()
            .exec(api(http("603 provider sign").post("/api/contracts/#{contract}/sign")
                    .check(jmesPath("status").is("SIGNING"))))
            .exitHereIfFailed()
            .exec(login("#{citizen}", "CITIZEN"))
            .exec(api(http("603 citizen sign").post("/api/contracts/#{contract}/sign")
                    .check(jmesPath("status").is("ACTIVE"))))
            .exitHereIfFailed()
            .exec(login("#{worker}", "WORKER"))
            .exec(api(http("delivery schedule").post("/api/contracts/#{contract}/deliveries")
                    .body(StringBody("{\"lineId\":#{line},\"scheduledAt\":\"#{deliveryAt}\"}"))
                    .check(status().is(201), jmesPath("id").saveAs("delivery"))))
            .exitHereIfFailed()
            .exec(api(http("delivery confirm").post("/api/deliveries/#{delivery}/confirm")
                    .body(StringBody("{\"signature\":\"" + SIGNATURE + "\"}"))
                    .check(jmesPath("status").is("CONFIRMED"))));

    // ---- staff: the [602] tasks through /engine-rest, as Tasklist submits a Camunda Form ---------------------------

    static HttpRequestActionBuilder staff(HttpRequestActionBuilder request, String user) {
        return request.basicAuth(user, STAFF_PASSWORD).header("Content-Type", "application/json").header("Accept", "application/json");
    }

    /** The group's task list as Tasklist shows it, then the case's task in it (required unless {@code mayBeAbsent}). */
    static ChainBuilder takeTask(String user, String group, String taskKey, boolean mayBeAbsent) {
        var id = jmesPath("[0].id");
        return exec(staff(http("staff task list").get("/engine-rest/task?" + group + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15"), user))
                .exec(staff(http("staff task of case").get("/engine-rest/task?processInstanceBusinessKey=#{case}&taskDefinitionKey=" + taskKey)
                        .check(mayBeAbsent ? id.optional().saveAs("task") : id.saveAs("task")), user))
                .exitHereIfFailed();
    }

    static ChainBuilder claim(String user) {
        return exec(staff(http("staff claim").post("/engine-rest/task/#{task}/claim").body(StringBody("{\"userId\":\"" + user + "\"}")), user));
    }

    static ChainBuilder complete(String user, String taskKey, String variables) {
        return exec(staff(http("staff complete " + taskKey).post("/engine-rest/task/#{task}/submit-form")
                .body(StringBody("{\"variables\":" + variables + "}")), user))
                .exec(s -> s.remove("task"));
    }

    static final String REVIEW = "{\"interagencyRequest\":{\"value\":\"NONE\",\"type\":\"String\"},\"decision\":{\"value\":\"APPROVE\",\"type\":\"String\"},"
            + "\"recommendedProviders\":{\"value\":\"#{chosenProviders}\",\"type\":\"Json\"},\"certificateValue\":{\"value\":45000,\"type\":\"Long\"},"
            + "\"certificateVolume\":{\"value\":120,\"type\":\"Long\"},\"validUntil\":{\"value\":\"#{validUntil}\",\"type\":\"String\"}}";

    static final ChainBuilder STAFF = exec(s -> {
        String next = SUBMITTED.poll();
        return next == null ? s : s.set("case", next);
    }).doIfOrElse(s -> s.contains("case")).then(
            exec(takeTask("head", "candidateGroup=uszn-heads", "assignExecutor", false))
                    .exec(claim("head"))
                    .exec(complete("head", "assignExecutor", "{\"executor\":{\"value\":\"specialist\",\"type\":\"String\"}}"))
                    .exec(takeTask("specialist", "assignee=specialist", "reviewApplication", false))
                    .exec(staff(http("staff form options").get("/engine-rest/task/#{task}/localVariables/providerOptions?deserializeValue=false")
                            .check(bodyString().saveAs("options")), "specialist"))
                    .exec(s -> {
                        Matcher m = OPTION_ID.matcher(s.getString("options"));
                        List<String> ids = new ArrayList<>();
                        while (m.find() && ids.size() < 2) ids.add(m.group(1));
                        return s.set("chosenProviders", "[" + String.join(",", ids) + "]")
                                .set("validUntil", LocalDate.now().plusYears(1).toString());
                    })
                    .exec(complete("specialist", "reviewApplication", REVIEW))
                    .exec(takeTask("approver", "candidateGroup=uszn-approvers", "approveDecision", true))
                    // a specialist who decides alone (super executor) sends no approval task
                    .doIf(s -> s.contains("task")).then(
                            exec(claim("approver"))
                                    .exec(complete("approver", "approveDecision", "{\"approval\":{\"value\":\"PUBLISH\",\"type\":\"String\"}}"))))
            .orElse(pause(Duration.ofMillis(500)));

    // ---- the mix: a share of the concurrent users per journey ------------------------------------------------------

    static PopulationBuilder closed(ScenarioBuilder scenario, int users) {
        int n = Math.max(1, users);
        return scenario.injectClosed(
                rampConcurrentUsers(0).to(n).during(Duration.ofSeconds(Math.max(1, RAMP))),
                constantConcurrentUsers(n).during(Duration.ofSeconds(Math.max(1, HOLD))));
    }

    {
        setUp(
                closed(scenario("visitor").exec(VISIT), USERS * 30 / 100),
                closed(scenario("citizen").exec(CITIZEN), USERS * 30 / 100),
                closed(scenario("contract").exec(CONTRACT), USERS * 20 / 100),
                closed(scenario("staff").exec(STAFF), USERS * 20 / 100))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP + HOLD + 60L))
                // the run fails (Gatling's exit code, the report's assertions) on any failed request or a kind that never ran
                .assertions(Stream.concat(Stream.of(global().failedRequests().count().is(0L)),
                        KINDS.stream().map(kind -> details(kind).allRequests().count().gt(0L))).toList());
    }

    static String drawnSignature() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 120, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x1a, 0x23, 0x7e));
        g.setStroke(new java.awt.BasicStroke(3));
        g.drawPolyline(new int[]{20, 60, 90, 130, 170, 220, 270}, new int[]{80, 30, 90, 40, 95, 35, 70}, 7);
        g.dispose();
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
