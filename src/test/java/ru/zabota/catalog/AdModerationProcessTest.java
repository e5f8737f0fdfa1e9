package ru.zabota.catalog;

import ru.zabota.support.NothingLeft;
import org.assertj.core.api.Assertions;
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
import ru.zabota.workflow.StaffGroups;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static ru.zabota.catalog.AdModerationProcess.Elements.*;
import static ru.zabota.catalog.AdModerationProcess.Vars.*;
import static ru.zabota.workflow.ProcessVariable.values;

/**
 * Every path of ad-moderation.bpmn on the in-memory engine with recording delegates: publish; return → fix →
 * publish (the same instance); duplicate; the escalation raised first and cancelled by the end; an unknown decision
 * never publishes. After every end nothing may be left: no instance, job, task or subscription.
 */
@Deployment(resources = "processes/ad-moderation.bpmn")
class AdModerationProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverageAtLeast(0.95);

    static final String AD = "AD-2026-000012";
    final List<String> calls = new ArrayList<>();
    final Date due = Date.from(Instant.parse("2026-11-26T13:00:00Z"));

    @BeforeEach
    void fakes() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T05:00:00Z")));
        for (String bean : List.of("publishAd", "returnAd", "markAdDuplicate")) {
            Mocks.register(bean, (JavaDelegate) e -> calls.add(bean));
        }
        Mocks.register("findAdDuplicates", (JavaDelegate) e -> {
            calls.add("findAdDuplicates");
            DUPLICATE_AD_IDS.set(e, "7, 9");
            MODERATION_DUE.set(e, due);
            e.removeVariable(DECISION.name());
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance submitted() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(AdModerationProcess.KEY, AD, values(
                AD_ID.is(12L), PROVIDER_ACTOR.is("provider-1")));
        assertThat(pi).hasPassed(FIND_DUPLICATES).isWaitingAt(MODERATE);
        Task task = taskQuery().taskDefinitionKey(MODERATE).singleResult();
        assertThat(task).hasCandidateGroup(StaffGroups.MODERATORS);
        Assertions.assertThat(task.getDueDate()).isEqualTo(due);
        Assertions.assertThat(taskService().getVariable(task.getId(), DUPLICATE_AD_IDS.name())).isEqualTo("7, 9");
        return pi;
    }

    private void moderate(Map<String, Object> decision) {
        complete(taskQuery().taskDefinitionKey(MODERATE).singleResult(), decision);
    }

    private void resubmit() {
        runtimeService().createMessageCorrelation(AdModerationProcess.Steps.PROVIDER_FIX.message())
                .processInstanceBusinessKey(AD).correlate();
    }

    @Test
    void publish() {
        ProcessInstance pi = submitted();
        moderate(values(DECISION.is(AdModerationProcess.Decision.PUBLISH)));
        assertThat(pi).hasPassed(PUBLISH, PUBLISHED_END);
        Assertions.assertThat(calls).containsExactly("findAdDuplicates", "publishAd");
        NothingLeft.after(pi);
    }

    @Test
    void returnFixPublishInTheSameInstance() {
        ProcessInstance pi = submitted();
        moderate(values(DECISION.is(AdModerationProcess.Decision.RETURN), REMARKS.is("Уточните стоимость")));
        assertThat(pi).hasPassed(RETURN).isWaitingAt(PROVIDER_FIX);
        // the provider's step is a receive task: nothing for Tasklist
        Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
        resubmit();
        assertThat(pi).isWaitingAt(MODERATE);
        moderate(values(DECISION.is(AdModerationProcess.Decision.PUBLISH)));
        assertThat(pi).hasPassed(PUBLISHED_END);
        Assertions.assertThat(calls).containsExactly("findAdDuplicates", "returnAd", "findAdDuplicates", "publishAd");
        NothingLeft.after(pi);
    }

    @Test
    void duplicateStopsModeration() {
        ProcessInstance pi = submitted();
        moderate(values(DECISION.is(AdModerationProcess.Decision.DUPLICATE), DUPLICATE_OF.is(7L)));
        assertThat(pi).hasPassed(MARK_DUPLICATE, DUPLICATE_END).hasNotPassed(PUBLISH);
        Assertions.assertThat(calls).containsExactly("findAdDuplicates", "markAdDuplicate");
        NothingLeft.after(pi);
    }

    @Test
    void theEscalationRaisedFirstIsCancelledWhenTheMainPathEnds() {
        ProcessInstance pi = submitted();
        Job timer = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(DEADLINE).singleResult();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(due);
        ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(1, ChronoUnit.MINUTES)));
        execute(timer);
        assertThat(pi).isWaitingAt(MODERATE, OVERDUE);
        assertThat(taskQuery().taskDefinitionKey(OVERDUE).singleResult()).hasCandidateGroup(StaffGroups.HEADS);
        // the head never closes the escalation; the moderator publishes late
        moderate(values(DECISION.is(AdModerationProcess.Decision.PUBLISH)));
        assertThat(pi).hasPassed(PUBLISHED_END);
        NothingLeft.after(pi);
    }

    @Test
    void theHeadRecordsTheMeasuresOfAnOverdueModeration() {
        ProcessInstance pi = submitted();
        ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(1, ChronoUnit.MINUTES)));
        execute(managementService().createJobQuery().activityId(DEADLINE).singleResult());
        complete(taskQuery().taskDefinitionKey(OVERDUE).singleResult(), values(ESCALATION_NOTE.is("Поручено модератору")));
        assertThat(pi).hasPassed(OVERDUE_HANDLED).isWaitingAt(MODERATE);
        moderate(values(DECISION.is(AdModerationProcess.Decision.DUPLICATE), DUPLICATE_OF.is(9L)));
        NothingLeft.after(pi);
    }

    @Test
    void anUnknownDecisionReturnsTheAdAndNeverPublishes() {
        ProcessInstance pi = submitted();
        moderate(Map.of(DECISION.name(), "APPROVE"));
        assertThat(pi).hasPassed(RETURN).hasNotPassed(PUBLISH).isWaitingAt(PROVIDER_FIX);
        Assertions.assertThat(calls).doesNotContain("publishAd");
        runtimeService().deleteProcessInstance(pi.getId(), "test over");
    }
}
