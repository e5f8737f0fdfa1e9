package ru.zabota.catalog;

import org.springframework.web.bind.annotation.*;
import ru.zabota.common.PageOf;

import java.util.List;

/** The public catalog, no login: categories, the list with filters, one published ad. */
@RestController
@RequestMapping("/api/catalog")
public class CatalogApiController {
    public static final int PAGE_SIZE = 12;
    private final AdViews views;

    public CatalogApiController(AdViews views) {
        this.views = views;
    }

    @GetMapping("/categories")
    public List<AdViews.Category> categories() {
        return views.categories();
    }

    @GetMapping("/ads")
    public PageOf<AdViews.PublicAdView> ads(@RequestParam(required = false) String category,
                                            @RequestParam(required = false) Long municipality,
                                            @RequestParam(required = false) String q,
                                            @RequestParam(required = false) String sort,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "" + PAGE_SIZE) int size) {
        return views.search(category, municipality, q, sort, page, size);
    }

    @GetMapping("/ads/{id}")
    public AdViews.PublicAdView ad(@PathVariable Long id) {
        return views.publicAd(id);
    }
}
