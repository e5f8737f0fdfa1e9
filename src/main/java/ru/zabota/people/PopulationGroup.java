package ru.zabota.people;

/** Population group: the regional subsistence minimum (and so the fee limit) differs per group. */
public enum PopulationGroup {
    WORKING_AGE, PENSIONER, CHILD
}
