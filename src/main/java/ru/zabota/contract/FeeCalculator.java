package ru.zabota.contract;

import ru.zabota.common.Amounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.zabota.people.PopulationGroup;
import ru.zabota.registry.ServiceForm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The recipient's monthly fee for social services, 442-ФЗ ст. 31–32:
 * <ul>
 *     <li>free of charge for the free categories (ст. 31 ч. 1) and when the average per-capita income is at most the
 *     limit, 1.5 × the regional subsistence minimum of the person's population group (ст. 31 ч. 5);</li>
 *     <li>otherwise, at home and semi-stationary: at most 50 % of the difference between income and limit (ст. 32 ч. 4);</li>
 *     <li>stationary: at most 75 % of the income (ст. 32 ч. 5);</li>
 *     <li>and never more than the cost of the services.</li>
 * </ul>
 * Subsistence minimums are configured per population group ({@code zabota.fee.subsistence-minimum.*}).
 */
@Component
public class FeeCalculator {
    static final BigDecimal LIMIT_FACTOR = new BigDecimal("1.5");
    static final BigDecimal HOME_SHARE = new BigDecimal("0.50");
    static final BigDecimal STATIONARY_SHARE = new BigDecimal("0.75");

    private final Map<PopulationGroup, BigDecimal> subsistenceMinimum;

    public FeeCalculator(@Value("${zabota.fee.subsistence-minimum.working-age:22000}") BigDecimal workingAge,
                         @Value("${zabota.fee.subsistence-minimum.pensioner:17400}") BigDecimal pensioner,
                         @Value("${zabota.fee.subsistence-minimum.child:19600}") BigDecimal child) {
        this.subsistenceMinimum = Map.of(PopulationGroup.WORKING_AGE, workingAge, PopulationGroup.PENSIONER, pensioner,
                PopulationGroup.CHILD, child);
    }

    /**
     * The calculation with the figures behind it, as the contract shows it: the tariff sum per month, the average
     * per-capita income, the subsistence minimum and its 1.5 × (the limit), the excess of income over the limit,
     * the cap (50 % of the excess, or 75 % of income in a stationary form) and the fee; {@code steps} reads them in
     * words, line by line.
     */
    public record Fee(BigDecimal monthlyCost, BigDecimal income, BigDecimal subsistenceMinimum, BigDecimal limit,
                      BigDecimal excess, BigDecimal cap, BigDecimal fee, String explanation, List<String> steps) {
    }

    public Fee calculate(BigDecimal monthlyCost, ServiceForm form, PopulationGroup group, boolean freeCategory, BigDecimal income) {
        BigDecimal cost = money(monthlyCost);
        BigDecimal minimum = money(subsistenceMinimum.get(group));
        BigDecimal limit = money(minimum.multiply(LIMIT_FACTOR));
        List<String> steps = new ArrayList<>();
        steps.add("Стоимость социальных услуг в месяц по тарифам (сумма тариф × количество в месяц): %s ₽".formatted(plain(cost)));
        if (freeCategory) {
            steps.add("Получатель относится к категории, которой социальные услуги предоставляются бесплатно (442-ФЗ, ст. 31 ч. 1)");
            steps.add("Размер платы в месяц: 0,00 ₽");
            return new Fee(cost, income, minimum, limit, null, null, money(BigDecimal.ZERO),
                    "Бесплатно: получатель относится к категории, которой услуги предоставляются бесплатно (442-ФЗ, ст. 31 ч. 1)", steps);
        }
        if (income == null) {
            throw new IllegalArgumentException("Среднедушевой доход не указан: плату рассчитать нельзя");
        }
        BigDecimal inc = money(income);
        steps.add("Среднедушевой доход получателя: %s ₽".formatted(plain(inc)));
        steps.add("Предельная величина среднедушевого дохода: 1,5 × прожиточный минимум %s ₽ = %s ₽ (442-ФЗ, ст. 31 ч. 5)"
                .formatted(plain(minimum), plain(limit)));
        if (inc.compareTo(limit) <= 0) {
            steps.add("Доход не превышает предельную величину: социальные услуги предоставляются бесплатно");
            steps.add("Размер платы в месяц: 0,00 ₽");
            return new Fee(cost, inc, minimum, limit, money(BigDecimal.ZERO), money(BigDecimal.ZERO), money(BigDecimal.ZERO),
                    "Бесплатно: среднедушевой доход %s ₽ не превышает предельную величину %s ₽ (1,5 прожиточного минимума)"
                            .formatted(plain(inc), plain(limit)), steps);
        }
        BigDecimal excess = money(inc.subtract(limit));
        BigDecimal cap;
        String rule;
        if (form == ServiceForm.STATIONARY) {
            cap = money(inc.multiply(STATIONARY_SHARE));
            rule = "75 %% среднедушевого дохода (%s ₽)".formatted(plain(cap));
            steps.add("Стационарная форма: плата не больше 75 %% среднедушевого дохода = %s ₽ (442-ФЗ, ст. 32 ч. 5)".formatted(plain(cap)));
        } else {
            cap = money(excess.multiply(HOME_SHARE));
            rule = "50 %% разницы между доходом %s ₽ и предельной величиной %s ₽ (%s ₽)".formatted(plain(inc), plain(limit), plain(cap));
            steps.add("Превышение дохода над предельной величиной: %s ₽ − %s ₽ = %s ₽".formatted(plain(inc), plain(limit), plain(excess)));
            steps.add("50 %% превышения: %s ₽ (442-ФЗ, ст. 32 ч. 4)".formatted(plain(cap)));
        }
        BigDecimal fee = cost.min(cap);
        steps.add("Размер платы в месяц — меньшая из сумм %s ₽ и %s ₽: %s ₽".formatted(plain(cost), plain(cap), plain(fee)));
        return new Fee(cost, inc, minimum, limit, excess, cap, fee, "Плата %s ₽ в месяц: не больше стоимости услуг %s ₽ и не больше %s"
                .formatted(plain(fee), plain(cost), rule), steps);
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal v) {
        return Amounts.money(v);
    }
}
