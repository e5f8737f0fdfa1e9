package ru.zabota.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.zabota.security.ActingContext;

/** The public catalog pages, no login: categories, a category's list with filters, an ad's card. */
@Controller
public class CatalogPagesController {
    private final AdViews views;
    private final ActingContext acting;

    public CatalogPagesController(AdViews views, ActingContext acting) {
        this.views = views;
        this.acting = acting;
    }

    @GetMapping("/catalog")
    public String index(Model model) {
        model.addAttribute("categories", views.categories());
        return "catalog/index";
    }

    @GetMapping("/catalog/{category}")
    public String list(@PathVariable String category, @RequestParam(required = false) Long municipality,
                       @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("category", views.category(category));
        model.addAttribute("municipalities", views.municipalities());
        model.addAttribute("municipality", municipality);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("result", views.search(category, municipality, q, sort, page, CatalogApiController.PAGE_SIZE));
        return "catalog/list";
    }

    @GetMapping("/catalog/ads/{id}")
    public String ad(@PathVariable Long id, Model model) {
        model.addAttribute("ad", views.publicAd(id));
        model.addAttribute("loggedIn", acting.user().isPresent());
        // «Заключить контракт» is the citizen's (a representative orders for the person they act for)
        model.addAttribute("asCitizen", acting.user().isPresent() && acting.current().role() == ru.zabota.security.PortalRole.CITIZEN);
        return "catalog/ad";
    }
}
