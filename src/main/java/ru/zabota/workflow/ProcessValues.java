package ru.zabota.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Reads values that Camunda Forms submit in several shapes: multi-selects arrive as Spin JSON (or a list in
 * tests), numbers as Long or Double, dates as ISO strings.
 */
public final class ProcessValues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProcessValues() {
    }

    public static List<Long> longs(Object value) {
        List<Long> out = new ArrayList<>();
        if (value == null) return out;
        if (value instanceof org.camunda.spin.json.SpinJsonNode node) {
            if (node.isArray()) {
                for (var element : node.elements()) {
                    out.add(element.isNumber() ? element.numberValue().longValue() : Long.valueOf(element.stringValue()));
                }
            } else if (node.isNumber()) {
                out.add(node.numberValue().longValue());
            } else if (node.isString()) {
                out.add(Long.valueOf(node.stringValue()));
            }
            return out;
        }
        if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(Long.valueOf(String.valueOf(v))));
            return out;
        }
        try {
            JsonNode node = JSON.readTree(value.toString());
            if (node.isArray()) node.forEach(n -> out.add(Long.valueOf(n.asText())));
            else if (!node.isNull()) out.add(Long.valueOf(node.asText()));
        } catch (Exception e) {
            throw new IllegalArgumentException("Не удалось прочитать список: " + value, e);
        }
        return out;
    }

    public static BigDecimal decimal(Object value) {
        if (value == null || value.toString().isBlank()) return null;
        return new BigDecimal(value.toString().replace(',', '.').trim());
    }

    public static Integer integer(Object value) {
        BigDecimal d = decimal(value);
        return d == null ? null : d.intValueExact();
    }

    public static LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) return null;
        if (value instanceof Date d) return d.toInstant().atZone(ru.zabota.TimeConfig.REGION_ZONE).toLocalDate();
        String s = value.toString().trim();
        if (s.length() > 10) return OffsetDateTime.parse(s).toLocalDate();
        return LocalDate.parse(s);
    }

    /** Options for a Camunda Forms select/taglist ({@code valuesKey}): a JSON array of {label, value}. */
    public static String options(List<String[]> labelValuePairs) {
        var array = JSON.createArrayNode();
        for (String[] p : labelValuePairs) array.addObject().put("label", p[0]).put("value", p[1]);
        return array.toString();
    }
}
