package ru.zabota.catalog;

/** Единица объёма услуги: час, поездка, услуга, км, день, посещение. */
public enum AdUnit {
    HOUR, TRIP, SERVICE, KM, DAY, VISIT
}
