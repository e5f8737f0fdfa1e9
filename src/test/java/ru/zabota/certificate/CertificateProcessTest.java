package ru.zabota.certificate;

import ru.zabota.support.NothingLeft;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.zabota.certificate.CertificateProcess.Action;
import ru.zabota.certificate.CertificateProcess.Approval;
import ru.zabota.certificate.CertificateProcess.Decision;
import ru.zabota.workflow.ProcessTests;
import ru.zabota.workflow.ProcessVariable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.*;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static ru.zabota.certificate.CertificateProcess.*;
import static ru.zabota.certificate.CertificateProcess.Elements.*;

/**
 * Every path of certificate-602.bpmn on the in-memory engine; the delegates are recording fakes. Each path first
 * lets the decision deadline escalate to the heads, then finishes, and checks that nothing is left: no instance,
 * task, job or event subscription.
 */
@Deployment(resources = "processes/certificate-602.bpmn")
class CertificateProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverageAtLeast(0.95);

    ProcessEngine processEngine;
    final List<String> calls = new ArrayList<>();
    Date due;
    Date answerDue;

    @BeforeEach
    void fakes() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T05:00:00Z")));
        due = Date.from(Instant.parse("2026-12-07T13:00:00Z"));
        answerDue = Date.from(Instant.parse("2026-11-30T13:00:00Z"));
        register("registerCertificateApplication", e -> DECISION_DUE.set(e, due));
        register("startCertificateReview", e -> SUPER_EXECUTOR.set(e, "super".equals(EXECUTOR.required(e))));
        register("sendInteragencyRequest", e -> {
            INTERAGENCY_REQUEST_ID.set(e, 7L);
            INTERAGENCY_DUE.set(e, answerDue);
            ACTION.set(e, Action.NONE);
        });
        register("expireInteragencyRequest", e -> { });
        register("sendCertificateDecisionForApproval", e -> { });
        register("returnCertificateForRework", e -> { });
        register("publishCertificateDecision", e -> { });
        register("closeCertificateCase", e -> { });
        Mocks.register("certificateFormOptions", (TaskListener) t -> calls.add("options:" + t.getTaskDefinitionKey()));
        Mocks.register("checkCertificateDecision", (TaskListener) t -> calls.add("checkCertificateDecision"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private void register(String bean, JavaDelegate body) {
        Mocks.register(bean, (JavaDelegate) e -> {
            calls.add(bean);
            body.execute(e);
        });
    }

    private ProcessInstance submittedOnPortal() {
        return runtimeService().startProcessInstanceByKey(KEY, "602-2026-000001",
                ProcessVariable.values(APPLICATION_ID.is(1L), CASE_ID.is(11L)));
    }

    private ProcessInstance takenInOffice(String specialist) {
        return runtimeService().startProcessInstanceByKey(KEY, "602-2026-000002",
                ProcessVariable.values(APPLICATION_ID.is(2L), CASE_ID.is(12L), IN_OFFICE.is(true), EXECUTOR.is(specialist)));
    }

    /** The decision deadline passes while the review runs: the heads get «Взять на контроль», the review goes on. */
    private void deadlinePasses(ProcessInstance pi) {
        Job deadline = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(DECISION_DEADLINE).singleResult();
        Assertions.assertThat(deadline.getDuedate()).isEqualTo(due);
        ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(1, ChronoUnit.HOURS)));
        execute(deadline);
        Task escalation = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(DEADLINE_ESCALATION).singleResult();
        assertThat(escalation).hasCandidateGroup("uszn-heads");
    }

    private Task taskAt(ProcessInstance pi, String key) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private void assignTo(ProcessInstance pi, String specialist) {
        assertThat(pi).isWaitingAt(ASSIGN_EXECUTOR);
        assertThat(taskAt(pi, ASSIGN_EXECUTOR)).hasCandidateGroup("uszn-heads").hasDueDate(due);
        complete(taskAt(pi, ASSIGN_EXECUTOR), ProcessVariable.values(EXECUTOR.is(specialist)));
    }

    private void decide(ProcessInstance pi, Decision decision) {
        assertThat(pi).isWaitingAt(REVIEW);
        Map<String, Object> v = ProcessVariable.values(ACTION.is(Action.NONE), DECISION.is(decision));
        if (decision == Decision.APPROVE) {
            v.putAll(ProcessVariable.values(RECOMMENDED_PROVIDERS.is(List.of(1L, 3L)), CERTIFICATE_VALUE.is(new java.math.BigDecimal(45000)),
                    CERTIFICATE_VOLUME.is(120)));
            v.put(VALID_UNTIL.name(), "2027-11-30"); // as a Camunda Forms date field submits it
        } else {
            v.putAll(ProcessVariable.values(REFUSAL_REASON.is("Не подтверждена нуждаемость")));
        }
        complete(taskAt(pi, REVIEW), v);
    }

    private void approve(ProcessInstance pi, Approval approval) {
        assertThat(pi).isWaitingAt(APPROVE);
        assertThat(taskAt(pi, APPROVE)).hasCandidateGroup("uszn-approvers");
        complete(taskAt(pi, APPROVE), approval == Approval.REWORK
                ? ProcessVariable.values(APPROVAL.is(approval), REWORK_COMMENT.is("Уточните объём услуг"))
                : ProcessVariable.values(APPROVAL.is(approval)));
    }

    private void requestAnswer(ProcessInstance pi, Action kind) {
        complete(taskAt(pi, REVIEW), ProcessVariable.values(ACTION.is(kind)));
        // the request goes out asynchronously, after the specialist's transaction
        assertThat(pi).isWaitingAt(SEND_REQUEST);
        execute(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(SEND_REQUEST).singleResult());
        assertThat(pi).isWaitingAt(WAIT_FOR_ANSWER);
    }

    @Test
    void approvedApplicationIsPublishedAndClosedAndTheOpenEscalationEndsWithIt() {
        ProcessInstance pi = submittedOnPortal();
        assertThat(pi).hasPassed(REGISTER).isWaitingAt(ASSIGN_EXECUTOR);
        assignTo(pi, "specialist");
        assertThat(taskAt(pi, REVIEW)).isAssignedTo("specialist").hasDueDate(due);
        deadlinePasses(pi);
        decide(pi, Decision.APPROVE);
        approve(pi, Approval.PUBLISH);
        assertThat(pi).hasPassedInOrder(REGISTER, ASSIGN_EXECUTOR, START_REVIEW, REVIEW, SEND_FOR_APPROVAL, APPROVE, PUBLISH, CLOSE, END)
                .hasNotPassed(ESCALATION_HANDLED);
        NothingLeft.after(pi);
        Assertions.assertThat(calls).containsSubsequence("registerCertificateApplication", "options:assignExecutor",
                "startCertificateReview", "options:reviewApplication", "checkCertificateDecision",
                "sendCertificateDecisionForApproval", "options:approveDecision", "publishCertificateDecision", "closeCertificateCase");
    }

    @Test
    void refusalIsPublishedWithItsReason() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        deadlinePasses(pi);
        decide(pi, Decision.REJECT);
        approve(pi, Approval.PUBLISH);
        assertThat(pi).hasPassed(PUBLISH, END).variables().containsEntry(DECISION.name(), "REJECT")
                .containsEntry(REFUSAL_REASON.name(), "Не подтверждена нуждаемость");
        NothingLeft.after(pi);
    }

    @Test
    void reworkReturnsTheTaskToTheSameSpecialistWithTheComment() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        deadlinePasses(pi);
        decide(pi, Decision.APPROVE);
        approve(pi, Approval.REWORK);
        assertThat(pi).hasPassed(RETURN_FOR_REWORK).isWaitingAt(REVIEW, DEADLINE_ESCALATION);
        assertThat(taskAt(pi, REVIEW)).isAssignedTo("specialist");
        assertThat(pi).variables().containsEntry(REWORK_COMMENT.name(), "Уточните объём услуг");
        decide(pi, Decision.APPROVE);
        approve(pi, Approval.PUBLISH);
        NothingLeft.after(pi);
        Assertions.assertThat(calls).containsOnlyOnce("returnCertificateForRework");
    }

    @Test
    void anApprovalThatIsNeitherPublishNorReworkReturnsForRework() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        deadlinePasses(pi);
        decide(pi, Decision.APPROVE);
        complete(taskAt(pi, APPROVE), Map.of(APPROVAL.name(), "publish please"));
        assertThat(pi).hasPassed(RETURN_FOR_REWORK).hasNotPassed(PUBLISH).isWaitingAt(REVIEW, DEADLINE_ESCALATION);
        decide(pi, Decision.REJECT);
        approve(pi, Approval.PUBLISH);
        NothingLeft.after(pi);
    }

    @Test
    void anUnknownActionSendsTheReviewBackToTheSpecialist() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        deadlinePasses(pi);
        complete(taskAt(pi, REVIEW), Map.of(ACTION.name(), "SOMETHING", DECISION.name(), "APPROVE"));
        assertThat(pi).hasNotPassed(SEND_REQUEST, SEND_FOR_APPROVAL, PUBLISH).isWaitingAt(REVIEW, DEADLINE_ESCALATION);
        assertThat(taskAt(pi, REVIEW)).isAssignedTo("specialist");
        decide(pi, Decision.REJECT);
        approve(pi, Approval.PUBLISH);
        NothingLeft.after(pi);
    }

    @Test
    void superExecutorPublishesWithoutApproval() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "super");
        deadlinePasses(pi);
        decide(pi, Decision.APPROVE);
        assertThat(pi).hasNotPassed(APPROVE, SEND_FOR_APPROVAL).hasPassed(PUBLISH, END);
        NothingLeft.after(pi);
    }

    @Test
    void interagencyAnswerComesBackToTheSpecialistAsAMessage() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        deadlinePasses(pi);
        requestAnswer(pi, Action.INCOME);
        // waiting costs nothing: one deadline timer, no polling jobs
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(ANSWER_DEADLINE).singleResult().getDuedate())
                .isEqualTo(answerDue);
        runtimeService().createMessageCorrelation(INTERAGENCY_ANSWERED).processInstanceBusinessKey("602-2026-000001").correlate();
        assertThat(pi).isWaitingAt(REVIEW, DEADLINE_ESCALATION).hasNotPassed(EXPIRE_REQUEST)
                .variables().containsEntry(ACTION.name(), "NONE").containsEntry(INTERAGENCY_REQUEST_ID.name(), 7L);
        assertThat(taskAt(pi, REVIEW)).isAssignedTo("specialist");
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(ANSWER_DEADLINE).count()).isZero();
        decide(pi, Decision.APPROVE);
        approve(pi, Approval.PUBLISH);
        NothingLeft.after(pi);
    }

    @Test
    void interagencyDeadlinePassesAndTheSpecialistMayResend() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        deadlinePasses(pi);
        requestAnswer(pi, Action.DISABILITY);
        ClockUtil.setCurrentTime(Date.from(answerDue.toInstant().plus(1, ChronoUnit.MINUTES)));
        execute(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(ANSWER_DEADLINE).singleResult());
        assertThat(pi).hasPassed(EXPIRE_REQUEST).isWaitingAt(REVIEW, DEADLINE_ESCALATION);
        // resend
        requestAnswer(pi, Action.DISABILITY);
        Assertions.assertThat(calls.stream().filter("sendInteragencyRequest"::equals)).hasSize(2);
        // the answer to the new request wakes the process
        runtimeService().createMessageCorrelation(INTERAGENCY_ANSWERED).processInstanceBusinessKey("602-2026-000001").correlate();
        decide(pi, Decision.REJECT);
        approve(pi, Approval.PUBLISH);
        NothingLeft.after(pi);
    }

    @Test
    void failingRequestIsRetriedThenBecomesAnIncident() {
        Mocks.register("sendInteragencyRequest", (JavaDelegate) e -> {
            throw new IllegalStateException("СМЭВ недоступен");
        });
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        complete(taskAt(pi, REVIEW), ProcessVariable.values(ACTION.is(Action.INCOME)));
        for (int i = 0; i < 3; i++) {
            Job j = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(SEND_REQUEST).singleResult();
            try {
                managementService().executeJob(j.getId());
            } catch (Exception expected) {
                // the job keeps its retries until they run out
            }
            ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(2, ChronoUnit.MINUTES)));
        }
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).noRetriesLeft().count()).isEqualTo(1);
        Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
        assertThat(pi).isWaitingAt(SEND_REQUEST);
    }

    @Test
    void escalationTakenUnderControlEndsOnItsOwnAndTheReviewGoesOn() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        deadlinePasses(pi);
        complete(taskAt(pi, DEADLINE_ESCALATION), ProcessVariable.values(ESCALATION_NOTE.is("Исполнителю поручено завершить до конца дня")));
        assertThat(pi).hasPassed(ESCALATION_HANDLED).isWaitingAt(REVIEW);
        decide(pi, Decision.APPROVE);
        approve(pi, Approval.PUBLISH);
        NothingLeft.after(pi);
    }

    @Test
    void inOfficeApplicationGoesStraightToTheSpecialistWhoTookIt() {
        ProcessInstance pi = takenInOffice("specialist");
        assertThat(pi).hasPassed(REGISTER, START_REVIEW).hasNotPassed(ASSIGN_EXECUTOR).isWaitingAt(REVIEW);
        assertThat(taskAt(pi, REVIEW)).isAssignedTo("specialist");
        deadlinePasses(pi);
        decide(pi, Decision.REJECT);
        approve(pi, Approval.PUBLISH);
        NothingLeft.after(pi);
    }
}
