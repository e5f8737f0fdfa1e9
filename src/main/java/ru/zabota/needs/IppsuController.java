package ru.zabota.needs;

import ru.zabota.registry.RegistryService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import ru.zabota.security.ActingContext;
import ru.zabota.common.NotFoundException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Cabinet «ИППСУ» and GET /api/ippsu: the programme in force, its services with the planned and delivered
 * counts from the contracts' delivery calendars, the recommended providers, and the [601] decision.
 */
@Controller
public class IppsuController {
    private final ActingContext acting;
    private final NeedsService needs;
    private final DeliveredVolumes deliveries;
    private final MessageSource messages;
    private final RegistryService registry;

    public IppsuController(ActingContext acting, NeedsService needs, DeliveredVolumes deliveries, MessageSource messages,
                           RegistryService registry) {
        this.registry = registry;
        this.acting = acting;
        this.needs = needs;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    public record ServiceLine(Long id, Long serviceTypeId, String service, String kind, String unit, int volume,
                              String frequency, long planned, long delivered) {
    }

    public record ProviderRef(Long id, String shortName, String address) {
    }

    public record IppsuView(Long id, String number, LocalDate issuedOn, LocalDate validFrom, LocalDate validTo,
                            String serviceForm, List<ServiceLine> services, List<ProviderRef> recommendedProviders) {
    }

    @GetMapping("/cabinet/ippsu")
    @Transactional(readOnly = true)
    public String ippsu(Model model) {
        Long person = acting.citizenPersonId();
        model.addAttribute("recognition", needs.activeRecognition(person).orElse(null));
        Ippsu ippsu = needs.ippsuInForce(person).orElse(null);
        model.addAttribute("ippsu", ippsu);
        if (ippsu != null) {
            model.addAttribute("lines", lines(ippsu, person));
            model.addAttribute("ratings", registry.ratings(ippsu.getRecommendedProviders().stream().map(p -> p.getId()).toList()));
        }
        model.addAttribute("section", "ippsu");
        return "cabinet/ippsu";
    }

    @GetMapping("/api/ippsu")
    @ResponseBody
    @Transactional(readOnly = true)
    public IppsuView api() {
        Long person = acting.citizenPersonId();
        Ippsu p = needs.ippsuInForce(person).orElseThrow(() -> new NotFoundException("Действующей ИППСУ нет"));
        return new IppsuView(p.getId(), p.getNumber(), p.getIssuedOn(), p.getValidFrom(), p.getValidTo(),
                label("ServiceForm." + p.getServiceForm()), lines(p, person),
                p.getRecommendedProviders().stream().map(r -> new ProviderRef(r.getId(), r.getShortName(), r.getActualAddress())).toList());
    }

    private List<ServiceLine> lines(Ippsu p, Long personId) {
        Map<Long, long[]> counts = deliveries.countsByServiceType(personId);
        return p.getServices().stream().map(l -> {
            long[] n = counts.getOrDefault(l.getServiceType().getId(), new long[2]);
            return new ServiceLine(l.getId(), l.getServiceType().getId(), l.getServiceType().getName(),
                    label("ServiceKind." + l.getServiceType().getKind()), l.getServiceType().getUnit(), l.getVolume(),
                    l.getFrequency(), n[0], n[1]);
        }).toList();
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
