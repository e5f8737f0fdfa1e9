package ru.zabota.workflow;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine's state as Prometheus metrics (scraped from {@code /actuator/prometheus} by an administrator):
 * open incidents, open user tasks per process, overdue tasks, jobs waiting and failed, and the job executor's
 * counters. Each gauge is one count query per scrape.
 */
@Component
public class EngineMetrics {
    private final MeterRegistry registry;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;

    public EngineMetrics(MeterRegistry registry, RuntimeService runtime, TaskService tasks, ManagementService management,
                         RepositoryService repository) {
        this.registry = registry;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        Gauge.builder("zabota.engine.incidents.open", runtime, r -> r.createIncidentQuery().count())
                .description("Open incidents (failed jobs, failed external calls)").register(registry);
        Gauge.builder("zabota.engine.tasks.overdue", tasks, t -> t.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).count())
                .description("Open user tasks past their due date").register(registry);
        Gauge.builder("zabota.engine.jobs.waiting", management, m -> m.createJobQuery().executable().count())
                .description("Jobs due and waiting for the job executor").register(registry);
        Gauge.builder("zabota.engine.jobs.failed", management, m -> m.createJobQuery().noRetriesLeft().count())
                .description("Jobs without retries left").register(registry);
        for (String key : repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).distinct().toList()) {
            Gauge.builder("zabota.engine.tasks.open", tasks, t -> t.createTaskQuery().processDefinitionKey(key).count())
                    .tag("process", key).description("Open user tasks of the process").register(registry);
            Gauge.builder("zabota.engine.instances.running", runtime, r -> r.createProcessInstanceQuery().processDefinitionKey(key).count())
                    .tag("process", key).description("Running process instances").register(registry);
        }
        for (String metric : new String[]{Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_SUCCESSFUL,
                Metrics.JOB_FAILED, Metrics.JOB_LOCKED_EXCLUSIVE}) {
            FunctionCounter.builder("zabota.engine.job.executor", management, m -> m.createMetricsQuery().name(metric).sum())
                    .tag("metric", metric).description("Camunda job executor counters (as reported to the database)").register(registry);
        }
    }
}
