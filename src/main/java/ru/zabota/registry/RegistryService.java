package ru.zabota.registry;

import ru.zabota.common.PageOf;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.common.NotFoundException;

import java.util.List;
import java.util.Locale;

/** The public registry of providers: search with filters, the provider card. */
@Service
@Transactional(readOnly = true)
public class RegistryService {
    public static final int PAGE_SIZE = 10;

    private final ProviderRepository providers;
    private final MunicipalityRepository municipalities;
    private final ServiceTypeRepository serviceTypes;

    private final ProviderReviewRepository reviews;

    public RegistryService(ProviderRepository providers, MunicipalityRepository municipalities, ServiceTypeRepository serviceTypes,
                           ProviderReviewRepository reviews) {
        this.reviews = reviews;
        this.providers = providers;
        this.municipalities = municipalities;
        this.serviceTypes = serviceTypes;
    }

    public Page<Provider> search(String name, Long municipalityId, ServiceKind kind, int page) {
        return search(name, municipalityId, kind, false, page);
    }

    /** With {@code catalogOnly}: «Поставщики по каталогу», the organisations marked «По каталогу на портале». */
    public Page<Provider> search(String name, Long municipalityId, ServiceKind kind, boolean catalogOnly, int page) {
        String pattern = name == null || name.isBlank() ? null : "%" + name.trim().toLowerCase(Locale.ROOT) + "%";
        return providers.search(pattern, municipalityId, kind, catalogOnly, PageOf.request(page, PAGE_SIZE));
    }

    public Provider card(Long id) {
        return providers.findWithServicesById(id).filter(Provider::isInRegistry)
                .orElseThrow(() -> new NotFoundException("Нет такого поставщика"));
    }

    /** The public rating shown on the provider's card. */
    public ProviderRating rating(Long providerId) {
        return reviews.ratingOf(providerId);
    }

    /** Ratings of several providers at once (a page of the registry); providers without ratings are absent. */
    public Map<Long, ProviderRating> ratings(Collection<Long> providerIds) {
        Map<Long, ProviderRating> result = new HashMap<>();
        if (providerIds.isEmpty()) return result;
        for (Object[] row : reviews.ratingsOf(providerIds)) {
            result.put((Long) row[0], new ProviderRating(((Number) row[1]).doubleValue(), (Long) row[2]));
        }
        return result;
    }

    public List<Municipality> municipalities() {
        return municipalities.findAllByOrderByNameAsc();
    }

    public List<ServiceType> serviceTypes() {
        return serviceTypes.findAllByOrderByKindAscNameAsc();
    }

    /**
     * The provider's bank details as its head enters them in the cabinet: all checked (БИК, control keys of both
     * accounts) before anything is saved; invalid input is 422 with every problem in Russian.
     */
    @org.springframework.transaction.annotation.Transactional
    public BankDetails updateBankDetails(Long providerId, String recipient, String bankName, String bik, String account,
                                         String correspondentAccount) {
        BankDetails details = BankDetails.of(recipient, bankName, bik, account, correspondentAccount);
        Provider p = providers.findById(providerId).orElseThrow(() -> new NotFoundException("Нет такого поставщика"));
        p.setBankDetails(details);
        return details;
    }

    public long providerCount() {
        return providers.count();
    }
}
