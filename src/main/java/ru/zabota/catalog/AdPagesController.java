package ru.zabota.catalog;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.zabota.common.DomainProblem;
import ru.zabota.registry.ProviderRepository;
import ru.zabota.security.ActingContext;

import java.util.List;
import java.util.Set;

/** «Услуги организации»: the provider's ads, the add/edit form, «Отправить на модерацию», deactivation. */
@Controller
@RequestMapping("/cabinet/ads")
public class AdPagesController {
    private final AdService ads;
    private final AdViews views;
    private final ActingContext acting;
    private final ProviderRepository providers;

    public AdPagesController(AdService ads, AdViews views, ActingContext acting, ProviderRepository providers) {
        this.ads = ads;
        this.views = views;
        this.acting = acting;
        this.providers = providers;
    }

    private Long provider() {
        return CatalogParty.editingProviderOf(acting.current());
    }

    private Long providerOfRecord() {
        return CatalogParty.editingProviderOfRecord(acting.current());
    }

    @GetMapping
    public String list(Model model) {
        Long p = provider();
        model.addAttribute("section", "ads");
        model.addAttribute("ads", views.ofProvider(p));
        model.addAttribute("inCatalog", providers.findById(p).map(x -> x.isCatalogEnabled()).orElse(false));
        return "catalog/provider-ads";
    }

    @GetMapping("/new")
    public String add(Model model) {
        provider();
        return form(model, null, new AdForm(null, null, true, null, null, null, null, Set.of(), Set.of()));
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable Long id, Model model) {
        AdViews.ProviderAdView ad = views.own(providerOfRecord(), id);
        return form(model, ad, new AdForm(ad.category(), ad.shortName(), ad.active(), ad.description(), ad.startDate(),
                ad.price(), ad.unit() == null ? null : AdUnit.valueOf(ad.unit()),
                ad.paymentTypes().stream().map(PaymentType::valueOf).collect(java.util.stream.Collectors.toSet()),
                ad.municipalities().stream().map(AdViews.Town::id).collect(java.util.stream.Collectors.toSet())));
    }

    private String form(Model model, AdViews.ProviderAdView ad, AdForm form) {
        model.addAttribute("section", "ads");
        model.addAttribute("ad", ad);
        model.addAttribute("form", form);
        model.addAttribute("categories", views.categories());
        model.addAttribute("units", views.units());
        model.addAttribute("payments", views.paymentTypes());
        model.addAttribute("municipalities", views.municipalities());
        return "catalog/provider-ad-form";
    }

    /** Save (a new ad or an edit); with {@code send} also «Отправить на модерацию». */
    @PostMapping({"", "/{id}"})
    public String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") AdForm form, BindingResult binding,
                       @RequestParam(required = false) String send, Model model, RedirectAttributes flash) {
        Long p = id == null ? provider() : providerOfRecord();
        if (binding.hasErrors()) {
            model.addAttribute("error", binding.getFieldErrors().stream().map(e -> e.isBindingFailure()
                    ? "Проверьте поле «" + e.getField() + "»" : e.getDefaultMessage()).distinct().toList());
            return form(model, id == null ? null : views.own(p, id), form);
        }
        try {
            Long adId = id == null ? ads.create(p, form).getId() : ads.update(p, id, form).getId();
            if (send != null) return submit(adId, flash);
            flash.addFlashAttribute("message", "Объявление сохранено");
            return "redirect:/cabinet/ads";
        } catch (DomainProblem refused) {
            model.addAttribute("error", List.of(refused.getMessage()));
            return form(model, id == null ? null : views.own(p, id), form);
        }
    }

    @PostMapping("/{id}/submit")
    public String submit(@PathVariable Long id, RedirectAttributes flash) {
        Long p = providerOfRecord();
        try {
            ads.submit(p, id);
            flash.addFlashAttribute("message", "Объявление отправлено на модерацию");
        } catch (AdNotModeratable e) {
            flash.addFlashAttribute("missingFor", id);
            flash.addFlashAttribute("missing", e.missing());
        } catch (DomainProblem e) {
            if (e.status().value() == 404) throw e;
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/cabinet/ads";
    }

    @PostMapping("/{id}/deactivate")
    public String deactivate(@PathVariable Long id, RedirectAttributes flash) {
        ads.deactivate(providerOfRecord(), id);
        flash.addFlashAttribute("message", "Объявление снято с показа в каталоге");
        return "redirect:/cabinet/ads";
    }

}
