package ru.zabota.contract;

/** What the contract rests on: the recipient's ИППСУ or an issued certificate [602]. */
public enum ContractBasis {
    IPPSU, CERTIFICATE
}
