package ru.zabota.needs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periodicity of a service as an ИППСУ writes it («ежедневно», «2 раза в неделю», «4 в год», «1 раз в 2 месяца»,
 * «по мере необходимости»), parsed once into a rate per month. A service «по мере необходимости» (or a text that is
 * not a regular frequency) has no rate: its volume is the programme's volume spread over the programme's term.
 * The fee, the contract volumes and the limits all use this one reading.
 */
public final class Periodicity {
    /** Average days in a month: 365 / 12. */
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("365").divide(new BigDecimal("12"), 10, RoundingMode.HALF_UP);
    /** Average weeks in a month: 52 / 12. */
    private static final BigDecimal WEEKS_PER_MONTH = new BigDecimal("52").divide(new BigDecimal("12"), 10, RoundingMode.HALF_UP);
    private static final Pattern COUNT_PER_PERIOD = Pattern.compile(
            "(\\d+)\\s*(?:раза|раз)?\\s*(?:в|за)\\s*(\\d+)?\\s*(день|дня|дней|сутки|суток|неделю|недели|недель|месяц|месяца|месяцев|квартал|квартала|кварталов|полгода|год|года|лет)");
    private static final Pattern ONCE_PER_PERIOD = Pattern.compile(
            "(?:раз|один раз)\\s*в\\s*(\\d+)?\\s*(день|дня|дней|сутки|суток|неделю|недели|недель|месяц|месяца|месяцев|квартал|квартала|кварталов|полгода|год|года|лет)");

    private final String text;
    /** Units per month, or null when the service is given as needed. */
    private final BigDecimal perMonth;

    private Periodicity(String text, BigDecimal perMonth) {
        this.text = text;
        this.perMonth = perMonth == null ? null : perMonth.setScale(4, RoundingMode.HALF_UP);
    }

    public static Periodicity parse(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").trim();
        return new Periodicity(text == null ? "" : text.trim(), rate(t));
    }

    private static BigDecimal rate(String t) {
        if (t.isEmpty() || t.contains("по мере") || t.contains("необходимост") || t.contains("по потребност")
                || t.contains("по запросу") || t.contains("однократно")) {
            return null;
        }
        Matcher m = COUNT_PER_PERIOD.matcher(t);
        if (m.find()) return perMonth(new BigDecimal(m.group(1)), m.group(2), m.group(3));
        m = ONCE_PER_PERIOD.matcher(t);
        if (m.find()) return perMonth(BigDecimal.ONE, m.group(1), m.group(2));
        if (t.startsWith("ежедневно") || t.startsWith("каждый день")) return DAYS_PER_MONTH;
        if (t.startsWith("еженедельно")) return WEEKS_PER_MONTH;
        if (t.startsWith("ежемесячно")) return BigDecimal.ONE;
        if (t.startsWith("ежекварталь")) return BigDecimal.ONE.divide(new BigDecimal("3"), 10, RoundingMode.HALF_UP);
        if (t.startsWith("ежегодно")) return BigDecimal.ONE.divide(new BigDecimal("12"), 10, RoundingMode.HALF_UP);
        return null;
    }

    private static BigDecimal perMonth(BigDecimal count, String every, String unit) {
        BigDecimal n = every == null ? BigDecimal.ONE : new BigDecimal(every);
        if (n.signum() == 0) return null;
        BigDecimal periodsPerMonth = switch (unit) {
            case "день", "дня", "дней", "сутки", "суток" -> DAYS_PER_MONTH;
            case "неделю", "недели", "недель" -> WEEKS_PER_MONTH;
            case "месяц", "месяца", "месяцев" -> BigDecimal.ONE;
            case "квартал", "квартала", "кварталов" -> BigDecimal.ONE.divide(new BigDecimal("3"), 10, RoundingMode.HALF_UP);
            case "полгода" -> BigDecimal.ONE.divide(new BigDecimal("6"), 10, RoundingMode.HALF_UP);
            default -> BigDecimal.ONE.divide(new BigDecimal("12"), 10, RoundingMode.HALF_UP); // год, года, лет
        };
        return count.multiply(periodsPerMonth).divide(n, 10, RoundingMode.HALF_UP);
    }

    /** The text as the ИППСУ gives it. */
    public String text() {
        return text;
    }

    /** Whether the service has a regular frequency (else it is given as needed, within the programme's volume). */
    public boolean regular() {
        return perMonth != null;
    }

    /** Units per month, when regular. */
    public Optional<BigDecimal> perMonth() {
        return Optional.ofNullable(perMonth);
    }

    /**
     * Units per month for the fee: the rate when regular; otherwise the programme's volume spread over its months
     * (the programme's term in days × 12 / 365).
     */
    public BigDecimal monthlyUnits(int programmeVolume, LocalDate programmeFrom, LocalDate programmeTo) {
        if (perMonth != null) return perMonth;
        return BigDecimal.valueOf(programmeVolume).divide(months(programmeFrom, programmeTo), 4, RoundingMode.HALF_UP);
    }

    /**
     * The most units the programme allows in a period: the rate over the period's months (rounded up), never more
     * than the programme's whole volume; a service given as needed: the programme's volume pro-rated by days.
     */
    public int unitsFor(LocalDate from, LocalDate to, int programmeVolume, LocalDate programmeFrom, LocalDate programmeTo) {
        if (perMonth != null) {
            int byRate = perMonth.multiply(months(from, to)).setScale(0, RoundingMode.CEILING).intValue();
            return Math.max(1, Math.min(programmeVolume, byRate));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        long programmeDays = programmeFrom == null || programmeTo == null ? 365 : ChronoUnit.DAYS.between(programmeFrom, programmeTo) + 1;
        return Math.max(1, (int) Math.ceil(programmeVolume * (double) Math.min(days, programmeDays) / programmeDays));
    }

    /** Months in a period of days: days × 12 / 365 (a year without its term: 12). */
    static BigDecimal months(LocalDate from, LocalDate to) {
        if (from == null || to == null) return new BigDecimal("12");
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return BigDecimal.valueOf(days).multiply(new BigDecimal("12")).divide(new BigDecimal("365"), 10, RoundingMode.HALF_UP);
    }

    /** «2 раза в неделю (≈ 8,67 в месяц)» or «по мере необходимости (в пределах объёма ИППСУ)». */
    public String describe() {
        if (perMonth == null) return text + " (в пределах объёма ИППСУ)";
        return text + " (≈ " + perMonth.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',') + " в месяц)";
    }

    @Override
    public String toString() {
        return describe();
    }
}
