package ru.zabota.contract;

import java.util.List;
import java.time.Clock;
import ru.zabota.needs.Ippsu;
import ru.zabota.needs.NeedsService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;
import ru.zabota.common.PageOf;
import ru.zabota.registry.RegistryService;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

import java.time.LocalDate;
import java.util.function.Consumer;

import static ru.zabota.contract.ContractParty.asProvider;
import static ru.zabota.contract.ContractParty.personOf;
import static ru.zabota.contract.ContractParty.providerOf;
import static ru.zabota.contract.ContractParty.requireProvider;

/** Cabinet «Договоры» of the recipient and of the provider, «Получатели услуг», the request confirmation. */
@Controller
@RequestMapping("/cabinet")
public class ContractPagesController {
    private final ContractService contracts;
    private final ContractViews views;
    private final RegistryService registry;
    private final NeedsService needs;
    private final DeliveryService deliveries;
    private final DeliveryViews deliveryViews;
    private final ActingContext acting;
    private final Clock clock;

    public ContractPagesController(ContractService contracts, ContractViews views, RegistryService registry,
                                   NeedsService needs, DeliveryService deliveries, DeliveryViews deliveryViews,
                                   ActingContext acting, Clock clock) {
        this.needs = needs;
        this.contracts = contracts;
        this.deliveries = deliveries;
        this.deliveryViews = deliveryViews;
        this.clock = clock;
        this.views = views;
        this.registry = registry;
        this.acting = acting;
    }

