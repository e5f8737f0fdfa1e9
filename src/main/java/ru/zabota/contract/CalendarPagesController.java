package ru.zabota.contract;

import java.util.Optional;
import java.util.ArrayList;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import ru.zabota.common.DomainProblem;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ru.zabota.contract.ContractParty.asProvider;
import static ru.zabota.contract.ContractParty.personOf;
import static ru.zabota.contract.ContractParty.providerOf;
import static ru.zabota.contract.ContractParty.requireProvider;

/**
 * «Календарь оказаний» of the provider and its social workers (week and day views, add a delivery), and the
 * delivery card: edit or delete while unconfirmed, the recipient's confirmation with a drawn signature.
 */
@Controller
@RequestMapping("/cabinet")
public class CalendarPagesController {
    private final DeliveryService deliveries;
    private final DeliveryViews views;
    private final ContractService contracts;
    private final ContractViews contractViews;
    private final ActingContext acting;
    private final Clock clock;

    public CalendarPagesController(DeliveryService deliveries, DeliveryViews views, ContractService contracts,
                                   ContractViews contractViews, ActingContext acting, Clock clock) {
        this.deliveries = deliveries;
        this.views = views;
        this.contracts = contracts;
        this.contractViews = contractViews;
        this.acting = acting;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    @Transactional(readOnly = true)
    public String calendar(@RequestParam(required = false) Long contract,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                           @RequestParam(defaultValue = "week") String view, Model model) {
        Long providerId = requireProvider(acting.current());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date == null ? today : date;
        boolean week = !"day".equals(view);
        LocalDate from = week ? day.with(DayOfWeek.MONDAY) : day;
        LocalDate to = week ? from.plusDays(7) : day.plusDays(1);
        List<Contract> active = contracts.activeOfProvider(providerId);
        Contract chosen = contract == null ? null : active.stream().filter(c -> c.getId().equals(contract)).findFirst().orElse(null);

        Map<LocalDate, List<DeliveryViews.DeliveryView>> byDay = new LinkedHashMap<>();
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) byDay.put(d, new ArrayList<>());
        deliveries.calendar(providerId, from, to, chosen == null ? null : chosen.getId())
                .forEach(d -> byDay.get(d.getScheduledAt().toLocalDate()).add(views.view(d)));

        model.addAttribute("contracts", active);
        model.addAttribute("chosen", chosen == null ? null : contractViews.view(contracts.visible(chosen.getId(), null, providerId)));
        model.addAttribute("days", byDay);
        model.addAttribute("day", day);
        model.addAttribute("today", today);
        model.addAttribute("view", week ? "week" : "day");
        model.addAttribute("from", from);
        model.addAttribute("to", to.minusDays(1));
        model.addAttribute("prev", week ? day.minusWeeks(1) : day.minusDays(1));
        model.addAttribute("next", week ? day.plusWeeks(1) : day.plusDays(1));
        model.addAttribute("suggestedDate", chosen != null && (day.isBefore(chosen.getTermFrom()) || day.isAfter(chosen.getTermTo()))
                ? chosen.getTermFrom() : day);
        return "contract/calendar";
    }

    @PostMapping("/calendar")
    public String schedule(@RequestParam Long contract, @RequestParam(required = false) Long lineId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time,
                           @RequestParam(defaultValue = "week") String view, RedirectAttributes redirect) {
        String back = calendarUrl(contract, date, view);
        try {
            Acting a = acting.current();
            deliveries.schedule(requireProvider(a), contract, lineId, date == null || time == null ? null : date.atTime(time),
                    a.displayName());
            redirect.addFlashAttribute("notice", "Оказание сохранено в календаре.");
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + back;
    }

    @GetMapping("/deliveries/{id}")
    @Transactional(readOnly = true)
    public String delivery(@PathVariable Long id, Model model) {
        Acting a = acting.current();
        Delivery d = find(a, id);
        model.addAttribute("delivery", views.view(d));
        model.addAttribute("asProvider", asProvider(a));
        model.addAttribute("contractActive", d.getContract().getStatus() == ContractStatus.ACTIVE);
        model.addAttribute("confirmable", !d.isConfirmed() && d.getContract().getStatus() == ContractStatus.ACTIVE
                && !d.getScheduledAt().toLocalDate().isAfter(LocalDate.now(clock)));
        model.addAttribute("lines", d.getContract().getLines().stream()
                .map(views::option).toList());
        return "contract/delivery";
    }

    @PostMapping("/deliveries/{id}")
    public String reschedule(@PathVariable Long id, @RequestParam(required = false) Long lineId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time,
                             RedirectAttributes redirect) {
        try {
            deliveries.reschedule(requireProvider(acting.current()), id, lineId, date == null || time == null ? null : date.atTime(time));
            redirect.addFlashAttribute("notice", "Изменения сохранены.");
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/cabinet/deliveries/" + id;
    }

    @PostMapping("/deliveries/{id}/delete")
    public String delete(@PathVariable Long id, RedirectAttributes redirect) {
        DeliveryViews.DeliveryView d = views.view(find(acting.current(), id));
        try {
            deliveries.delete(requireProvider(acting.current()), id);
            redirect.addFlashAttribute("notice", "Оказание удалено из календаря.");
            return "redirect:" + calendarUrl(d.contractId(), d.scheduledAt().toLocalDate(), "week");
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/cabinet/deliveries/" + id;
        }
    }

    @PostMapping("/deliveries/{id}/confirm")
    public String confirm(@PathVariable Long id, @RequestParam(required = false) String signature, RedirectAttributes redirect) {
        try {
            Acting a = acting.current();
            deliveries.confirm(id, personOf(a), providerOf(a), signature, a.displayName());
            redirect.addFlashAttribute("notice", "Оказание услуги подтверждено получателем.");
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/cabinet/deliveries/" + id;
    }

    /** The delivery as the acting user may see it: 404 for someone else's. */
    private Delivery find(Acting a, Long id) {
        return deliveries.visible(id, personOf(a), providerOf(a));
    }

    static String calendarUrl(Long contract, LocalDate date, String view) {
        return UriComponentsBuilder.fromPath("/cabinet/calendar").queryParam("contract", contract)
                .queryParamIfPresent("date", Optional.ofNullable(date)).queryParam("view", "day".equals(view) ? "day" : "week")
                .build().toUriString();
    }
}
