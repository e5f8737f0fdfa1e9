package ru.zabota.portal;

import ru.zabota.common.DomainProblem;

import jakarta.validation.ConstraintViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ru.zabota.common.NotFoundException;

import java.util.stream.Collectors;

/** Problem Details (RFC 9457) for the JSON API: a stable {@code code} and a Russian {@code detail}. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemHandler {

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domain(DomainProblem e) {
        return problem(e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Запись не найдена");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getDefaultMessage()).distinct().collect(Collectors.joining("; "));
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-input", detail.isBlank() ? "Проверьте введённые данные" : detail);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream().map(v -> v.getMessage()).distinct()
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-input", detail);
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().get(m.getPath().size() - 1).getFieldName();
            String why = m.getOriginalMessage() != null && m.getOriginalMessage().startsWith("Текст") ? m.getOriginalMessage()
                    : "значение указано неверно";
            return problem(HttpStatus.BAD_REQUEST, "invalid-field", "Поле «" + field + "»: " + why);
        }
        return problem(HttpStatus.BAD_REQUEST, "unreadable-request", "Запрос не удалось прочитать: проверьте формат данных");
    }

    /** A parameter of the wrong type (an id with letters, a page «abc») or a missing one: 400, nothing done. */
    @ExceptionHandler({org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.web.bind.MissingPathVariableException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", PageProblemHandler.parameterMessage(e));
    }

    /** Two requests changed the same record at once (e.g. a double-clicked signature): the second changes nothing. */
    @ExceptionHandler({org.springframework.dao.DataIntegrityViolationException.class,
            org.springframework.orm.ObjectOptimisticLockingFailureException.class,
            org.camunda.bpm.engine.OptimisticLockingException.class})
    ResponseEntity<ProblemDetail> concurrent(Exception e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "Запись уже изменена другим действием: обновите страницу");
    }

    /**
     * No database connection within the pool's timeout: the service is overloaded, not broken — 503 with a pause to
     * wait, never a 500 (seen at 200 concurrent users in the load test before the HTTP threads were capped).
     */
    @ExceptionHandler({org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.jdbc.CannotGetJdbcConnectionException.class})
    ResponseEntity<ProblemDetail> overloaded(Exception e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "overloaded", OVERLOADED).getBody());
    }

    static final String OVERLOADED = "Сервис сейчас перегружен: повторите действие через несколько секунд";

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(status.getReasonPhrase());
        p.setProperty("code", code);
        return ResponseEntity.status(status).body(p);
    }
}
