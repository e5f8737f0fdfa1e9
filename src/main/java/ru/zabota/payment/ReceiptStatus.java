package ru.zabota.payment;

/** «На оплате», «Оплачена», «Отклонена» (labels in i18n/payment: ReceiptStatus.*). */
public enum ReceiptStatus {
    ON_PAYMENT, PAID, REJECTED
}
