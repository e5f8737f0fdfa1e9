package ru.zabota.catalogcontract;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.zabota.catalog.AdViews;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;
import ru.zabota.common.PageOf;
import ru.zabota.portal.CabinetSections;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import static ru.zabota.catalogcontract.CatalogContractProcess.*;

/**
 * The pages of the catalog contract: the request from an ad, the contract card with the actions open to the viewer,
 * the cabinet sections «Контракты» and «Мои услуги» of the citizen and the provider, and the provider's payment
 * decision posted from the receipt page.
 */
@Controller
public class CatalogContractPagesController {
    private final CatalogContractService contracts;
    private final CatalogContractViews views;
    private final AdViews ads;
    private final ActingContext acting;
    private final Clock clock;

    public CatalogContractPagesController(CatalogContractService contracts, CatalogContractViews views, AdViews ads,
                                          ActingContext acting, Clock clock) {
        this.contracts = contracts;
        this.views = views;
        this.ads = ads;
        this.acting = acting;
        this.clock = clock;
    }

    /** «Заключить контракт» on an ad: planned date, quantity in the ad's unit, comment. */
    @GetMapping("/catalog-contracts/new")
    public String request(@RequestParam Long adId, Model model) {
        acting.citizenPersonId();
        model.addAttribute("ad", ads.publicAd(adId));
        model.addAttribute("today", LocalDate.now(clock));
        return "catalogcontract/new";
    }

    @PostMapping("/catalog-contracts")
    public String order(@RequestParam Long adId, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedDate,
                        @RequestParam(required = false) BigDecimal quantity, @RequestParam(required = false) String comment,
                        RedirectAttributes redirect) {
        Long person = acting.citizenPersonId();
        Acting a = acting.current();
        try {
            CatalogContract c = contracts.order(person, adId, plannedDate, quantity, comment, a.displayName());
            redirect.addFlashAttribute("notice", "Заказ отправлен поставщику. Контракт № " + c.getNumber() + " — «Заключение».");
            return "redirect:/catalog-contracts/" + c.getId();
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            redirect.addFlashAttribute("plannedDate", plannedDate);
            redirect.addFlashAttribute("quantity", quantity);
            redirect.addFlashAttribute("comment", comment);
            return "redirect:/catalog-contracts/new?adId=" + adId;
        }
    }

    @GetMapping("/catalog-contracts/{id}")
    @Transactional(readOnly = true)
    public String card(@PathVariable Long id, Model model) {
        Acting a = acting.current();
        CatalogContract c = contracts.visible(id, ContractSide.personOf(a), ContractSide.providerOf(a));
        model.addAttribute("c", views.view(c, a));
        model.addAttribute("asProvider", ContractSide.asProvider(a));
        model.addAttribute("section", "catalog-contracts");
        return "catalogcontract/card";
    }

    @PostMapping("/catalog-contracts/{id}/decision")
    public String decision(@PathVariable Long id, @RequestParam(required = false) Decision decision,
                           @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, redirect, decision == Decision.DECLINE ? "Вы отказались от контракта." : "Договор подписан.", a -> {
            if (ContractSide.asProvider(a)) contracts.providerDecision(ContractSide.deciding(a), id, decision, comment, a.displayName());
            else contracts.citizenDecision(ContractSide.citizen(a), id, decision, comment, a.displayName());
        });
    }

    @PostMapping("/catalog-contracts/{id}/done")
    public String done(@PathVariable Long id, @RequestParam(required = false) BigDecimal quantity,
                       @RequestParam(required = false) BigDecimal actualCost, RedirectAttributes redirect) {
        return step(id, redirect, "Выполнение отмечено: гражданин подтвердит стоимость.",
                a -> contracts.done(ContractSide.deciding(a), id, quantity, actualCost, a.displayName()));
    }

    @PostMapping("/catalog-contracts/{id}/acceptance")
    public String acceptance(@PathVariable Long id, @RequestParam(required = false) Acceptance decision,
                             @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, redirect, decision == Acceptance.DISPUTE ? "Стоимость оспорена: контракт возвращён поставщику."
                        : "Стоимость принята. Контракт исполнен, квитанция — в разделе «Оплата».",
                a -> contracts.acceptance(ContractSide.citizen(a), id, decision, comment, a.displayName()));
    }

    /** «Подтвердить оплату» / «Отклонить» from the receipt page; back to it with the outcome. */
    @PostMapping("/receipts/{id}/payment")
    public String payment(@PathVariable Long id, @RequestParam(required = false) Payment decision,
                          @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Acting a = acting.current();
        try {
            contracts.payment(ContractSide.deciding(a), id, decision, reason, a.displayName());
            redirect.addFlashAttribute("notice", decision == Payment.REJECT ? "Оплата отклонена." : "Оплата подтверждена.");
        } catch (DomainProblem refused) {
            if (refused.status() == HttpStatus.FORBIDDEN) throw refused;
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/receipts/" + id;
    }

    /** «Контракты»: the citizen's or the organisation's catalog contracts, with a status filter. */
    @GetMapping("/cabinet/catalog-contracts")
    @Transactional(readOnly = true)
    public String list(@RequestParam(required = false) CatalogContractStatus status, @RequestParam(defaultValue = "0") int page, Model model) {
        Acting a = acting.current();
        requireSection(a, "catalog-contracts");
        Set<CatalogContractStatus> filter = status == null ? null : EnumSet.of(status);
        var request = PageOf.request(page, 20);
        var found = ContractSide.asProvider(a) ? contracts.ofProvider(a.user().providerId(), filter, request)
                : contracts.ofPerson(a.personId(), filter, request);
        model.addAttribute("contracts", PageOf.of(found.map(views::summary)));
        model.addAttribute("asProvider", ContractSide.asProvider(a));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CatalogContractStatus.values());
        model.addAttribute("views", views);
        return "catalogcontract/list";
    }

    /** «Мои услуги»: the services agreed with both sides — in work, done, executed. */
    @GetMapping("/cabinet/my-services")
    @Transactional(readOnly = true)
    public String myServices(@RequestParam(defaultValue = "0") int page, Model model) {
        Acting a = acting.current();
        requireSection(a, "my-services");
        var request = PageOf.request(page, 20);
        var found = ContractSide.asProvider(a) ? contracts.ofProvider(a.user().providerId(), CatalogContractStatus.SERVICES, request)
                : contracts.ofPerson(a.personId(), CatalogContractStatus.SERVICES, request);
        model.addAttribute("services", PageOf.of(found.map(views::summary)));
        model.addAttribute("asProvider", ContractSide.asProvider(a));
        return "catalogcontract/my-services";
    }

    private static void requireSection(Acting a, String section) {
        if (!CabinetSections.of(a.role()).contains(section)) throw new NotFoundException("Нет такого раздела");
    }

    /** One step as the acting user; a refusal of the domain becomes the card's problem message (403 stays 403). */
    private String step(Long id, RedirectAttributes redirect, String done, Consumer<Acting> action) {
        try {
            action.accept(acting.current());
            redirect.addFlashAttribute("notice", done);
        } catch (DomainProblem refused) {
            if (refused.status() == HttpStatus.FORBIDDEN) throw refused;
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/catalog-contracts/" + id;
    }
}
