package ru.zabota.common;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Map;

/**
 * How every page and print form writes money and quantities: «4 593,66» (a space between thousands, a comma before
 * kopecks) and «2 поездки», «5 часов», «1,5 часа» (the unit agrees with the number as a Russian reader expects).
 * Templates call it as {@code ${@amounts.money(x)}} and {@code ${@amounts.quantity(q, unit)}}; Java uses the
 * static methods.
 */
@Component("amounts")
public class Amounts {
    /** The units a service is measured in (catalog {@code AdUnit}): one, few (2–4), many (5–20, 0). */
    private static final Map<String, String[]> FORMS = Map.of(
            "час", new String[]{"час", "часа", "часов"},
            "поездка", new String[]{"поездка", "поездки", "поездок"},
            "услуга", new String[]{"услуга", "услуги", "услуг"},
            "день", new String[]{"день", "дня", "дней"},
            "посещение", new String[]{"посещение", "посещения", "посещений"},
            "км", new String[]{"км", "км", "км"});

    /** 1250.5 → «1 250,50»; null → «—». */
    public static String money(BigDecimal v) {
        if (v == null) return "—";
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setGroupingSeparator(' ');
        s.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", s).format(v);
    }

    /** 2 and «поездка» → «2 поездки»; 1.50 and «час» → «1,5 часа»; a unit it does not know is written as given. */
    public static String quantity(BigDecimal q, String unit) {
        if (q == null) return "—";
        BigDecimal n = q.stripTrailingZeros();
        if (n.scale() < 0) n = n.setScale(0);
        String number = n.toPlainString().replace('.', ',');
        if (unit == null || unit.isBlank()) return number;
        String[] forms = FORMS.get(unit.trim());
        if (forms == null) return number + " " + unit.trim();
        return number + " " + forms[formIndex(n)];
    }

    /** Russian agreement: a fraction takes the genitive singular («1,5 часа»); whole numbers by their last digits. */
    private static int formIndex(BigDecimal n) {
        if (n.scale() > 0) return 1;
        long v = n.abs().remainder(BigDecimal.valueOf(100)).longValue();
        if (v >= 11 && v <= 14) return 2;
        long last = v % 10;
        if (last == 1) return 0;
        if (last >= 2 && last <= 4) return 1;
        return 2;
    }
}
