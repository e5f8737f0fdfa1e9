package ru.zabota.registry;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Public pages: the provider registry with search and filters, and the provider card. */
@Controller
public class RegistryController {
    private final RegistryService registry;

    public RegistryController(RegistryService registry) {
        this.registry = registry;
    }

    @GetMapping("/registry")
    @Transactional(readOnly = true)
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long municipality,
                       @RequestParam(required = false) ServiceKind kind, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "false") boolean catalog,
                       Model model) {
        var result = registry.search(q, municipality, kind, catalog, page);
        model.addAttribute("catalog", catalog);
        model.addAttribute("result", result);
        model.addAttribute("ratings", registry.ratings(result.map(Provider::getId).getContent()));
        model.addAttribute("q", q);
        model.addAttribute("municipality", municipality);
        model.addAttribute("kind", kind);
        model.addAttribute("municipalities", registry.municipalities());
        model.addAttribute("kinds", ServiceKind.values());
        return "registry/list";
    }

    @GetMapping("/registry/{id}")
    @Transactional(readOnly = true)
    public String card(@PathVariable Long id, Model model) {
        Provider p = registry.card(id);
        Map<ServiceKind, List<ProviderService>> byKind = p.getServices().stream()
                .sorted(Comparator.comparing((ProviderService s) -> s.getServiceType().getKind()).thenComparing(s -> s.getServiceType().getName()))
                .collect(Collectors.groupingBy(s -> s.getServiceType().getKind(), LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("provider", p);
        model.addAttribute("servicesByKind", byKind);
        model.addAttribute("rating", registry.rating(id));
        return "registry/card";
    }
}
