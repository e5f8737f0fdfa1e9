package ru.zabota.certificate;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives one [602] case end to end through HTTP: the citizen's portal API and the staff's engine REST calls
 * (the same calls Tasklist makes when a Camunda Form is submitted). Shared by the H2 and PostgreSQL tests.
 */
public class CertificateCase {
    private final TestRestTemplate http;

    public CertificateCase(TestRestTemplate http) {
        this.http = http;
    }

    public record Result(Map<?, ?> application, String processInstanceId) {
    }

    public Result runApproved(String citizen) {
        Map<?, ?> app = submit(citizen);
        String pi = processInstanceOf(app);
        complete("head", pi, "assignExecutor", Map.of("executor", string("specialist")));
        String providers = providerIds(pi);
        complete("specialist", pi, "reviewApplication", Map.of(
                "interagencyRequest", string("NONE"), "decision", string("APPROVE"),
                "recommendedProviders", Map.of("value", providers, "type", "Json"),
                "certificateValue", Map.of("value", 45000, "type", "Long"),
                "certificateVolume", Map.of("value", 120, "type", "Long"),
                "validUntil", string("2027-09-02")));
        complete("approver", pi, "approveDecision", Map.of("approval", string("PUBLISH")));
        return new Result(http.withBasicAuth(citizen, "demo").getForObject("/api/certificates/" + app.get("id"), Map.class), pi);
    }

    /** An approved certificate with the given recommended providers (ids), value and volume; the issued certificate's view. */
    public Map<?, ?> runApproved(String citizen, List<Long> providers, long value, long volume, String validUntil) {
        Map<?, ?> app = submit(citizen);
        String pi = processInstanceOf(app);
        complete("head", pi, "assignExecutor", Map.of("executor", string("specialist")));
        complete("specialist", pi, "reviewApplication", Map.of(
                "interagencyRequest", string("NONE"), "decision", string("APPROVE"),
                "recommendedProviders", Map.of("value", providers.toString(), "type", "Json"),
                "certificateValue", Map.of("value", value, "type", "Long"),
                "certificateVolume", Map.of("value", volume, "type", "Long"),
                "validUntil", string(validUntil)));
        complete("approver", pi, "approveDecision", Map.of("approval", string("PUBLISH")));
        return http.withBasicAuth(citizen, "demo").getForObject("/api/certificates/" + app.get("id"), Map.class);
    }

    public Map<?, ?> runRefused(String citizen, String reason) {
        Map<?, ?> app = submit(citizen);
        String pi = processInstanceOf(app);
        complete("head", pi, "assignExecutor", Map.of("executor", string("specialist")));
        complete("specialist", pi, "reviewApplication", Map.of("interagencyRequest", string("NONE"),
                "decision", string("REJECT"), "refusalReason", string(reason)));
        complete("approver", pi, "approveDecision", Map.of("approval", string("PUBLISH")));
        return http.withBasicAuth(citizen, "demo").getForObject("/api/certificates/" + app.get("id"), Map.class);
    }

    public Map<?, ?> submit(String citizen) {
        TestRestTemplate c = http.withBasicAuth(citizen, "demo");
        ResponseEntity<Map> created = c.postForEntity("/api/certificates", Map.of("type", "SOCIAL_CERTIFICATE"), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("statusLabel")).isEqualTo("Черновик");
        Map<?, ?> sent = c.postForObject("/api/certificates/" + created.getBody().get("id") + "/submit", null, Map.class);
        assertThat(sent.get("statusLabel")).isEqualTo("Принято заявление");
        assertThat(sent.get("caseNumber").toString()).startsWith("602-");
        return sent;
    }

    String processInstanceOf(Map<?, ?> app) {
        List<Map<?, ?>> found = http.withBasicAuth("head", "demo")
                .getForObject("/engine-rest/process-instance?businessKey=" + app.get("caseNumber"), List.class);
        assertThat(found).hasSize(1);
        return found.get(0).get("id").toString();
    }

