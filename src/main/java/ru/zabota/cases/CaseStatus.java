package ru.zabota.cases;

/** Status of a case (обращение) as the citizen and staff see it; labels in messages.properties. */
public enum CaseStatus {
    SUBMITTED, REGISTERED, IN_REVIEW, ON_APPROVAL, REWORK, SATISFIED, REFUSED, CLOSED, CANCELLED
}
