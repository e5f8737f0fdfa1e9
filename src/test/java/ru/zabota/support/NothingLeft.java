package ru.zabota.support;

import org.camunda.bpm.engine.runtime.ProcessInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * Every path of a process ends (DESIGN.md rules): after the end, the engine holds nothing of the case — no instance,
 * execution, task, job (timer or escalation) or event subscription that would keep a finished case running.
 */
public final class NothingLeft {
    private NothingLeft() {
    }

    public static void after(ProcessInstance pi) {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded();
        assertThat(runtimeService().createProcessInstanceQuery().count()).as("running instances").isZero();
        assertThat(runtimeService().createExecutionQuery().count()).as("executions").isZero();
        assertThat(taskService().createTaskQuery().count()).as("tasks").isZero();
        assertThat(managementService().createJobQuery().count()).as("jobs (timers, escalations)").isZero();
        assertThat(runtimeService().createEventSubscriptionQuery().count()).as("event subscriptions").isZero();
    }
}
