package ru.zabota.needs;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The programme as the cabinet page and GET /api/ippsu show it: services with planned and delivered counts. */
@Component
public class IppsuViews {
    private final DeliveredVolumes deliveries;
    private final MessageSource messages;

    public IppsuViews(DeliveredVolumes deliveries, MessageSource messages) {
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

    IppsuView view(Ippsu p, Long personId) {
        return new IppsuView(p.getId(), p.getNumber(), p.getIssuedOn(), p.getValidFrom(), p.getValidTo(),
                label("ServiceForm." + p.getServiceForm()), lines(p, personId),
                p.getRecommendedProviders().stream().map(r -> new ProviderRef(r.getId(), r.getShortName(), r.getActualAddress())).toList());
    }

    List<ServiceLine> lines(Ippsu p, Long personId) {
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
