package ru.zabota.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * The process-test engine is named {@code process-tests} (zabota-process-test.cfg.xml) so that it never replaces
 * the application's engine {@code default} in Camunda's static engine registry while Spring Boot tests run in
 * the same JVM. With two engines registered, camunda-bpm-assert cannot guess which one to use: this plugin binds
 * {@link BpmnAwareTests} to the process-test engine as soon as it is built.
 */
public class ProcessTestAssertionsPlugin extends AbstractProcessEnginePlugin {
    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        BpmnAwareTests.init(processEngine);
    }
}
