package ru.zabota.needs;

import ru.zabota.registry.RegistryService;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ru.zabota.security.ActingContext;

/**
 * Cabinet «ИППСУ»: the programme in force, its services with the planned and delivered counts from the contracts'
 * delivery calendars, the recommended providers, and the [601] decision. The JSON is {@link IppsuApiController}.
 */
@Controller
public class IppsuController {
    private final ActingContext acting;
    private final NeedsService needs;
    private final IppsuViews views;
    private final RegistryService registry;

    public IppsuController(ActingContext acting, NeedsService needs, IppsuViews views, RegistryService registry) {
        this.registry = registry;
        this.acting = acting;
        this.needs = needs;
        this.views = views;
    }

    @GetMapping("/cabinet/ippsu")
    @Transactional(readOnly = true)
    public String ippsu(Model model) {
        Long person = acting.citizenPersonId();
        model.addAttribute("recognition", needs.activeRecognition(person).orElse(null));
        Ippsu ippsu = needs.ippsuInForce(person).orElse(null);
        model.addAttribute("ippsu", ippsu);
        if (ippsu != null) {
            model.addAttribute("lines", views.lines(ippsu, person));
            model.addAttribute("ratings", registry.ratings(ippsu.getRecommendedProviders().stream().map(p -> p.getId()).toList()));
        }
        model.addAttribute("section", "ippsu");
        return "cabinet/ippsu";
    }
}
