package ru.zabota.catalogcontract;

import ru.zabota.support.NothingLeft;
import org.assertj.core.api.Assertions;
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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static ru.zabota.catalogcontract.CatalogContractProcess.*;
import static ru.zabota.catalogcontract.CatalogContractProcess.Elements.*;
import static ru.zabota.catalogcontract.CatalogContractProcess.Vars.*;
import static ru.zabota.workflow.ProcessVariable.values;

/**
 * Every path and every timer of catalog-contract.bpmn on the in-memory engine with recording delegates (the real
 * ones set the next deadline; these set fixed ones). The class fails below 95 % flow-node and sequence-flow
 * coverage of the model (ProcessTests). After every end: no instance, job or subscription is left.
 */
@Deployment(resources = "processes/catalog-contract.bpmn")
class CatalogContractProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverageAtLeast(0.95);

    static final String NUMBER = "K-2026-000031";
    final List<String> calls = new ArrayList<>();
    final Date providerDue = Date.from(Instant.parse("2026-11-25T13:00:00Z"));
    final Date citizenDue = Date.from(Instant.parse("2026-11-28T13:00:00Z"));
    final Date workDue = Date.from(Instant.parse("2026-12-31T18:00:00Z"));
    final Date acceptanceDue = Date.from(Instant.parse("2027-01-05T13:00:00Z"));
    final Date paymentDue = Date.from(Instant.parse("2027-03-31T13:00:00Z"));

    @BeforeEach
    void fakes() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T05:00:00Z")));
        for (String bean : List.of("catalogDecline", "catalogCancelProviderSilent", "catalogCancelCitizenSilent", "catalogCancelNotDone",
                "catalogExecute", "catalogAcceptAutomatically", "catalogConfirmPayment", "catalogRejectPayment", "catalogClosePaymentWait")) {
            Mocks.register(bean, (JavaDelegate) e -> calls.add(bean));
        }
        Mocks.register("catalogRecordProviderAcceptance", (JavaDelegate) e -> {
            calls.add("catalogRecordProviderAcceptance");
            CITIZEN_DUE.set(e, citizenDue);
        });
        Mocks.register("catalogStartWork", (JavaDelegate) e -> {
            calls.add("catalogStartWork");
            WORK_DUE.set(e, workDue);
        });
        Mocks.register("catalogRecordDone", (JavaDelegate) e -> {
            calls.add("catalogRecordDone");
            ACCEPTANCE_DUE.set(e, acceptanceDue);
        });
        Mocks.register("catalogRecordDispute", (JavaDelegate) e -> {
            calls.add("catalogRecordDispute");
            WORK_DUE.set(e, workDue);
        });
        Mocks.register("catalogIssueReceipt", (JavaDelegate) e -> {
            calls.add("catalogIssueReceipt");
            RECEIPT_ID.set(e, 77L);
            PAYMENT_DUE.set(e, paymentDue);
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance ordered() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, NUMBER, values(CONTRACT_ID.is(31L),
                PROVIDER_ACTOR.is("provider-1"), CITIZEN_ACTOR.is("person-1"), PROVIDER_DUE.is(providerDue)));
        assertThat(pi).isWaitingAt(PROVIDER_REVIEW);
        return pi;
    }

    /** What the portal does through the workflow port: the step's message to the waiting receive task. */
    private void take(PortalStep step, Map<String, Object> variables) {
        runtimeService().createMessageCorrelation(step.message()).processInstanceBusinessKey(NUMBER).setVariables(variables).correlate();
    }

    private ProcessInstance inWork() {
        ProcessInstance pi = ordered();
        take(Steps.PROVIDER_REVIEW, values(PROVIDER_DECISION.is(Decision.ACCEPT)));
        assertThat(pi).hasPassed(RECORD_PROVIDER_ACCEPTANCE).isWaitingAt(CITIZEN_REVIEW);
        take(Steps.CITIZEN_REVIEW, values(CITIZEN_DECISION.is(Decision.ACCEPT)));
        assertThat(pi).hasPassed(START_WORK).isWaitingAt(SERVICE_IN_WORK);
        return pi;
    }

    private ProcessInstance done() {
        ProcessInstance pi = inWork();
        take(Steps.DONE, Map.of());
        assertThat(pi).hasPassed(RECORD_DONE).isWaitingAt(CITIZEN_ACCEPTANCE);
        return pi;
    }

    private ProcessInstance onPayment() {
        ProcessInstance pi = done();
        take(Steps.ACCEPTANCE, values(ACCEPTANCE.is(Acceptance.ACCEPT)));
        assertThat(pi).hasPassed(EXECUTE, ISSUE_RECEIPT).isWaitingAt(PAYMENT_CHECK);
        Assertions.assertThat(RECEIPT_ID.name()).isEqualTo("receiptId");
        Assertions.assertThat(runtimeService().getVariable(pi.getId(), RECEIPT_ID.name())).isEqualTo(77L);
        return pi;
    }

    /** After an end: no instance, no job (timers), no message subscription left. */
    /** Moves the engine clock past the timer's due date and runs it. */
    private void fire(ProcessInstance pi, String timerId, Date due) {
        Job timer = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(timerId).singleResult();
        Assertions.assertThat(timer).as("timer " + timerId).isNotNull();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(due);
        ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(1, ChronoUnit.MINUTES)));
        execute(timer);
    }

    @Test
    void portalStepsAreNotTasks() {
        ordered();
        Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
    }

    @Test
    void bothAcceptDoneAcceptedPaid() {
        ProcessInstance pi = onPayment();
        take(Steps.PAYMENT, values(PAYMENT.is(Payment.CONFIRM)));
        assertThat(pi).hasPassed(CONFIRM_PAYMENT, PAID_END).hasNotPassed(REJECT_PAYMENT, DECLINE);
        Assertions.assertThat(calls).containsExactly("catalogRecordProviderAcceptance", "catalogStartWork", "catalogRecordDone",
                "catalogExecute", "catalogIssueReceipt", "catalogConfirmPayment");
        NothingLeft.after(pi);
    }

    @Test
    void providerDeclines() {
        ProcessInstance pi = ordered();
        take(Steps.PROVIDER_REVIEW, values(PROVIDER_DECISION.is(Decision.DECLINE)));
        assertThat(pi).hasPassed(DECLINE, DECLINED_END).hasNotPassed(RECORD_PROVIDER_ACCEPTANCE);
        Assertions.assertThat(calls).containsExactly("catalogDecline");
        NothingLeft.after(pi);
    }

    @Test
    void anUnknownProviderDecisionDeclines() {
        ProcessInstance pi = ordered();
        take(Steps.PROVIDER_REVIEW, Map.of(PROVIDER_DECISION.name(), "MAYBE"));
        assertThat(pi).hasPassed(DECLINE, DECLINED_END);
        NothingLeft.after(pi);
    }

    @Test
    void citizenDeclines() {
        ProcessInstance pi = ordered();
        take(Steps.PROVIDER_REVIEW, values(PROVIDER_DECISION.is(Decision.ACCEPT)));
        take(Steps.CITIZEN_REVIEW, values(CITIZEN_DECISION.is(Decision.DECLINE)));
        assertThat(pi).hasPassed(DECLINE, DECLINED_END).hasNotPassed(START_WORK);
        Assertions.assertThat(calls).containsExactly("catalogRecordProviderAcceptance", "catalogDecline");
        NothingLeft.after(pi);
    }

    @Test
    void providerSilentCancels() {
        ProcessInstance pi = ordered();
        fire(pi, PROVIDER_DEADLINE, providerDue);
        assertThat(pi).hasPassed(CANCEL_PROVIDER_SILENT, PROVIDER_SILENT_END);
        Assertions.assertThat(calls).containsExactly("catalogCancelProviderSilent");
        NothingLeft.after(pi);
    }

    @Test
    void citizenSilentCancels() {
        ProcessInstance pi = ordered();
        take(Steps.PROVIDER_REVIEW, values(PROVIDER_DECISION.is(Decision.ACCEPT)));
        fire(pi, CITIZEN_DEADLINE, citizenDue);
        assertThat(pi).hasPassed(CANCEL_CITIZEN_SILENT, CITIZEN_SILENT_END);
        NothingLeft.after(pi);
    }

    @Test
    void providerNeverMarksDoneCloses() {
        ProcessInstance pi = inWork();
        fire(pi, WORK_DEADLINE, workDue);
        assertThat(pi).hasPassed(CANCEL_NOT_DONE, NOT_DONE_END).hasNotPassed(RECORD_DONE);
        NothingLeft.after(pi);
    }

    @Test
    void disputeGoesBackToTheProviderUntilAccepted() {
        ProcessInstance pi = done();
        take(Steps.ACCEPTANCE, values(ACCEPTANCE.is(Acceptance.DISPUTE)));
        assertThat(pi).hasPassed(RECORD_DISPUTE).isWaitingAt(SERVICE_IN_WORK);
        take(Steps.DONE, Map.of());
        assertThat(pi).isWaitingAt(CITIZEN_ACCEPTANCE);
        take(Steps.ACCEPTANCE, values(ACCEPTANCE.is(Acceptance.DISPUTE)));
        take(Steps.DONE, Map.of());
        take(Steps.ACCEPTANCE, values(ACCEPTANCE.is(Acceptance.ACCEPT)));
        assertThat(pi).isWaitingAt(PAYMENT_CHECK);
        Assertions.assertThat(calls).containsExactly("catalogRecordProviderAcceptance", "catalogStartWork", "catalogRecordDone",
                "catalogRecordDispute", "catalogRecordDone", "catalogRecordDispute", "catalogRecordDone", "catalogExecute", "catalogIssueReceipt");
        take(Steps.PAYMENT, values(PAYMENT.is(Payment.CONFIRM)));
        NothingLeft.after(pi);
    }

    @Test
    void silenceOnTheCostAcceptsItAutomatically() {
        ProcessInstance pi = done();
        fire(pi, ACCEPTANCE_DEADLINE, acceptanceDue);
        assertThat(pi).hasPassed(ACCEPT_AUTOMATICALLY, ISSUE_RECEIPT).hasNotPassed(EXECUTE).isWaitingAt(PAYMENT_CHECK);
        take(Steps.PAYMENT, values(PAYMENT.is(Payment.CONFIRM)));
        assertThat(pi).hasPassed(PAID_END);
        NothingLeft.after(pi);
    }

    @Test
    void paymentRejected() {
        ProcessInstance pi = onPayment();
        take(Steps.PAYMENT, values(PAYMENT.is(Payment.REJECT)));
        assertThat(pi).hasPassed(REJECT_PAYMENT, REJECTED_END).hasNotPassed(CONFIRM_PAYMENT);
        NothingLeft.after(pi);
    }

    @Test
    void anUnknownPaymentDecisionIsNotPaid() {
        ProcessInstance pi = onPayment();
        take(Steps.PAYMENT, Map.of(PAYMENT.name(), "PAID_I_THINK"));
        assertThat(pi).hasPassed(NOT_PAID_END).hasNotPassed(CONFIRM_PAYMENT, REJECT_PAYMENT);
        Assertions.assertThat(calls).doesNotContain("catalogConfirmPayment", "catalogRejectPayment");
        NothingLeft.after(pi);
    }

    @Test
    void theWaitForPaymentEndsAtItsDeadline() {
        ProcessInstance pi = onPayment();
        fire(pi, PAYMENT_DEADLINE, paymentDue);
        assertThat(pi).hasPassed(CLOSE_PAYMENT_WAIT, PAYMENT_UNCONFIRMED_END).hasNotPassed(CONFIRM_PAYMENT, REJECT_PAYMENT);
        NothingLeft.after(pi);
    }
}
