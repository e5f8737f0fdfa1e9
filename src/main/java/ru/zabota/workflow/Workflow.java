package ru.zabota.workflow;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The only door from the features to the process engine. A feature's service checks the domain (the record, the
 * actor's right, the input), changes its records and then, in the same transaction, tells the process through this
 * port: start a case's process, take a portal step, or correlate a system message. Variables are ids and decisions
 * declared as {@link ProcessVariable}s in the process class.
 */
@Component
public class Workflow {
    private final RuntimeService runtime;

    public Workflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the process of a case; the business key is the case number. Returns the process instance id. */
    public String start(String processKey, String businessKey, Map<String, Object> ids) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, ids).getId();
    }

    /**
     * <b>Region generator only</b> ({@code ru.zabota.perf}): a real instance of the process created directly before
     * {@code activityId} with the engine's instantiation API — at a wait state it waits there (with its boundary
     * timers and tasks), at an end event it ends at once and its history gets its removal time. No delegate of the
     * path before it runs: the generator has already written the records those delegates would have written. Never
     * for a feature: a feature starts at the start event ({@link #start}) so that its delegates check the domain.
     */
    public String startGeneratedAt(String processKey, String businessKey, String activityId, Map<String, Object> ids) {
        return runtime.createProcessInstanceByKey(processKey).businessKey(businessKey).setVariables(ids)
                .startBeforeActivity(activityId).execute().getId();
    }

    /**
     * The actor takes a portal step of the case: refused with 409 when the process does not wait for it now (already
     * taken, withdrawn, expired), and with 404 when the step is someone else's.
     */
    public void complete(PortalStep step, String businessKey, Actor actor, Map<String, Object> decisions) {
        Execution waiting = waiting(step, businessKey);
        if (waiting == null) {
            throw DomainProblem.conflict("step-not-open", "Этот шаг уже выполнен или больше недоступен: обновите страницу");
        }
        Object performer = runtime.getVariable(waiting.getProcessInstanceId(), step.performerVariable());
        if (actor == null || !Objects.equals(actor.id(), performer)) throw new NotFoundException("Нет такого шага");
        try {
            runtime.createMessageCorrelation(step.message()).processInstanceId(waiting.getProcessInstanceId())
                    .setVariables(decisions).correlateWithResult();
        } catch (MismatchingMessageCorrelationException raced) {
            throw DomainProblem.conflict("step-not-open", "Этот шаг уже выполнен или больше недоступен: обновите страницу");
        }
    }

    /** A system message (not a person's step), e.g. «акт подписан» from the delivery feature. */
    public void correlate(String message, String businessKey, Map<String, Object> ids) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey).setVariables(ids).correlateWithResult();
        } catch (MismatchingMessageCorrelationException raced) {
            throw DomainProblem.conflict("step-not-open", "Процесс по этому делу уже не ждёт этого события: обновите страницу");
        }
    }

    /** Whether the case's process waits for this portal step now. */
    public boolean isOpen(PortalStep step, String businessKey) {
        return waiting(step, businessKey) != null;
    }

    /** Which of the given steps the case's process waits for now and this actor may take. */
    public List<PortalStep> openSteps(String businessKey, Actor actor, PortalStep... candidates) {
        return Arrays.stream(candidates).filter(s -> {
            Execution e = waiting(s, businessKey);
            return e != null && actor != null && actor.id().equals(runtime.getVariable(e.getProcessInstanceId(), s.performerVariable()));
        }).toList();
    }

    /** Whether the case's process is still running (not ended, not cancelled). */
    public boolean isRunning(String processKey, String businessKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).count() > 0;
    }

    /**
     * The id of the case's running process instance, for the link to Cockpit (which shows running instances only):
     * empty when the process has ended or the case has none.
     */
    public java.util.Optional<String> runningInstanceId(String businessKey) {
        if (businessKey == null) return java.util.Optional.empty();
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).rootProcessInstances().list()
                .stream().map(p -> p.getId()).findFirst();
    }

    private Execution waiting(PortalStep step, String businessKey) {
        if (businessKey == null) return null;
        return runtime.createExecutionQuery().processDefinitionKey(step.processKey()).processInstanceBusinessKey(businessKey)
                .activityId(step.activityId()).messageEventSubscriptionName(step.message()).singleResult();
    }
}
