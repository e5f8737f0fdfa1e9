package ru.zabota.registry;

/** Kinds of social services after 442-ФЗ ст. 20. Russian labels live in messages.properties. */
public enum ServiceKind {
    HOUSEHOLD, MEDICAL, PSYCHOLOGICAL, PEDAGOGICAL, LABOUR, LEGAL, COMMUNICATION, URGENT
}
