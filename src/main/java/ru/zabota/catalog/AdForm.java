package ru.zabota.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** What the provider writes in an ad (API body and page form). Missing items are named by the pre-checks. */
public record AdForm(
        String category,
        @Size(max = 200, message = "Сокращённое наименование — не длиннее 200 знаков") String shortName,
        Boolean active,
        @Size(max = 4000, message = "Описание — не длиннее 4000 знаков") String description,
        @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DecimalMin(value = "0.01", message = "Стоимость должна быть больше нуля") BigDecimal price,
        AdUnit unit,
        Set<PaymentType> paymentTypes,
        Set<Long> municipalities) {
}
