package ru.zabota.workflow;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

import java.util.List;

/**
 * The base of every process test: an in-memory engine (zabota-process-test.cfg.xml) that records flow-node
 * coverage, writes the report to target/process-test-coverage and fails the class below the threshold.
 * <pre>
 * &#64;RegisterExtension
 * static ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverageAtLeast(0.95);
 * </pre>
 * Delegates ({@code ${beanName}}) are registered with {@code Mocks.register}; {@link #workingCalendar()} gives the
 * real working-day calendar for timer expressions.
 */
public final class ProcessTests {
    private ProcessTests() {
    }

    public static ProcessEngineCoverageExtension engineWithCoverageAtLeast(double share) {
        return (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.Companion
                .builder("zabota-process-test.cfg.xml")
                .assertClassCoverageAtLeast(share)
                .build();
    }

    public static WorkingCalendar workingCalendar() {
        return new WorkingCalendar(List.of());
    }
}
