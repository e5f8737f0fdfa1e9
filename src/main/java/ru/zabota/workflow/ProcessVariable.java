package ru.zabota.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A process variable with its name and type, declared once in the process class (camunda-bpm-data style) and read
 * and written only through it: no casts and no repeated names in delegates, services or tests. Variables hold ids
 * and decisions only, never personal data or lists of records (history keeps every value ever set).
 */
public final class ProcessVariable<T> {
    private final String name;
    private final Class<?> type;
    private final Function<Object, T> reader;

    private ProcessVariable(String name, Class<?> type, Function<Object, T> reader) {
        this.name = name;
        this.type = type;
        this.reader = reader;
    }

    public static ProcessVariable<Long> id(String name) {
        return new ProcessVariable<>(name, Long.class, v -> v instanceof Number n ? n.longValue() : Long.valueOf(v.toString()));
    }

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class, Object::toString);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, Boolean.class, v -> v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString()));
    }

    public static ProcessVariable<Date> dateTime(String name) {
        return new ProcessVariable<>(name, Date.class, v -> (Date) v);
    }

    /** A date from a Camunda Form date field (ISO string) or a {@link Date}. */
    public static ProcessVariable<LocalDate> date(String name) {
        return new ProcessVariable<>(name, LocalDate.class, ProcessValues::date);
    }

    public static ProcessVariable<BigDecimal> decimal(String name) {
        return new ProcessVariable<>(name, BigDecimal.class, ProcessValues::decimal);
    }

    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, Integer.class, ProcessValues::integer);
    }

    /** Ids chosen in a Camunda Forms multi-select (Spin JSON, a list, or a JSON string). */
    public static ProcessVariable<List<Long>> ids(String name) {
        return new ProcessVariable<>(name, List.class, ProcessValues::longs);
    }

    /** A value of an enum (decisions): unknown text reads as {@code null}, so a gateway takes its safe default. */
    public static <E extends Enum<E>> ProcessVariable<E> decision(String name, Class<E> type) {
        return new ProcessVariable<>(name, type, v -> {
            for (E e : type.getEnumConstants()) if (e.name().equals(v.toString())) return e;
            return null;
        });
    }

    public String name() {
        return name;
    }

    public Class<?> type() {
        return type;
    }

    /** The value, or {@code null} when the variable is not set. */
    public T from(VariableScope scope) {
        Object v = scope.getVariable(name);
        return v == null ? null : reader.apply(v);
    }

    /** The value; a missing one is a modelling error and fails the step (an incident for a job). */
    public T required(VariableScope scope) {
        T v = from(scope);
        if (v == null) throw new IllegalStateException("Process variable '" + name + "' is not set");
        return v;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value instanceof Enum<?> e ? e.name() : value);
    }

    /** For the port's variable maps: {@code Map.ofEntries(CONTRACT_ID.is(42L))}. */
    public Map.Entry<String, Object> is(T value) {
        return Map.entry(name, value instanceof Enum<?> e ? e.name() : value);
    }

    @SafeVarargs
    public static Map<String, Object> values(Map.Entry<String, Object>... entries) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : entries) out.put(e.getKey(), e.getValue());
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
