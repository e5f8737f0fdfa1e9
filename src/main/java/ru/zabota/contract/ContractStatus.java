package ru.zabota.contract;

/** «На заключении», «На подписании», «Действующий», «Отклонён», «Исполнен». */
public enum ContractStatus {
    CONCLUDING, SIGNING, ACTIVE, DECLINED, EXECUTED
}
