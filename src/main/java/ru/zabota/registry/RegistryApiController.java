package ru.zabota.registry;

import org.springframework.data.domain.Page;
import ru.zabota.common.PageOf;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Public JSON of the registry: providers (paged search, card), municipalities, service types. */
@RestController
@RequestMapping("/api")
public class RegistryApiController {
    private final RegistryService registry;

    public RegistryApiController(RegistryService registry) {
        this.registry = registry;
    }

    public record ProviderSummary(Long id, String shortName, String fullName, String municipality, String address,
                                  String phone, Set<ServiceForm> forms, boolean catalog, ProviderRating rating) {
        static ProviderSummary of(Provider p, ProviderRating rating) {
            return new ProviderSummary(p.getId(), p.getShortName(), p.getFullName(), p.getMunicipality().getName(),
                    p.getActualAddress(), p.getPhone(), p.getForms(), p.isCatalogEnabled(), rating);
        }
    }

    public record OfferedService(Long serviceTypeId, String code, String name, ServiceKind kind, String unit, BigDecimal tariff) {
    }

    public record ProviderCard(Long id, String shortName, String fullName, String inn, String ogrn, String municipality,
                               String legalAddress, String actualAddress, String phone, String email, String head,
                               Set<ServiceForm> forms, boolean catalog, String description, List<OfferedService> services,
                               ProviderRating rating) {
    }

    @GetMapping("/providers")
    @Transactional(readOnly = true)
    public PageOf<ProviderSummary> providers(@RequestParam(required = false) String q,
                                             @RequestParam(required = false) Long municipalityId,
                                             @RequestParam(required = false) ServiceKind kind,
                                             @RequestParam(defaultValue = "false") boolean catalog,
                                             @RequestParam(defaultValue = "0") int page) {
        Page<Provider> found = registry.search(q, municipalityId, kind, catalog, page);
        var ratings = registry.ratings(found.map(Provider::getId).getContent());
        return PageOf.of(found.map(p -> ProviderSummary.of(p, ratings.getOrDefault(p.getId(), new ProviderRating(0, 0)))));
    }

    @GetMapping("/providers/{id}")
    @Transactional(readOnly = true)
    public ProviderCard provider(@PathVariable Long id) {
        Provider p = registry.card(id);
        return new ProviderCard(p.getId(), p.getShortName(), p.getFullName(), p.getInn(), p.getOgrn(),
                p.getMunicipality().getName(), p.getLegalAddress(), p.getActualAddress(), p.getPhone(), p.getEmail(),
                p.getHeadName(), p.getForms(), p.isCatalogEnabled(), p.getDescription(),
                p.getServices().stream().map(s -> new OfferedService(s.getServiceType().getId(), s.getServiceType().getCode(),
                        s.getServiceType().getName(), s.getServiceType().getKind(), s.getServiceType().getUnit(), s.getTariff())).toList(),
                registry.rating(id));
    }

    public record Named(Long id, String name) {
    }

    @GetMapping("/municipalities")
    public List<Named> municipalities() {
        return registry.municipalities().stream().map(m -> new Named(m.getId(), m.getName())).toList();
    }

    public record ServiceTypeView(Long id, String code, String name, ServiceKind kind, String unit) {
    }

    @GetMapping("/service-types")
    public List<ServiceTypeView> serviceTypes() {
        return registry.serviceTypes().stream()
                .map(t -> new ServiceTypeView(t.getId(), t.getCode(), t.getName(), t.getKind(), t.getUnit())).toList();
    }
}
