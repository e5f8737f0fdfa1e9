package ru.zabota.needs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.zabota.contract.FeeCalculator;
import ru.zabota.people.PopulationGroup;
import ru.zabota.registry.ServiceForm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The periodicity texts of ИППСУ lines (the issue's, the demo data's) read as units per month, and the fee they give. */
class PeriodicityTest {

    @ParameterizedTest(name = "«{0}» → {1} в месяц")
    @CsvSource(delimiter = '|', textBlock = """
            ежедневно                | 30.4167
            Ежедневно                | 30.4167
            2 раза в неделю          | 8.6667
            1 раз в неделю           | 4.3333
            раз в неделю             | 4.3333
            еженедельно              | 4.3333
            4 в год                  | 0.3333
            4 раза в год             | 0.3333
            1 раз в 2 месяца         | 0.5000
            1 раз в месяц            | 1.0000
            ежемесячно               | 1.0000
            2 раза в день            | 60.8333
            1 раз в квартал          | 0.3333
            1 раз в полгода          | 0.1667
            3 раза в 2 недели        | 6.5000
            """)
    void regularFrequenciesGiveARatePerMonth(String text, String perMonth) {
        Periodicity p = Periodicity.parse(text);
        assertThat(p.regular()).isTrue();
        assertThat(p.perMonth()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(perMonth));
    }

    @ParameterizedTest(name = "«{0}» — по мере необходимости")
    @CsvSource(delimiter = '|', textBlock = """
            по мере необходимости
            По мере необходимости, не более 4 раз
            по необходимости
            однократно
            ''
            """)
    void asNeededHasNoRateAndSpreadsTheProgrammeVolume(String text) {
        Periodicity p = Periodicity.parse(text);
        assertThat(p.regular()).isFalse();
        assertThat(p.perMonth()).isEmpty();
        // 4 units for the programme's year: a third of a unit per month, not one
        assertThat(p.monthlyUnits(4, null, null)).isEqualByComparingTo("0.3333");
        assertThat(p.describe()).contains("в пределах объёма ИППСУ");
    }

    @Test
    void volumeForAPeriodFollowsTheRateAndNeverExceedsTheProgramme() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        // 2 раза в неделю over 73 days (2.4 months): 8.6667 × 2.4 = 20.8 → 21
        assertThat(Periodicity.parse("2 раза в неделю").unitsFor(from, from.plusDays(72), 96, null, null)).isEqualTo(21);
        // the whole year is capped by the programme's 96
        assertThat(Periodicity.parse("2 раза в неделю").unitsFor(from, from.plusDays(364), 96, null, null)).isEqualTo(96);
        // 1 раз в 2 месяца over two months: one
        assertThat(Periodicity.parse("1 раз в 2 месяца").unitsFor(from, from.plusDays(59), 6, null, null)).isEqualTo(1);
        // as needed: the programme's volume pro-rated by days
        assertThat(Periodicity.parse("по мере необходимости").unitsFor(from, from.plusDays(181), 4, null, null)).isEqualTo(2);
    }

    /**
     * The monthly fee for one service at 500 ₽ a unit for each periodicity: an income far above the limit, so the fee is
     * the cost — tariff × units per month — and «4 в год» or «1 раз в 2 месяца» are no longer counted as monthly.
     */
    @ParameterizedTest(name = "«{0}» at 500 ₽ → fee {1} ₽")
    @CsvSource(delimiter = '|', textBlock = """
            ежедневно                | 15208.35
            2 раза в неделю          | 4333.35
            4 в год                  | 166.65
            1 раз в 2 месяца         | 250.00
            по мере необходимости    | 166.65
            1 раз в месяц            | 500.00
            """)
    void feeForEachPeriodicity(String text, String fee) {
        FeeCalculator calculator = new FeeCalculator(new BigDecimal("22000"), new BigDecimal("17400"), new BigDecimal("19600"));
        BigDecimal monthlyCost = new BigDecimal("500").multiply(Periodicity.parse(text).monthlyUnits(4, null, null)).setScale(2, RoundingMode.HALF_UP);
        FeeCalculator.Fee f = calculator.calculate(monthlyCost, ServiceForm.HOME, PopulationGroup.PENSIONER, false, new BigDecimal("200000"));
        assertThat(f.fee()).isEqualByComparingTo(fee);
        assertThat(f.steps()).anySatisfy(s -> assertThat(s).contains("1,5 × прожиточный минимум 17 400,00 ₽ = 26 100,00 ₽"))
                .anySatisfy(s -> assertThat(s).contains("50 % превышения"));
    }
}
