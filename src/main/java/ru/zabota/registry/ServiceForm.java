package ru.zabota.registry;

/** Form of social service (442-ФЗ ст. 19). */
public enum ServiceForm {
    HOME, SEMI_STATIONARY, STATIONARY
}
