package ru.zabota.certificate;

/** Where a certificate application stands, as the citizen sees it in «Сертификаты». */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, IN_REVIEW, SATISFIED, REFUSED, CANCELLED
}
