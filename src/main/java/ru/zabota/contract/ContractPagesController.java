package ru.zabota.contract;

import java.util.List;
import java.time.Clock;
import ru.zabota.needs.Ippsu;
import ru.zabota.needs.NeedsService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.PageOf;
import ru.zabota.registry.RegistryService;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

import java.time.LocalDate;
import java.util.function.Supplier;

/** Cabinet «Договоры» of the recipient and of the provider, «Получатели услуг», the request confirmation. */
@Controller
@RequestMapping("/cabinet")
public class ContractPagesController {
    private final ContractService contracts;
    private final ContractApiController api;
    private final RegistryService registry;
    private final NeedsService needs;
    private final DeliveryApiController deliveries;
    private final ActingContext acting;
    private final Clock clock;

    public ContractPagesController(ContractService contracts, ContractApiController api, RegistryService registry,
                                   NeedsService needs, DeliveryApiController deliveries, ActingContext acting,
                                   Clock clock) {
        this.needs = needs;
        this.contracts = contracts;
        this.deliveries = deliveries;
        this.clock = clock;
        this.api = api;
        this.registry = registry;
        this.acting = acting;
    }

    @GetMapping("/contracts")
    @Transactional(readOnly = true)
    public String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("contracts", api.list(page, 20));
        model.addAttribute("asProvider", ContractApiController.asProvider(acting.current()));
        return "contract/list";
    }

    @GetMapping("/recipients")
    @Transactional(readOnly = true)
    public String recipients(@RequestParam(defaultValue = "0") int page, Model model) {
        Long providerId = DeliveryApiController.requireProvider(acting.current());
        model.addAttribute("recipients", contracts.recipientsOf(providerId, PageOf.request(page, 20))
                .map(c -> new Recipient(c, needs.ippsuInForce(c.getPerson().getId()).orElse(null))));
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
        model.addAttribute("basis", basis);
        model.addAttribute("basisId", basisId);
        model.addAttribute("q", q);
        if (providerId != null) model.addAttribute("provider", registry.card(providerId));
        else if (q != null && !q.isBlank()) model.addAttribute("found", registry.search(q, null, null, 0).getContent());
        return "contract/new";
    }

    @PostMapping("/contracts")
    public String request(@RequestParam Long providerId, @RequestParam ContractBasis basis, @RequestParam Long basisId,
                          RedirectAttributes redirect) {
        Acting a = acting.current();
        try {
            Contract c = contracts.request(a.personId(), providerId, basis, basisId, a.displayName());
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
        var contract = api.one(id);
        model.addAttribute("contract", contract);
        model.addAttribute("asProvider", ContractApiController.asProvider(acting.current()));
        model.addAttribute("deliveries", contract.status() == ContractStatus.ACTIVE || contract.status() == ContractStatus.EXECUTED
                ? deliveries.ofContract(id) : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        if (ContractApiController.asProvider(acting.current())) {
            model.addAttribute("recipientIppsu", needs.ippsuInForce(contract.recipientId()).orElse(null));
        }
        return "contract/card";
    }

    @PostMapping("/contracts/{id}/sign")
    public String sign(@PathVariable Long id, RedirectAttributes redirect) {
        return step(id, redirect, "Договор подписан.", () -> api.sign(id));
    }

    @PostMapping("/contracts/{id}/decline")
    public String decline(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return step(id, redirect, "Договор отклонён.", () -> api.decline(id, new ContractApiController.Reason(reason)));
    }

    @PostMapping("/contracts/{id}/withdraw")
    public String withdraw(@PathVariable Long id, RedirectAttributes redirect) {
        return step(id, redirect, "Запрос отозван.", () -> api.withdraw(id));
    }

    @PostMapping("/contracts/{id}/term")
    public String term(@PathVariable Long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, RedirectAttributes redirect) {
        return step(id, redirect, "Период действия договора сохранён.", () -> api.term(id, new ContractApiController.Term(from, to)));
    }

    @PostMapping("/contracts/{id}/services/{lineId}/remove")
    public String remove(@PathVariable Long id, @PathVariable Long lineId, RedirectAttributes redirect) {
        return step(id, redirect, "Услуга удалена из договора.", () -> api.removeService(id, lineId));
    }

    @PostMapping("/contracts/{id}/act")
    public String signAct(@PathVariable Long id, RedirectAttributes redirect) {
        return step(id, redirect, "Акт оказанных услуг подписан. Договор исполнен.", () -> api.signAct(id));
    }

    @PostMapping("/contracts/{id}/review")
    public String review(@PathVariable Long id, @RequestParam(required = false) Integer rating,
                         @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, redirect, "Спасибо! Ваша оценка учтена в рейтинге поставщика.",
                () -> api.review(id, new ContractApiController.Review(rating, comment)));
    }

    private String step(Long id, RedirectAttributes redirect, String done, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", done);
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/cabinet/contracts/" + id;
    }
}
