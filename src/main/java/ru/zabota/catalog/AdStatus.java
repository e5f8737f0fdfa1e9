package ru.zabota.catalog;

/** «Черновик», «На модерации», «Возвращено на доработку», «Опубликовано», «Дубликат» (labels in i18n/catalog). */
public enum AdStatus {
    DRAFT, ON_MODERATION, RETURNED, PUBLISHED, DUPLICATE
}
