package ru.zabota.catalogcontract;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.zabota.TimeConfig;
import ru.zabota.workflow.WorkingCalendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * The waits of the catalog contract, configurable ({@code zabota.catalog-contract.*}): the provider's answer in
 * working days (the working calendar), the others in calendar days from the engine's "now" (process tests move it).
 */
@Component("catalogContractDeadlines")
public class Deadlines {
    private final WorkingCalendar calendar;
    final int providerWorkingDays;
    final int citizenDays;
    final int workGraceDays;
    final int acceptanceDays;
    final int paymentWaitDays;

    public Deadlines(WorkingCalendar calendar,
                     @Value("${zabota.catalog-contract.provider-working-days:2}") int providerWorkingDays,
                     @Value("${zabota.catalog-contract.citizen-days:3}") int citizenDays,
                     @Value("${zabota.catalog-contract.work-grace-days:30}") int workGraceDays,
                     @Value("${zabota.catalog-contract.acceptance-days:5}") int acceptanceDays,
                     @Value("${zabota.catalog-contract.payment-wait-days:90}") int paymentWaitDays) {
        this.calendar = calendar;
        this.providerWorkingDays = providerWorkingDays;
        this.citizenDays = citizenDays;
        this.workGraceDays = workGraceDays;
        this.acceptanceDays = acceptanceDays;
        this.paymentWaitDays = paymentWaitDays;
    }

    /** «Нет ответа поставщика в течение 2 рабочих дней». */
    public Date providerDue() {
        return calendar.dueAfter(providerWorkingDays);
    }

    public Date citizenDue() {
        return daysAfterNow(citizenDays);
    }

    /**
     * How long the provider may take to mark the service done: the grace days after the planned date, counted from
     * today when the planned date has passed (a dispute sends the contract back after it).
     */
    public Date workDue(LocalDate plannedDate) {
        Date fromNow = daysAfterNow(workGraceDays);
        Date fromPlan = Date.from(plannedDate.plusDays(workGraceDays).atTime(LocalTime.of(23, 59)).atZone(TimeConfig.REGION_ZONE).toInstant());
        return fromPlan.after(fromNow) ? fromPlan : fromNow;
    }

    public Date acceptanceDue() {
        return daysAfterNow(acceptanceDays);
    }

    public Date paymentDue() {
        return daysAfterNow(paymentWaitDays);
    }

    private static Date daysAfterNow(int days) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(days, ChronoUnit.DAYS));
    }
}