    @GetMapping("/contracts")
    @Transactional(readOnly = true)
    public String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Acting a = acting.current();
        var request = PageOf.request(page, 20);
        var found = asProvider(a) ? contracts.ofProvider(a.user().providerId(), request) : contracts.ofPerson(a.personId(), request);
        model.addAttribute("contracts", PageOf.of(found.map(views::summary)));
        model.addAttribute("asProvider", asProvider(a));
        return "contract/list";
    }

    @GetMapping("/recipients")
    @Transactional(readOnly = true)
    public String recipients(@RequestParam(defaultValue = "0") int page, Model model) {
        Long providerId = requireProvider(acting.current());
        var found = contracts.recipientsOf(providerId, PageOf.request(page, 20));
        // the page's programmes in one query (QueryBudgetTest: not one per recipient)
        var ippsus = needs.ippsusInForce(found.map(c -> c.getPerson().getId()).toSet());
        model.addAttribute("recipients", found.map(c -> new Recipient(c, ippsus.get(c.getPerson().getId()))));
        return "contract/recipients";
    }

    /** A recipient of the provider's services: the contract and the recipient's ИППСУ in force. */
    public record Recipient(Contract contract, Ippsu ippsu) {
    }

    /** «Заключить договор с …?» — or, without a provider, a search of the registry by name. */
    @GetMapping("/contracts/new")
    @Transactional(readOnly = true)
    public String confirm(@RequestParam(required = false) Long providerId, @RequestParam ContractBasis basis,
                          @RequestParam Long basisId, @RequestParam(required = false) String q, Model model) {
        Long personId = acting.citizenPersonId();
        model.addAttribute("basis", basis);
        model.addAttribute("basisId", basisId);
        model.addAttribute("q", q);
        if (providerId != null) {
            model.addAttribute("provider", registry.card(providerId));
            // a request to this provider is already open: offer it, not a second one the service would refuse
            contracts.openRequest(personId, providerId).ifPresent(c -> model.addAttribute("openRequest", c));
        }
        else if (q != null && !q.isBlank()) model.addAttribute("found", registry.search(q, null, null, 0).getContent());
        return "contract/new";
    }

    @PostMapping("/contracts")
    public String request(@RequestParam Long providerId, @RequestParam ContractBasis basis, @RequestParam Long basisId,
                          RedirectAttributes redirect) {
        Long person = acting.citizenPersonId();
        Acting a = acting.current();
        try {
            Contract c = contracts.request(person, providerId, basis, basisId, a.displayName());
            redirect.addFlashAttribute("notice", "Запрос отправлен поставщику. Договор «На заключении».");
            return "redirect:/cabinet/contracts/" + c.getId();
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/cabinet/contracts/new?providerId=" + providerId + "&basis=" + basis + "&basisId=" + basisId;
        }
    }

    @GetMapping("/contracts/{id}")
    @Transactional(readOnly = true)
    public String card(@PathVariable Long id, Model model) {
        Acting a = acting.current();
        Contract c = contracts.visible(id, personOf(a), providerOf(a));
        var contract = views.view(c);
        model.addAttribute("contract", contract);
        model.addAttribute("asProvider", asProvider(a));
        model.addAttribute("maySign", ContractParty.maySign(a));
        model.addAttribute("deliveries", contract.status() == ContractStatus.ACTIVE || contract.status() == ContractStatus.EXECUTED
                ? deliveries.ofContract(c.getId()).stream().map(deliveryViews::view).toList() : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        if (asProvider(a)) {
            model.addAttribute("recipientIppsu", needs.ippsuInForce(contract.recipientId()).orElse(null));
        }
        return "contract/card";
    }

    @PostMapping("/contracts/{id}/sign")
    public String sign(@PathVariable Long id, RedirectAttributes redirect) {
        return step(id, redirect, "Договор подписан.", a -> {
            if (asProvider(a)) contracts.signAsProvider(ContractParty.signingProviderOf(a), id, a.displayName());
            else contracts.signAsCitizen(a.personId(), id, a.displayName());
        });
    }

    @PostMapping("/contracts/{id}/decline")
    public String decline(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return step(id, redirect, "Договор отклонён.", a -> {
            if (asProvider(a)) contracts.declineAsProvider(ContractParty.signingProviderOf(a), id, reason, a.displayName());
            else contracts.declineAsCitizen(a.personId(), id, reason, a.displayName());
        });
    }

    @PostMapping("/contracts/{id}/withdraw")
    public String withdraw(@PathVariable Long id, RedirectAttributes redirect) {
        return step(id, redirect, "Запрос отозван.", a -> {
            if (asProvider(a)) throw new NotFoundException("Нет такого договора");
            contracts.withdraw(a.personId(), id, a.displayName());
        });
    }

    @PostMapping("/contracts/{id}/term")
    public String term(@PathVariable Long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, RedirectAttributes redirect) {
        return step(id, redirect, "Период действия договора сохранён.", a -> contracts.setTerm(ContractParty.signingProviderOf(a), id, from, to));
    }

    @PostMapping("/contracts/{id}/services/{lineId}/remove")
    public String remove(@PathVariable Long id, @PathVariable Long lineId, RedirectAttributes redirect) {
        return step(id, redirect, "Услуга удалена из договора.", a -> contracts.removeLine(ContractParty.signingProviderOf(a), id, lineId));
    }

    @PostMapping("/contracts/{id}/services/{lineId}/volume")
    public String volume(@PathVariable Long id, @PathVariable Long lineId, @RequestParam(required = false) Integer volume,
                         RedirectAttributes redirect) {
        return step(id, redirect, "Объём услуги изменён.", a -> contracts.setVolume(ContractParty.signingProviderOf(a), id, lineId, volume));
    }

    /** The printable act of services: services, planned, delivered, sums, both signatures (and the DOCX link). */
    @GetMapping("/contracts/{id}/act")
    @Transactional(readOnly = true)
    public String act(@PathVariable Long id, Model model) {
        Acting a = acting.current();
        Contract c = contracts.visible(id, personOf(a), providerOf(a));
        model.addAttribute("contract", views.view(c));
        model.addAttribute("act", contracts.act(c));
        return "contract/act";
    }

    @PostMapping("/contracts/{id}/act")
    public String signAct(@PathVariable Long id, RedirectAttributes redirect) {
        return step(id, redirect, "Акт оказанных услуг подписан. Договор исполнен.", a -> contracts.signAct(personOf(a), id, a.displayName()));
    }

    @PostMapping("/contracts/{id}/review")
    public String review(@PathVariable Long id, @RequestParam(required = false) Integer rating,
                         @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, redirect, "Спасибо! Ваша оценка учтена в рейтинге поставщика.",
                a -> contracts.review(personOf(a), id, rating, comment, a.displayName()));
    }

    /** One step of the contract as the acting user; a refusal of the domain becomes the page's problem message. */
    private String step(Long id, RedirectAttributes redirect, String done, Consumer<Acting> action) {
        try {
            action.accept(acting.current());
            redirect.addFlashAttribute("notice", done);
        } catch (DomainProblem refused) {
            // the wrong role (a worker signing) is not a message on the card: 403 like the API
            if (refused.status() == HttpStatus.FORBIDDEN) throw refused;
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/cabinet/contracts/" + id;
    }
}
