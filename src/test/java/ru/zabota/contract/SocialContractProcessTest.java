package ru.zabota.contract;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.zabota.workflow.ProcessTests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static ru.zabota.contract.SocialContractProcess.Elements.*;
import static ru.zabota.contract.SocialContractProcess.Vars.*;

/** Every path of social-contract-603.bpmn on the in-memory engine with recording delegates. */
@Deployment(resources = "processes/social-contract-603.bpmn")
class SocialContractProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverageAtLeast(0.95);

    final List<String> calls = new ArrayList<>();
    final Date due = Date.from(Instant.parse("2026-11-24T13:00:00Z"));

    @BeforeEach
    void fakes() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T05:00:00Z")));
        for (String bean : List.of("recordProviderSignature", "activateContract", "declineContract", "executeContract")) {
            Mocks.register(bean, (JavaDelegate) e -> calls.add(bean));
        }
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance requested() {
        return runtimeService().startProcessInstanceByKey(SocialContractProcess.KEY, "603-2026-000001", Map.of(
                CONTRACT_ID, 1L, PROVIDER_GROUP, "provider-1", CITIZEN_USER, "person-1", PROVIDER_DUE, due));
    }

    @Test
    void bothSignaturesMakeItActiveAndTheActExecutesIt() {
        ProcessInstance pi = requested();
        assertThat(pi).isWaitingAt(PROVIDER_REVIEW);
        assertThat(task()).hasCandidateGroup("provider-1").hasDueDate(due);
        complete(task(), withVariables(PROVIDER_DECISION, "SIGN"));
        assertThat(pi).hasPassed(RECORD_PROVIDER_SIGNATURE).isWaitingAt(CITIZEN_SIGNATURE);
        assertThat(task()).isAssignedTo("person-1");
        complete(task(), withVariables(CITIZEN_DECISION, "SIGN"));
        assertThat(pi).hasPassed(ACTIVATE).isWaitingAt(DELIVERY);
        runtimeService().createMessageCorrelation(SocialContractProcess.ACT_SIGNED_MESSAGE).processInstanceBusinessKey("603-2026-000001").correlate();
        assertThat(pi).hasPassed(EXECUTE).isWaitingAt(RATE_PROVIDER);
        Assertions.assertThat(calls).containsExactly("recordProviderSignature", "activateContract", "executeContract");
    }

    private ProcessInstance executed() {
        ProcessInstance pi = requested();
        assertThat(pi).isWaitingAt(PROVIDER_REVIEW);
        complete(task(), withVariables(PROVIDER_DECISION, "SIGN"));
        complete(task(), withVariables(CITIZEN_DECISION, "SIGN"));
        runtimeService().createMessageCorrelation(SocialContractProcess.ACT_SIGNED_MESSAGE).processInstanceId(pi.getId()).correlate();
        return pi;
    }

    @Test
    void theRecipientRatesTheProviderAfterTheAct() {
        ProcessInstance pi = executed();
        assertThat(pi).isWaitingAt(RATE_PROVIDER);
        assertThat(task()).isAssignedTo("person-1");
        complete(task(), withVariables(RATING, 5));
        assertThat(pi).isEnded().hasPassed(EXECUTED_END).hasNotPassed(EXECUTED_UNRATED_END).variables().containsEntry(RATING, 5);
    }

    @Test
    void withoutARatingIn30DaysTheCaseEndsUnrated() {
        ProcessInstance pi = executed();
        Job window = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(RATING_WINDOW).singleResult();
        Assertions.assertThat(window.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-23T05:00:00Z").plus(30, ChronoUnit.DAYS)));
        execute(window);
        assertThat(pi).isEnded().hasPassed(EXECUTED_UNRATED_END).hasNotPassed(EXECUTED_END);
    }

    @Test
    void theActIsNotAcceptedBeforeTheContractIsActive() {
        ProcessInstance pi = requested();
        Assertions.assertThatThrownBy(() -> runtimeService().createMessageCorrelation(SocialContractProcess.ACT_SIGNED_MESSAGE)
                .processInstanceId(pi.getId()).correlate()).isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);
        assertThat(pi).isWaitingAt(PROVIDER_REVIEW);
    }

    @Test
    void providerDeclines() {
        ProcessInstance pi = requested();
        assertThat(pi).isWaitingAt(PROVIDER_REVIEW);
        complete(task(), withVariables(PROVIDER_DECISION, "DECLINE", DECLINE_REASON, "Нет свободных социальных работников"));
        assertThat(pi).isEnded().hasPassed(DECLINE, DECLINED_END).hasNotPassed(CITIZEN_SIGNATURE);
    }

    @Test
    void citizenDeclines() {
        ProcessInstance pi = requested();
        assertThat(pi).isWaitingAt(PROVIDER_REVIEW);
        complete(task(), withVariables(PROVIDER_DECISION, "SIGN"));
        assertThat(pi).isWaitingAt(CITIZEN_SIGNATURE);
        complete(task(), withVariables(CITIZEN_DECISION, "DECLINE", DECLINE_REASON, "Не устраивает период"));
        assertThat(pi).isEnded().hasPassed(DECLINE).hasNotPassed(ACTIVATE);
    }

    @Test
    void providerMissingTheWorkingDayEscalatesToSpecialists() {
        ProcessInstance pi = requested();
        Job timer = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(PROVIDER_DEADLINE).singleResult();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(due);
        ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(1, ChronoUnit.MINUTES)));
        execute(timer);
        assertThat(pi).isWaitingAt(PROVIDER_REVIEW, PROVIDER_OVERDUE);
        assertThat(taskQuery().taskDefinitionKey(PROVIDER_OVERDUE).singleResult()).hasCandidateGroup("uszn-specialists");
        complete(taskQuery().taskDefinitionKey(PROVIDER_OVERDUE).singleResult());
        complete(taskQuery().taskDefinitionKey(PROVIDER_REVIEW).singleResult(), withVariables(PROVIDER_DECISION, "SIGN"));
        assertThat(pi).isWaitingAt(CITIZEN_SIGNATURE);
    }
}
