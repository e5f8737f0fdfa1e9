package ru.zabota.certificate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.support.Race;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A Tasklist form submitted twice at once (a double click, two tabs): one completion, the others 409, never 500. */
@ZabotaSpringTest
@SuppressWarnings({"rawtypes", "unchecked"})
class TasklistRaceTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameTaskCompletedTwiceAtOnceCompletesOnce() {
        CertificateCase flow = new CertificateCase(http);
        Map<?, ?> app = flow.submit("citizen");
        String pi = flow.processInstanceOf(app);
        TestRestTemplate head = http.withBasicAuth("head", "demo");
        List<Map<?, ?>> tasks = head.getForObject("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=assignExecutor", List.class);
        Object id = tasks.get(0).get("id");
        assertThat(head.postForEntity("/engine-rest/task/" + id + "/claim", Map.of("userId", "head"), Void.class).getStatusCode().is2xxSuccessful()).isTrue();

        List<ResponseEntity<Map>> answers = Race.of(3, () -> head.postForEntity("/engine-rest/task/" + id + "/submit-form",
                Map.of("variables", Map.of("executor", CertificateCase.string("specialist"))), Map.class));
        Race.assertOneEffectNoError(answers);
        assertThat(answers.stream().filter(r -> r.getStatusCode() == HttpStatus.CONFLICT))
                .allSatisfy(r -> assertThat(r.getBody().get("message").toString()).contains("уже"));
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK where PROC_INST_ID_ = ? and TASK_DEF_KEY_ = 'reviewApplication'",
                Integer.class, pi)).isEqualTo(1);
        // and later: the completed task is gone, again 409 with a message rather than a 500
        ResponseEntity<Map> late = head.postForEntity("/engine-rest/task/" + id + "/submit-form",
                Map.of("variables", Map.of("executor", CertificateCase.string("specialist"))), Map.class);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    /** The same double click in Tasklist itself, whose forms go to the webapps' engine API, not to /engine-rest. */
    @Test
    void theSameTaskCompletedTwiceAtOnceInTasklistCompletesOnce() {
        CertificateCase flow = new CertificateCase(http);
        String pi = flow.processInstanceOf(flow.submit("citizen"));
        TestRestTemplate head = http.withBasicAuth("head", "demo");
        List<Map<?, ?>> tasks = head.getForObject("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=assignExecutor", List.class);
        Object id = tasks.get(0).get("id");
        ru.zabota.support.TasklistSession tasklist = ru.zabota.support.TasklistSession.signIn(http, "head", "demo");
        assertThat(tasklist.post("/task/" + id + "/claim", Map.of("userId", "head")).getStatusCode().is2xxSuccessful()).isTrue();

        List<ResponseEntity<Map>> answers = Race.of(3, () -> tasklist.post("/task/" + id + "/submit-form",
                Map.of("variables", Map.of("executor", CertificateCase.string("specialist")))));
        Race.assertOneEffectNoError(answers);
        assertThat(answers.stream().filter(r -> r.getStatusCode() == HttpStatus.CONFLICT))
                .allSatisfy(r -> assertThat(r.getBody().get("message").toString()).contains("уже"));
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK where PROC_INST_ID_ = ? and TASK_DEF_KEY_ = 'reviewApplication'",
                Integer.class, pi)).isEqualTo(1);
        // the completed task claimed again from a stale list: 409 «уже выполнена»; a made-up task id: 404; never a 500
        ResponseEntity<Map> stale = tasklist.post("/task/" + id + "/claim", Map.of("userId", "head"));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().get("message").toString()).contains("уже выполнена");
        ResponseEntity<Map> madeUp = tasklist.post("/task/no-such-task/claim", Map.of("userId", "head"));
        assertThat(madeUp.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(madeUp.getBody().get("message").toString()).startsWith("Такой задачи нет");
        assertThat(head.postForEntity("/engine-rest/task/no-such-task/claim", Map.of("userId", "head"), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // Tasklist's other actions on a task: giving it to someone, delegating, returning it — the same answers
        for (String action : List.of("assignee", "delegate", "unclaim")) {
            ResponseEntity<Map> late = tasklist.post("/task/" + id + "/" + action, Map.of("userId", "specialist"));
            assertThat(late.getStatusCode()).as(action + " of the completed task: " + late.getBody()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(late.getBody().get("message").toString()).as(action).contains("уже выполнена");
            ResponseEntity<Map> none = tasklist.post("/task/no-such-task/" + action, Map.of("userId", "specialist"));
            assertThat(none.getStatusCode()).as(action + " of a made-up task: " + none.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(none.getBody().get("message").toString()).as(action).startsWith("Такой задачи нет");
            assertThat(head.postForEntity("/engine-rest/task/" + id + "/" + action, Map.of("userId", "specialist"), Map.class).getStatusCode())
                    .as("/engine-rest " + action + " of the completed task").isEqualTo(HttpStatus.CONFLICT);
            assertThat(head.postForEntity("/engine-rest/task/no-such-task/" + action, Map.of("userId", "specialist"), Map.class).getStatusCode())
                    .as("/engine-rest " + action + " of a made-up task").isEqualTo(HttpStatus.NOT_FOUND);
        }
    }
}
