package ru.zabota.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.OptimisticLockingException;
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
        }
    }

    @Priority(1)
    public static class ConcurrentChangeMapper implements ExceptionMapper<RestException> {
        static final String CONCURRENT = "Задача уже выполнена или изменена другим действием: обновите список задач";
        static final String GONE = "Задача уже выполнена или больше не существует: обновите список задач";

        @Override
        public Response toResponse(RestException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockingException) return answer(Response.Status.CONFLICT.getStatusCode(), "ConcurrentChange", CONCURRENT);
                if (t instanceof DomainProblem refused) return answer(refused.status().value(), refused.code(), refused.getMessage());
                if (t instanceof NullValueException && String.valueOf(t.getMessage()).contains("Cannot find task")) {
                    return answer(Response.Status.NOT_FOUND.getStatusCode(), "TaskGone", GONE);
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(e);
        }

        private static Response answer(int status, String type, String message) {
            ExceptionDto dto = new ExceptionDto();
            dto.setType(type);
            dto.setMessage(message);
            return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }
}
