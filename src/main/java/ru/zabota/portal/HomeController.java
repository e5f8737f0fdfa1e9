package ru.zabota.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.zabota.catalog.AdViews;
import ru.zabota.registry.RegistryService;

/** The public home page (the catalog has its own pages in the catalog feature). */
@Controller
public class HomeController {
    private final RegistryService registry;
    private final AdViews catalog;

    public HomeController(RegistryService registry, AdViews catalog) {
        this.registry = registry;
        this.catalog = catalog;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("providerCount", registry.providerCount());
        model.addAttribute("municipalityCount", registry.municipalities().size());
        model.addAttribute("serviceCount", registry.serviceTypes().size());
        model.addAttribute("catalogCategories", catalog.categories());
        return "home";
    }
}
