package ru.zabota.contract;

import ru.zabota.support.NothingLeft;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.zabota.workflow.PortalStep;
import ru.zabota.workflow.ProcessTests;
import ru.zabota.workflow.StaffGroups;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import ru.zabota.contract.SocialContractProcess.Decision;
import static ru.zabota.contract.SocialContractProcess.Decision.SIGN;
import static ru.zabota.contract.SocialContractProcess.Elements.*;
import static ru.zabota.contract.SocialContractProcess.Vars.*;
import static ru.zabota.workflow.ProcessVariable.values;

/**
 * Every path of social-contract-603.bpmn on the in-memory engine with recording delegates. Portal steps are receive
 * tasks taken by their messages; after every end nothing may be left: no instance, job, task or subscription.
 */
@Deployment(resources = "processes/social-contract-603.bpmn")
class SocialContractProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverageAtLeast(0.95);

    static final String CASE = "603-2026-000001";
    final List<String> calls = new ArrayList<>();
    final Date providerDue = Date.from(Instant.parse("2026-11-24T13:00:00Z"));
    final Date citizenDue = Date.from(Instant.parse("2026-12-07T13:00:00Z"));
    final Date termEnd = Date.from(Instant.parse("2027-06-30T18:59:00Z"));

    @BeforeEach
    void fakes() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T05:00:00Z")));
        for (String bean : List.of("declineContract", "withdrawContract", "expireContract", "closeContractAtTermEnd", "executeContract")) {
            Mocks.register(bean, (JavaDelegate) e -> calls.add(bean));
        }
        // the real delegates set the next deadline; these do the same with fixed dates
        Mocks.register("recordProviderSignature", (JavaDelegate) e -> {
            calls.add("recordProviderSignature");
            CITIZEN_DUE.set(e, citizenDue);
        });
        Mocks.register("activateContract", (JavaDelegate) e -> {
            calls.add("activateContract");
            TERM_END.set(e, termEnd);
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance requested() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(SocialContractProcess.KEY, CASE, values(
                CONTRACT_ID.is(1L), CASE_ID.is(10L), PROVIDER_ACTOR.is("provider-1"), RECIPIENT_ACTOR.is("person-1"),
                PROVIDER_DUE.is(providerDue)));
        assertThat(pi).isWaitingAt(PROVIDER_REVIEW);
        return pi;
    }

    /** What the portal does through the workflow port: the step's message to the waiting receive task. */
    private void take(PortalStep step, Map<String, Object> variables) {
        runtimeService().createMessageCorrelation(step.message()).processInstanceBusinessKey(CASE).setVariables(variables).correlate();
    }

    private ProcessInstance active() {
        ProcessInstance pi = requested();
        take(SocialContractProcess.Steps.PROVIDER_REVIEW, values(PROVIDER_DECISION.is(SIGN)));
        assertThat(pi).hasPassed(RECORD_PROVIDER_SIGNATURE).isWaitingAt(CITIZEN_SIGNATURE);
        take(SocialContractProcess.Steps.CITIZEN_SIGNATURE, values(CITIZEN_DECISION.is(SIGN)));
        assertThat(pi).hasPassed(ACTIVATE).isWaitingAt(DELIVERY);
        return pi;
    }

    private ProcessInstance executed() {
        ProcessInstance pi = active();
        take(SocialContractProcess.Steps.ACT, Map.of());
        assertThat(pi).hasPassed(EXECUTE).isWaitingAt(RATE_PROVIDER);
        return pi;
    }

    /** After an end: no instance, no job (timers), no open task (escalations), no message subscription. */
    private void escalate(ProcessInstance pi) {
        Job timer = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(PROVIDER_DEADLINE).singleResult();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(providerDue);
        ClockUtil.setCurrentTime(Date.from(providerDue.toInstant().plus(1, ChronoUnit.MINUTES)));
        execute(timer);
        assertThat(pi).isWaitingAt(PROVIDER_REVIEW, PROVIDER_OVERDUE);
        assertThat(taskQuery().taskDefinitionKey(PROVIDER_OVERDUE).singleResult()).hasCandidateGroup(StaffGroups.SPECIALISTS);
    }

    @Test
    void portalStepsAreNotTasks() {
        requested();
        // nothing for Tasklist or /engine-rest/task: the provider's step is a receive task
        Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
    }

    @Test
    void bothSignTheActExecutesItAndTheRatingEndsTheCase() {
        ProcessInstance pi = executed();
        take(SocialContractProcess.Steps.RATE, Map.of());
        assertThat(pi).hasPassed(EXECUTED_END).hasNotPassed(EXECUTED_UNRATED_END);
        Assertions.assertThat(calls).containsExactly("recordProviderSignature", "activateContract", "executeContract");
        NothingLeft.after(pi);
    }

    @Test
    void theEscalationRaisedFirstIsCancelledWhenTheMainPathEnds() {
        ProcessInstance pi = requested();
        escalate(pi);
        // the provider signs late; the specialist never closes the escalation task
        take(SocialContractProcess.Steps.PROVIDER_REVIEW, values(PROVIDER_DECISION.is(SIGN)));
        take(SocialContractProcess.Steps.CITIZEN_SIGNATURE, values(CITIZEN_DECISION.is(SIGN)));
        take(SocialContractProcess.Steps.ACT, Map.of());
        take(SocialContractProcess.Steps.RATE, Map.of());
        assertThat(pi).hasPassed(EXECUTED_END);
        NothingLeft.after(pi);
    }

    @Test
    void theEscalationHandledFirstLetsTheCaseGoOn() {
        ProcessInstance pi = requested();
        escalate(pi);
        complete(taskQuery().taskDefinitionKey(PROVIDER_OVERDUE).singleResult(), values(OVERDUE_NOTE.is("Позвонили поставщику")));
        assertThat(pi).hasPassed(OVERDUE_HANDLED).isWaitingAt(PROVIDER_REVIEW);
        take(SocialContractProcess.Steps.PROVIDER_REVIEW, values(PROVIDER_DECISION.is(Decision.DECLINE)));
        assertThat(pi).hasPassed(DECLINE, DECLINED_END);
        NothingLeft.after(pi);
    }

    @Test
    void withoutARatingIn30DaysTheCaseEndsUnrated() {
        ProcessInstance pi = executed();
        Job window = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(RATING_WINDOW).singleResult();
        Assertions.assertThat(window.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-23T05:00:00Z").plus(30, ChronoUnit.DAYS)));
        execute(window);
        assertThat(pi).hasPassed(EXECUTED_UNRATED_END).hasNotPassed(EXECUTED_END);
        NothingLeft.after(pi);
    }

    @Test
    void theActIsNotAcceptedBeforeTheContractIsActive() {
        ProcessInstance pi = requested();
        Assertions.assertThatThrownBy(() -> take(SocialContractProcess.Steps.ACT, Map.of()))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(pi).isWaitingAt(PROVIDER_REVIEW);
    }

    @Test
    void providerDeclines() {
        ProcessInstance pi = requested();
        take(SocialContractProcess.Steps.PROVIDER_REVIEW, values(PROVIDER_DECISION.is(Decision.DECLINE)));
        assertThat(pi).hasPassed(DECLINE, DECLINED_END).hasNotPassed(CITIZEN_SIGNATURE);
        NothingLeft.after(pi);
    }

    @Test
    void anUnknownDecisionIsNotASignature() {
        ProcessInstance pi = requested();
        take(SocialContractProcess.Steps.PROVIDER_REVIEW, Map.of(PROVIDER_DECISION.name(), "signed, honestly"));
        assertThat(pi).hasPassed(DECLINE).hasNotPassed(RECORD_PROVIDER_SIGNATURE);
        NothingLeft.after(pi);
    }

    @Test
    void citizenDeclines() {
        ProcessInstance pi = requested();
        take(SocialContractProcess.Steps.PROVIDER_REVIEW, values(PROVIDER_DECISION.is(SIGN)));
        take(SocialContractProcess.Steps.CITIZEN_SIGNATURE, values(CITIZEN_DECISION.is(Decision.DECLINE)));
        assertThat(pi).hasPassed(DECLINE).hasNotPassed(ACTIVATE);
        NothingLeft.after(pi);
    }

    @Test
    void theRecipientWithdrawsWhileTheProviderIsSilentEvenAfterTheEscalation() {
        ProcessInstance pi = requested();
        escalate(pi);
        take(SocialContractProcess.Steps.WITHDRAW, Map.of());
        assertThat(pi).hasPassed(REQUEST_WITHDRAWN, WITHDRAW, WITHDRAWN_END).hasNotPassed(DECLINE);
        Assertions.assertThat(calls).containsExactly("withdrawContract");
        NothingLeft.after(pi);
    }

    @Test
    void withdrawalIsNotOfferedOnceTheProviderHasSigned() {
        ProcessInstance pi = requested();
        take(SocialContractProcess.Steps.PROVIDER_REVIEW, values(PROVIDER_DECISION.is(SIGN)));
        Assertions.assertThatThrownBy(() -> take(SocialContractProcess.Steps.WITHDRAW, Map.of()))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(pi).isWaitingAt(CITIZEN_SIGNATURE);
    }

    @Test
    void theRecipientsSignatureDeadlineClosesTheUnsignedContract() {
        ProcessInstance pi = requested();
        take(SocialContractProcess.Steps.PROVIDER_REVIEW, values(PROVIDER_DECISION.is(SIGN)));
        Job deadline = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(CITIZEN_DEADLINE).singleResult();
        Assertions.assertThat(deadline.getDuedate()).isEqualTo(citizenDue);
        ClockUtil.setCurrentTime(Date.from(citizenDue.toInstant().plus(1, ChronoUnit.MINUTES)));
        execute(deadline);
        assertThat(pi).hasPassed(EXPIRE, EXPIRED_END).hasNotPassed(ACTIVATE);
        NothingLeft.after(pi);
    }

    @Test
    void deliveryEndsAtTheTermWhenNoActIsSigned() {
        ProcessInstance pi = active();
        Job term = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(TERM_ENDED).singleResult();
        Assertions.assertThat(term.getDuedate()).isEqualTo(termEnd);
        ClockUtil.setCurrentTime(Date.from(termEnd.toInstant().plus(1, ChronoUnit.MINUTES)));
        execute(term);
        assertThat(pi).hasPassed(CLOSE_AT_TERM_END, CLOSED_AT_TERM_END).hasNotPassed(EXECUTE);
        NothingLeft.after(pi);
    }
}
