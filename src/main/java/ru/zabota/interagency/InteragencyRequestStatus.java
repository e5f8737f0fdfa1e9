package ru.zabota.interagency;

/** «Ожидает ответа», «Ответ получен», «Срок истёк». */
public enum InteragencyRequestStatus {
    WAITING, ANSWERED, EXPIRED
}
