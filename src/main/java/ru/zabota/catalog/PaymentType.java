package ru.zabota.catalog;

/** Вид оплаты: наличные, перевод, карта. */
public enum PaymentType {
    CASH, TRANSFER, CARD
}
