package ru.zabota.certificate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import ru.zabota.workflow.ProcessTests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.*;

import org.assertj.core.api.Assertions;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static ru.zabota.certificate.CertificateProcess.Elements.*;
import static ru.zabota.certificate.CertificateProcess.Vars.*;

/** Every path of certificate-602.bpmn on the in-memory engine; the delegates are recording fakes. */
@Deployment(resources = "processes/certificate-602.bpmn")
class CertificateProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverageAtLeast(0.95);

    ProcessEngine processEngine;
    final List<String> calls = new ArrayList<>();
    /** What «Проверить ответ на запрос» finds, one answer per check. */
    final Deque<String> answers = new ArrayDeque<>();
    Date due;

    @BeforeEach
    void fakes() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T05:00:00Z")));
        due = Date.from(Instant.parse("2026-12-07T13:00:00Z"));
        register("createInOfficeApplication", e -> {
            e.setVariable(APPLICATION_ID, 2L);
            e.setVariable(EXECUTOR, e.getVariable(INITIATOR));
        });
        register("registerCertificateApplication", e -> {
            e.setVariable(DECISION_DUE, due);
            e.setVariable("interagencyPollInterval", "PT1M");
            e.setVariable(INTERAGENCY_REQUEST, "NONE");
        });
        register("startCertificateReview", e -> e.setVariable(SUPER_EXECUTOR, "super".equals(e.getVariable(EXECUTOR))));
        register("sendInteragencyRequest", e -> e.setVariable(INTERAGENCY_STATUS, "WAITING"));
        register("checkInteragencyAnswer", e -> {
            String status = answers.isEmpty() ? "WAITING" : answers.pop();
            e.setVariable(INTERAGENCY_STATUS, status);
            if (!status.equals("WAITING")) e.setVariable(INTERAGENCY_REQUEST, "NONE");
        });
        register("sendCertificateDecisionForApproval", e -> { });
        register("returnCertificateForRework", e -> { });
        register("publishCertificateDecision", e -> { });
        register("closeCertificateCase", e -> { });
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
        return runtimeService().startProcessInstanceByKey(CertificateProcess.KEY, "602-2026-000001", Map.of(APPLICATION_ID, 1L));
    }

    /** Runs the job waiting at this element (the decision-deadline timer waits alongside). */
    private void runJobAt(ProcessInstance pi, String activityId) {
        execute(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult());
    }

    private void assignTo(ProcessInstance pi, String specialist) {
        assertThat(pi).isWaitingAt(ASSIGN_EXECUTOR);
        assertThat(task()).hasCandidateGroup("uszn-heads").hasDueDate(due);
        complete(task(), withVariables(EXECUTOR, specialist));
    }

    private void decide(ProcessInstance pi, String decision) {
        assertThat(pi).isWaitingAt(REVIEW);
        Map<String, Object> v = new HashMap<>(withVariables(INTERAGENCY_REQUEST, "NONE", DECISION, decision));
        if (decision.equals(CertificateProcess.APPROVE)) {
            v.putAll(withVariables(RECOMMENDED_PROVIDERS, List.of(1L, 3L), CERTIFICATE_VALUE, 45000L,
                    CERTIFICATE_VOLUME, 120L, VALID_UNTIL, "2027-11-30"));
        } else {
            v.put(REFUSAL_REASON, "Не подтверждена нуждаемость");
        }
        complete(task(), v);
    }

    private void approve(ProcessInstance pi, String approval) {
        assertThat(pi).isWaitingAt(APPROVE);
        assertThat(task()).hasCandidateGroup("uszn-approvers");
        complete(task(), approval.equals(CertificateProcess.REWORK)
                ? withVariables(APPROVAL, approval, REWORK_COMMENT, "Уточните объём услуг")
                : withVariables(APPROVAL, approval));
    }

    @Test
    void approvedApplicationIsPublishedAndClosed() {
        ProcessInstance pi = submittedOnPortal();
        assertThat(pi).hasPassed(REGISTER).isWaitingAt(ASSIGN_EXECUTOR);
        assignTo(pi, "specialist");
        assertThat(task()).isAssignedTo("specialist").hasDueDate(due);
        decide(pi, CertificateProcess.APPROVE);
        approve(pi, CertificateProcess.PUBLISH);
        assertThat(pi).isEnded().hasPassedInOrder(REGISTER, ASSIGN_EXECUTOR, START_REVIEW, REVIEW, SEND_FOR_APPROVAL, APPROVE, PUBLISH, CLOSE, END);
        Assertions.assertThat(calls).containsSubsequence("registerCertificateApplication", "startCertificateReview",
                "sendCertificateDecisionForApproval", "publishCertificateDecision", "closeCertificateCase");
    }

    @Test
    void refusalIsPublishedWithItsReason() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        decide(pi, CertificateProcess.REJECT);
        approve(pi, CertificateProcess.PUBLISH);
        assertThat(pi).isEnded().variables().containsEntry(DECISION, "REJECT").containsEntry(REFUSAL_REASON, "Не подтверждена нуждаемость");
    }

    @Test
    void reworkReturnsTheTaskToTheSameSpecialistWithTheComment() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        decide(pi, CertificateProcess.APPROVE);
        approve(pi, CertificateProcess.REWORK);
        assertThat(pi).hasPassed(RETURN_FOR_REWORK).isWaitingAt(REVIEW);
        assertThat(task()).isAssignedTo("specialist");
        assertThat(pi).variables().containsEntry(REWORK_COMMENT, "Уточните объём услуг");
        decide(pi, CertificateProcess.APPROVE);
        approve(pi, CertificateProcess.PUBLISH);
        assertThat(pi).isEnded();
        Assertions.assertThat(calls).containsOnlyOnce("returnCertificateForRework");
    }

    @Test
    void superExecutorPublishesWithoutApproval() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "super");
        decide(pi, CertificateProcess.APPROVE);
        assertThat(pi).isEnded().hasNotPassed(APPROVE, SEND_FOR_APPROVAL).hasPassed(PUBLISH);
    }

    @Test
    void interagencyRequestIsPolledUntilTheAnswerComes() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        complete(task(), withVariables(INTERAGENCY_REQUEST, "INCOME"));
        // the request goes out asynchronously
        assertThat(pi).isWaitingAt(SEND_REQUEST);
        runJobAt(pi, SEND_REQUEST);
        assertThat(pi).isWaitingAt(WAIT_FOR_ANSWER);
        answers.add("WAITING");
        answers.add("ANSWERED");
        runJobAt(pi, WAIT_FOR_ANSWER);
        assertThat(pi).isWaitingAt(WAIT_FOR_ANSWER);
        runJobAt(pi, WAIT_FOR_ANSWER);
        assertThat(pi).isWaitingAt(REVIEW).variables().containsEntry(INTERAGENCY_STATUS, "ANSWERED").containsEntry(INTERAGENCY_REQUEST, "NONE");
        assertThat(task()).isAssignedTo("specialist");
        Assertions.assertThat(calls.stream().filter("checkInteragencyAnswer"::equals)).hasSize(2);
    }

    @Test
    void interagencyDeadlinePassesAndTheSpecialistMayResend() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        complete(task(), withVariables(INTERAGENCY_REQUEST, "DISABILITY"));
        runJobAt(pi, SEND_REQUEST);
        answers.add("EXPIRED");
        runJobAt(pi, WAIT_FOR_ANSWER);
        assertThat(pi).isWaitingAt(REVIEW).variables().containsEntry(INTERAGENCY_STATUS, "EXPIRED");
        // resend
        complete(task(), withVariables(INTERAGENCY_REQUEST, "DISABILITY"));
        assertThat(pi).isWaitingAt(SEND_REQUEST);
        Assertions.assertThat(calls.stream().filter("sendInteragencyRequest"::equals)).hasSize(1);
        runJobAt(pi, SEND_REQUEST);
        Assertions.assertThat(calls.stream().filter("sendInteragencyRequest"::equals)).hasSize(2);
    }

    @Test
    void failingRequestIsRetriedThenBecomesAnIncident() {
        Mocks.register("sendInteragencyRequest", (JavaDelegate) e -> {
            throw new IllegalStateException("СМЭВ недоступен");
        });
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        complete(task(), withVariables(INTERAGENCY_REQUEST, "INCOME"));
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
    }

    @Test
    void missedDecisionDeadlineEscalatesToHeadsWithoutStoppingTheReview() {
        ProcessInstance pi = submittedOnPortal();
        assignTo(pi, "specialist");
        Job deadline = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(DECISION_DEADLINE).singleResult();
        Assertions.assertThat(deadline.getDuedate()).isEqualTo(due);
        ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(1, ChronoUnit.HOURS)));
        execute(deadline);
        assertThat(pi).isWaitingAt(REVIEW, DEADLINE_ESCALATION);
        Task escalation = taskQuery().taskDefinitionKey(DEADLINE_ESCALATION).singleResult();
        assertThat(escalation).hasCandidateGroup("uszn-heads");
        complete(escalation, withVariables("escalationNote", "Исполнителю поручено завершить до конца дня"));
        decide(pi, CertificateProcess.APPROVE);
        approve(pi, CertificateProcess.PUBLISH);
        assertThat(pi).isEnded();
    }

    @Test
    void inOfficeApplicationGoesStraightToTheSpecialistWhoTookIt() {
        identityService().setAuthenticatedUserId("specialist");
        try {
            ProcessInstance pi = runtimeService().startProcessInstanceByKey(CertificateProcess.KEY,
                    Map.of(SNILS, "112-233-445 95", CERTIFICATE_TYPE, "SOCIAL_CERTIFICATE"));
            assertThat(pi).hasPassed(CREATE_IN_OFFICE, REGISTER).hasNotPassed(ASSIGN_EXECUTOR).isWaitingAt(REVIEW);
            assertThat(task()).isAssignedTo("specialist");
            assertThat(pi).variables().containsEntry(INITIATOR, "specialist").containsEntry(APPLICATION_ID, 2L);
        } finally {
            identityService().clearAuthentication();
        }
    }
}
