package ru.zabota.common;

import org.springframework.http.HttpStatus;

/**
 * A business rule said no. Carries the HTTP status, a stable machine {@code code} and a Russian {@code detail}
 * that a person can read; pages show the detail, the API answers RFC 9457 Problem Details.
 */
public class DomainProblem extends RuntimeException {
    private final HttpStatus status;
    private final String code;

    public DomainProblem(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    /** Invalid input or an unmet precondition: 422, nothing changed. */
    public static DomainProblem unprocessable(String code, String detail) {
        return new DomainProblem(HttpStatus.UNPROCESSABLE_ENTITY, code, detail);
    }

    /** The step is not allowed in the record's current status: 409. */
    public static DomainProblem conflict(String code, String detail) {
        return new DomainProblem(HttpStatus.CONFLICT, code, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
