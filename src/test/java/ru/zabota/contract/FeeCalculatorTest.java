package ru.zabota.contract;

import org.junit.jupiter.api.Test;
import ru.zabota.people.PopulationGroup;
import ru.zabota.registry.ServiceForm;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked cases of 442-ФЗ ст. 31–32 with the pensioners' subsistence minimum 17 400 ₽ (limit 26 100 ₽). */
class FeeCalculatorTest {
    private final FeeCalculator calculator = new FeeCalculator(new BigDecimal("22000"), new BigDecimal("17400"), new BigDecimal("19600"));

    private BigDecimal fee(String cost, ServiceForm form, boolean free, String income) {
        return calculator.calculate(new BigDecimal(cost), form, PopulationGroup.PENSIONER, free, income == null ? null : new BigDecimal(income)).fee();
    }

    @Test
    void freeCategoryPaysNothingWhateverTheIncome() {
        assertThat(fee("9000", ServiceForm.HOME, true, "90000")).isEqualByComparingTo("0");
        assertThat(fee("9000", ServiceForm.HOME, true, null)).isEqualByComparingTo("0");
    }

    @Test
    void incomeAtOrBelowOneAndAHalfMinimumsPaysNothing() {
        assertThat(fee("9000", ServiceForm.HOME, false, "21500")).isEqualByComparingTo("0");
        assertThat(fee("9000", ServiceForm.HOME, false, "26100")).isEqualByComparingTo("0"); // exactly the limit
        FeeCalculator.Fee f = calculator.calculate(new BigDecimal("9000"), ServiceForm.HOME, PopulationGroup.PENSIONER, false, new BigDecimal("21500"));
        assertThat(f.limit()).isEqualByComparingTo("26100");
        assertThat(f.explanation()).contains("не превышает предельную величину 26 100,00 ₽");
    }

    @Test
    void aboveTheLimitAtHomeHalfOfTheDifference() {
        // income 30 100: difference 4 000, half is 2 000, cost 9 000 → 2 000
        assertThat(fee("9000", ServiceForm.HOME, false, "30100")).isEqualByComparingTo("2000");
        assertThat(fee("9000", ServiceForm.SEMI_STATIONARY, false, "30100")).isEqualByComparingTo("2000");
    }

    @Test
    void neverMoreThanTheCostOfTheServices() {
        // income 60 100: half of 34 000 is 17 000, but services cost 9 000
        assertThat(fee("9000", ServiceForm.HOME, false, "60100")).isEqualByComparingTo("9000");
    }

    @Test
    void stationaryIsCappedAtThreeQuartersOfIncome() {
        // income 30 000 above the limit: 75 % is 22 500, cost 48 000 → 22 500
        assertThat(fee("48000", ServiceForm.STATIONARY, false, "30000")).isEqualByComparingTo("22500");
        // cheaper than the cap → the cost
        assertThat(fee("15000", ServiceForm.STATIONARY, false, "30000")).isEqualByComparingTo("15000");
    }

    @Test
    void limitFollowsThePopulationGroup() {
        FeeCalculator.Fee child = calculator.calculate(new BigDecimal("5000"), ServiceForm.HOME, PopulationGroup.CHILD, false, new BigDecimal("29400"));
        assertThat(child.limit()).isEqualByComparingTo("29400");
        assertThat(child.fee()).isEqualByComparingTo("0");
        FeeCalculator.Fee worker = calculator.calculate(new BigDecimal("5000"), ServiceForm.HOME, PopulationGroup.WORKING_AGE, false, new BigDecimal("35000"));
        assertThat(worker.limit()).isEqualByComparingTo("33000");
        assertThat(worker.fee()).isEqualByComparingTo("1000");
    }

    @Test
    void missingIncomeIsNotGuessed() {
        assertThatThrownBy(() -> fee("9000", ServiceForm.HOME, false, null)).hasMessageContaining("доход не указан");
    }
}
