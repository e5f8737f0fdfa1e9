package ru.zabota.interagency;

/** What the office may ask other agencies about an applicant (through СМЭВ in production). */
public enum InteragencyKind {
    INCOME, DISABILITY
}
