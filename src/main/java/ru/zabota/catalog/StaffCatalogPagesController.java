package ru.zabota.catalog;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.zabota.common.NotFoundException;
import ru.zabota.registry.ProviderRepository;
import ru.zabota.security.StaffUser;
import ru.zabota.workflow.StaffDirectory;
import ru.zabota.workflow.StaffGroups;

/**
 * Staff pages of the catalog: the ad the moderation form links to (the ad, its provider, possible duplicates with
 * links, the remarks history) and the provider's «По каталогу на портале» mark, which heads set or clear (audited).
 */
@Controller
@RequestMapping("/staff")
public class StaffCatalogPagesController {
    private final AdViews views;
    private final AdService ads;
    private final ProviderRepository providers;
    private final StaffDirectory directory;

    public StaffCatalogPagesController(AdViews views, AdService ads, ProviderRepository providers, StaffDirectory directory) {
        this.views = views;
        this.ads = ads;
        this.providers = providers;
        this.directory = directory;
    }

    @GetMapping("/ads/{id}")
    public String ad(@PathVariable Long id, Model model) {
        model.addAttribute("view", views.staff(id));
        return "catalog/staff-ad";
    }

    @GetMapping("/providers/{id}/catalog")
    public String provider(@PathVariable Long id, @AuthenticationPrincipal StaffUser staff, Model model) {
        var p = providers.findById(id).orElseThrow(() -> new NotFoundException("Нет такого поставщика"));
        model.addAttribute("provider", p);
        model.addAttribute("audit", ads.catalogAudit(id));
        model.addAttribute("mayChange", staff != null && staff.groups().contains(StaffGroups.HEADS));
        return "catalog/staff-provider";
    }

    @PostMapping("/providers/{id}/catalog")
    public String setCatalog(@PathVariable Long id, @RequestParam boolean enabled, @AuthenticationPrincipal StaffUser staff,
                             RedirectAttributes flash) {
        if (staff == null || !staff.groups().contains(StaffGroups.HEADS)) {
            throw new ru.zabota.common.DomainProblem(org.springframework.http.HttpStatus.FORBIDDEN, "heads-only",
                    "Отметку «По каталогу на портале» ставит и снимает руководитель УСЗН");
        }
        ads.setCatalogEnabled(id, enabled, staff.userId(), directory.displayName(staff.userId()));
        flash.addFlashAttribute("message", enabled ? "Поставщик включён в реестр по каталогу" : "Поставщик исключён из реестра по каталогу");
        return "redirect:/staff/providers/" + id + "/catalog";
    }
}
