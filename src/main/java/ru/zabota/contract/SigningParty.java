package ru.zabota.contract;

/** Who signs: the provider, the recipient (citizen), the recipient's act of delivered services. */
public enum SigningParty {
    PROVIDER, CITIZEN, ACT
}
