package ru.zabota.workflow;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.certificate.CertificateCase;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load test's «portal step ÷ engine step in the same run»: each request's server time and the time it spent in
 * engine commands, per route. A [602] submit (the portal starts the process) and a staff claim through
 * {@code /engine-rest} have engine time, and less of it than their server time; a list that never calls the engine has
 * none.
 */
@ZabotaSpringTest
class EngineTimePerRequestTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    MeterRegistry registry;

    private Timer timer(String name, String method, String route) {
        return registry.find(name).tag("method", method).tag("route", route).timer();
    }

    @Test
    void engineTimeIsMeasuredInsideEachRequest() {
        Map<?, ?> submitted = new CertificateCase(http).submit("citizen");
        Timer server = timer("zabota.request.server", "POST", "/api/certificates/{id}/submit");
        Timer engine = timer("zabota.request.engine", "POST", "/api/certificates/{id}/submit");
        assertThat(server).as("server time of the [602] submit").isNotNull();
        assertThat(engine.count()).isEqualTo(server.count()).isPositive();
        assertThat(engine.totalTime(TimeUnit.NANOSECONDS)).as("the submit starts the process").isPositive()
                .isLessThan(server.totalTime(TimeUnit.NANOSECONDS));

        var tasks = http.withBasicAuth("head", "demo").getForObject("/engine-rest/task?processInstanceBusinessKey=" + submitted.get("caseNumber"), java.util.List.class);
        String taskId = ((Map<?, ?>) tasks.get(0)).get("id").toString();
        assertThat(http.withBasicAuth("head", "demo").postForEntity("/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", "head"), Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Timer claim = timer("zabota.request.engine", "POST", "/engine-rest/task/{id}/claim");
        assertThat(claim).as("a Camunda REST route with its id replaced").isNotNull();
        assertThat(claim.totalTime(TimeUnit.NANOSECONDS)).isPositive()
                .isLessThan(timer("zabota.request.server", "POST", "/engine-rest/task/{id}/claim").totalTime(TimeUnit.NANOSECONDS));
        http.withBasicAuth("head", "demo").postForEntity("/engine-rest/task/" + taskId + "/unclaim", null, Void.class);

        assertThat(http.getForEntity("/api/providers", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Timer providers = timer("zabota.request.engine", "GET", "/api/providers");
        assertThat(providers.count()).isPositive();
        assertThat(providers.totalTime(TimeUnit.NANOSECONDS)).as("the registry list never calls the engine").isZero();
    }

    @Test
    void routesOfCamundaRestHaveTheirIdsReplaced() {
        MockHttpServletRequest uuid = new MockHttpServletRequest("POST", "/engine-rest/task/0f8fad5b-d9cb-469f-a165-70867728950e/submit-form");
        assertThat(EngineTimePerRequest.route(uuid)).isEqualTo("/engine-rest/task/{id}/submit-form");
        MockHttpServletRequest number = new MockHttpServletRequest("GET", "/engine-rest/task/40311/localVariables/providerOptions");
        assertThat(EngineTimePerRequest.route(number)).isEqualTo("/engine-rest/task/{id}/localVariables/providerOptions");
        assertThat(EngineTimePerRequest.route(new MockHttpServletRequest("GET", "/favicon.ico"))).isNull();
    }
}
