package ru.zabota.contract;

/** «Запланировано» in the calendar, «Подтверждено» once the recipient has signed for it. */
public enum DeliveryStatus {
    SCHEDULED, CONFIRMED
}
