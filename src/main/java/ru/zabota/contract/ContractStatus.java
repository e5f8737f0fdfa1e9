package ru.zabota.contract;

/** «На заключении», «На подписании», «Действующий», «Отклонён», «Исполнен», «Отозван», «Закрыт по окончании срока». */
public enum ContractStatus {
    CONCLUDING, SIGNING, ACTIVE, DECLINED, EXECUTED, WITHDRAWN, CLOSED
}
