package ru.zabota.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmountsTest {

    @ParameterizedTest(name = "{0} → «{1}»")
    @CsvSource(delimiter = '|', value = {
            "4593.66 | 4 593,66",
            "1250.5 | 1 250,50",
            "0 | 0,00",
            "45000 | 45 000,00",
            "1234567.891 | 1 234 567,89",
    })
    void money(String value, String expected) {
        assertEquals(expected, Amounts.money(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0} {1} → «{2}»")
    @CsvSource(delimiter = '|', value = {
            "1 | поездка | 1 поездка",
            "2.00 | поездка | 2 поездки",
            "5 | поездка | 5 поездок",
            "11 | поездка | 11 поездок",
            "12 | час | 12 часов",
            "21 | час | 21 час",
            "22 | день | 22 дня",
            "101 | посещение | 101 посещение",
            "111 | услуга | 111 услуг",
            "1.50 | час | 1,5 часа",
            "0.5 | поездка | 0,5 поездки",
            "10 | км | 10 км",
            "3 | штука | 3 штука",
            "1E+1 | день | 10 дней",
    })
    void quantity(String value, String unit, String expected) {
        assertEquals(expected, Amounts.quantity(new BigDecimal(value), unit));
    }
}