    /** The provider choices the review form offers (task-local variable providerOptions), first two of them. */
    String providerIds(String pi) {
        List<Map<?, ?>> tasks = http.withBasicAuth("specialist", "demo")
                .getForObject("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=reviewApplication", List.class);
        assertThat(tasks).hasSize(1);
        Map<?, ?> v = http.withBasicAuth("specialist", "demo").getForObject("/engine-rest/task/" + tasks.get(0).get("id")
                + "/localVariables/" + CertificateProcess.PROVIDER_OPTIONS.name() + "?deserializeValue=false", Map.class);
        String json = v.get("value").toString();
        List<String> ids = new java.util.ArrayList<>();
        // the engine REST API hands a Json variable back either as a string or already parsed
        var m = java.util.regex.Pattern.compile("value\"?\\s*[:=]\\s*\"?(\\d+)").matcher(json);
        while (m.find() && ids.size() < 2) ids.add(m.group(1));
        assertThat(ids).as("provider choices in %s", v).hasSize(2);
        return "[" + String.join(",", ids) + "]";
    }

    void complete(String user, String pi, String taskKey, Map<String, Object> variables) {
        ResponseEntity<String> r = submit(user, pi, taskKey, variables);
        assertThat(r.getStatusCode().is2xxSuccessful()).as("%s completes %s: %s", user, taskKey, r.getBody()).isTrue();
    }

    /** Submits the task's form as Tasklist does and returns the answer (a refused submission too). */
    ResponseEntity<String> submit(String user, String pi, String taskKey, Map<String, Object> variables) {
        TestRestTemplate staff = http.withBasicAuth(user, "demo");
        List<Map<?, ?>> tasks = staff.getForObject("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + taskKey, List.class);
        assertThat(tasks).as("%s sees task %s", user, taskKey).hasSize(1);
        Object id = tasks.get(0).get("id");
        if (tasks.get(0).get("assignee") == null) {
            assertThat(staff.postForEntity("/engine-rest/task/" + id + "/claim", Map.of("userId", user), Void.class)
                    .getStatusCode().is2xxSuccessful()).isTrue();
        }
        return staff.postForEntity("/engine-rest/task/" + id + "/submit-form",
                Map.of("variables", new LinkedHashMap<>(variables)), String.class);
    }

    /**
     * Neither the engine's runtime variables nor its history hold personal data of the case: no СНИЛС, no ФИО of
     * the applicant, no income, and no form option list ({@code …Options}) — in any [602] instance.
     */
    public static void assertNoPersonalDataInEngine(org.springframework.jdbc.core.JdbcTemplate jdbc, String... personalTexts) {
        java.util.regex.Pattern snils = java.util.regex.Pattern.compile("\\d{3}-\\d{3}-\\d{3} \\d{2}|\\d{11}");
        List<String> stored = new java.util.ArrayList<>();
        for (String table : List.of("act_hi_varinst", "act_ru_variable", "act_hi_detail")) {
            String of602 = " where proc_def_id_ like '" + CertificateProcess.KEY + ":%'";
            // runtime: the choices of a task still open elsewhere in the shared test database are there by design
            String openTaskOptions = table.equals("act_ru_variable") ? " and not (name_ like '%Options' and task_id_ is not null)" : "";
            jdbc.query("select name_, text_, text2_ from " + table + of602 + openTaskOptions, rs -> {
                String name = rs.getString(1);
                assertThat(name).as("%s: a form option list never reaches the engine's tables after the task", table)
                        .doesNotEndWith("Options");
                stored.add(table + "." + name + " = " + rs.getString(2) + " / " + rs.getString(3));
            });
            jdbc.query("select b.bytes_ from act_ge_bytearray b join " + table + " v on v.bytearray_id_ = b.id_"
                    + of602.replace("proc_def_id_", "v.proc_def_id_"), rs -> {
                byte[] bytes = rs.getBytes(1);
                if (bytes != null) stored.add(table + " bytes = " + new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            });
        }
        assertThat(stored).as("variables were stored at all").isNotEmpty();
        for (String s : stored) {
            assertThat(snils.matcher(s).find()).as("no СНИЛС in %s", s).isFalse();
            for (String p : personalTexts) assertThat(s).as("no personal data in %s", s).doesNotContainIgnoringCase(p);
        }
    }

    static Map<String, Object> string(String value) {
        return Map.of("value", value, "type", "String");
    }
}
