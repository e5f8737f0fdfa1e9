package ru.zabota.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;
import ru.zabota.common.DomainProblem;

/**
 * The engine REST API, {@code /engine-rest} for API clients and {@code /camunda/api/engine} as Tasklist and Cockpit
 * call it, with one correction in both ({@link Answers} registers the mapper in every Jersey application of the
 * process, Camunda's webapp one included): a task completed twice at once (a double click, two
 * tabs, two colleagues) answers the loser 409 with a Russian message instead of Camunda's 500 — the engine's
 * optimistic lock did its job, nothing was done twice. A task that is already gone answers 404. A staff form the
 * case's own checks refuse (a task listener's {@link DomainProblem}, e.g. a certificate's end date in the past) answers
 * its status (422) with the Russian message alone, which Tasklist shows above the form — instead of Camunda's 500 with
 * «Cannot submit task form …: ENGINE-03051 There was an exception while invoking the TaskListener…» around it.
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    /**
     * Jersey's forced auto-discovery ({@code META-INF/services}): the webapps' engine API is a Jersey application of
     * Camunda's own that this class does not configure, and Tasklist submits its forms there.
     */
    public static class Answers implements org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable {
        @Override
        public void configure(jakarta.ws.rs.core.FeatureContext context) {
            if (!context.getConfiguration().isRegistered(ConcurrentChangeMapper.class)) context.register(ConcurrentChangeMapper.class);
            if (!context.getConfiguration().isRegistered(MissingTaskMapper.class)) context.register(MissingTaskMapper.class);
            if (!context.getConfiguration().isRegistered(CompletedTaskRightMapper.class)) context.register(CompletedTaskRightMapper.class);
        }
    }

    /**
     * An engine exception Camunda's REST layer does not wrap: a claim, assignment, delegation or unclaim of a task that
     * is not there ({@link NullValueException} or {@link org.camunda.bpm.engine.exception.NotFoundException}, which
     * Camunda answers 500 or 400 in English) answers 409 «уже выполнена» when the task was completed (a colleague or
     * the other click was first), 404 when it never existed; an optimistic lock 409. Every other engine exception keeps
     * Camunda's answer.
     */
    @Priority(1)
    public static class MissingTaskMapper implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException e) {
            Response ours = ConcurrentChangeMapper.ours(e);
            return ours != null ? ours : ExceptionHandlerHelper.getInstance().getResponse(e);
        }
    }

    /**
     * The loser of two completions at once may read the task before the winner commits and check its right after:
     * the right to work on a task goes with the task, so it is refused for a task that is already done. That answers
     * 409 «уже выполнена» like the other losers, instead of a 403 that would tell a staff member they lack a right they
     * had. Every other refusal keeps Camunda's 403.
     */
    @Priority(1)
    public static class CompletedTaskRightMapper implements ExceptionMapper<AuthorizationException> {
        @Override
        public Response toResponse(AuthorizationException e) {
            for (MissingAuthorization m : e.getMissingAuthorizations()) {
                if (Resources.TASK.resourceName().equals(m.getResourceType()) && m.getResourceId() != null
                        && ConcurrentChangeMapper.completed(m.getResourceId())) {
                    return ConcurrentChangeMapper.answer(Response.Status.CONFLICT.getStatusCode(), "ConcurrentChange", ConcurrentChangeMapper.CONCURRENT);
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(e);
        }
    }

    @Priority(1)
    public static class ConcurrentChangeMapper implements ExceptionMapper<RestException> {
        static final String CONCURRENT = "Задача уже выполнена или изменена другим действием: обновите список задач";
        static final String GONE = "Такой задачи нет: она удалена или не существовала. Обновите список задач";

        @Override
        public Response toResponse(RestException e) {
            Response ours = ours(e);
            return ours != null ? ours : ExceptionHandlerHelper.getInstance().getResponse(e);
        }

        /** Our answer for an exception and its causes (a lost optimistic lock, the case's refusal, a task not there), or null. */
        static Response ours(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockingException) return answer(Response.Status.CONFLICT.getStatusCode(), "ConcurrentChange", CONCURRENT);
                if (t instanceof DomainProblem refused) return answer(refused.status().value(), refused.code(), refused.getMessage());
                String missing = t instanceof NullValueException || t instanceof org.camunda.bpm.engine.exception.NotFoundException
                        ? missingTaskId(t) : null;
                if (missing != null) return missingTask(missing);
            }
            return null;
        }

        private static final java.util.regex.Pattern MISSING_TASK = java.util.regex.Pattern.compile("Cannot find task with id (\\S+?):");

        /** The id in Camunda's «Cannot find task with id X: task is null», or null for another exception. */
        static String missingTaskId(Throwable e) {
            java.util.regex.Matcher m = MISSING_TASK.matcher(String.valueOf(e.getMessage()));
            return m.find() ? m.group(1) : null;
        }

        /** 409 when the task was completed (it is in history, finished), 404 when there never was such a task. */
        static Response missingTask(String taskId) {
            return completed(taskId)
                    ? answer(Response.Status.CONFLICT.getStatusCode(), "ConcurrentChange", CONCURRENT)
                    : answer(Response.Status.NOT_FOUND.getStatusCode(), "TaskGone", GONE);
        }

        static boolean completed(String taskId) {
            ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
            return engine != null && engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0
                    && engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
        }

        static Response answer(int status, String type, String message) {
            ExceptionDto dto = new ExceptionDto();
            dto.setType(type);
            dto.setMessage(message);
            return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }
}
