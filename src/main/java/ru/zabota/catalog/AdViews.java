package ru.zabota.catalog;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.common.NotFoundException;
import ru.zabota.common.PageOf;
import ru.zabota.registry.Municipality;
import ru.zabota.registry.ProviderRating;
import ru.zabota.registry.RegistryService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.*;

/** What the API and the pages show of ads: built inside a transaction, with Russian labels. */
@Component
public class AdViews {
    private final AdService ads;
    private final CatalogAdRepository repository;
    private final CatalogQuery query;
    private final RegistryService registry;
    private final MessageSource messages;

    public AdViews(AdService ads, CatalogAdRepository repository, CatalogQuery query, RegistryService registry, MessageSource messages) {
        this.ads = ads;
        this.repository = repository;
        this.query = query;
        this.registry = registry;
        this.messages = messages;
    }

    public record Option(String value, String label) {
    }

    public record Town(Long id, String name) {
    }

    public record Category(Long id, String code, String name, String description, long count) {
    }

    /** The provider's view of its ad: the working version, the status, the last moderator's remarks. */
    public record ProviderAdView(Long id, String number, String status, String statusLabel, boolean passedModeration,
                                 boolean pendingEdit, boolean active, boolean visibleInCatalog, String category,
                                 String categoryName, String shortName, String description, LocalDate startDate,
                                 BigDecimal price, String unit, String unitLabel, List<String> paymentTypes,
                                 List<String> paymentLabels, List<Town> municipalities, String remarks,
                                 Long duplicateOf, String duplicateOfNumber, List<String> missing, long version) {
    }

    /** An ad as the public catalog shows it: the published version only. */
    public record PublicAdView(Long id, String number, String category, String categoryName, String shortName,
                               String description, LocalDate startDate, BigDecimal price, String unit, String unitLabel,
                               List<String> paymentLabels, List<Town> municipalities, Long providerId, String providerName,
                               Double providerRating, long providerRatingCount) {
    }

    public record ModerationEntry(String decision, String decisionLabel, String remarks, Long duplicateOf,
                                  String moderatorName, OffsetDateTime decidedAt) {
    }

    /** The staff page: the ad, its provider, the candidates and the history. */
    public record StaffAdView(ProviderAdView ad, PublicAdView published, String providerFullName, String providerInn,
                              Long providerId, boolean providerInCatalog, List<ProviderAdView> duplicates,
                              List<ModerationEntry> history) {
    }

    String label(String key) {
        return messages.getMessage(key, null, key, Locale.forLanguageTag("ru"));
    }

    private Map<Long, String> townNames() {
        Map<Long, String> out = new HashMap<>();
        for (Municipality m : registry.municipalities()) out.put(m.getId(), m.getName());
        return out;
    }

    private List<Town> towns(AdVersion v, Map<Long, String> names) {
        return v.getMunicipalityIds().stream().map(id -> new Town(id, names.getOrDefault(id, "—")))
                .sorted(Comparator.comparing(Town::name)).toList();
    }

    @Transactional(readOnly = true)
    public List<Option> units() {
        return Arrays.stream(AdUnit.values()).map(u -> new Option(u.name(), label("AdUnit." + u.name()))).toList();
    }

    @Transactional(readOnly = true)
    public List<Option> paymentTypes() {
        return Arrays.stream(PaymentType.values()).map(u -> new Option(u.name(), label("PaymentType." + u.name()))).toList();
    }

    @Transactional(readOnly = true)
    public List<Town> municipalities() {
        return registry.municipalities().stream().map(m -> new Town(m.getId(), m.getName())).toList();
    }

    @Transactional(readOnly = true)
    public List<Category> categories() {
        Map<Long, Long> counts = query.countsByCategory();
        return ads.categories().stream().map(c -> new Category(c.getId(), c.getCode(), c.getName(), c.getDescription(),
                counts.getOrDefault(c.getId(), 0L))).toList();
    }

    @Transactional(readOnly = true)
    public Category category(String code) {
        CatalogCategory c = ads.category(code);
        return new Category(c.getId(), c.getCode(), c.getName(), c.getDescription(), -1);
    }

    @Transactional(readOnly = true)
    public List<ProviderAdView> ofProvider(Long providerId) {
        Map<Long, String> names = townNames();
        return ads.ofProvider(providerId).stream().map(a -> providerView(a, names)).toList();
    }

    @Transactional(readOnly = true)
    public ProviderAdView own(Long providerId, Long adId) {
        return providerView(ads.own(providerId, adId), townNames());
    }

    ProviderAdView providerView(CatalogAd a, Map<Long, String> names) {
        AdVersion v = a.getDraft();
        Optional<AdModeration> last = ads.lastDecision(a.getId())
                .filter(m -> a.getStatus() == AdStatus.RETURNED || a.getStatus() == AdStatus.DUPLICATE);
        Long dupOf = last.map(AdModeration::getDuplicateOf).orElse(null);
        String dupNumber = dupOf == null ? null : repository.findById(dupOf).map(CatalogAd::getNumber).orElse(null);
        List<String> payments = v == null ? List.of() : v.getPayments().stream().map(Enum::name).toList();
        return new ProviderAdView(a.getId(), a.getNumber(), a.getStatus().name(), label("AdStatus." + a.getStatus().name()),
                a.getPublished() != null, a.hasPendingEdit(), a.isActive(), a.isPublic(),
                v == null || v.getCategory() == null ? null : v.getCategory().getCode(),
                v == null || v.getCategory() == null ? null : v.getCategory().getName(),
                v == null ? null : v.getShortName(), v == null ? null : v.getDescription(), v == null ? null : v.getStartDate(),
                v == null ? null : v.getPrice(), v == null || v.getUnit() == null ? null : v.getUnit().name(),
                v == null || v.getUnit() == null ? null : label("AdUnit." + v.getUnit().name()),
                payments, payments.stream().map(p -> label("PaymentType." + p)).toList(),
                v == null ? List.of() : towns(v, names), last.map(AdModeration::getRemarks).orElse(null), dupOf, dupNumber,
                a.getStatus() == AdStatus.ON_MODERATION ? List.of() : ads.missing(a), a.getVersion());
    }

    PublicAdView publicView(CatalogAd a, Map<Long, String> names, Map<Long, ProviderRating> ratings) {
        AdVersion v = a.getPublished();
        ProviderRating r = ratings.get(a.getProvider().getId());
        return new PublicAdView(a.getId(), a.getNumber(), v.getCategory().getCode(), v.getCategory().getName(), v.getShortName(),
                v.getDescription(), v.getStartDate(), v.getPrice(), v.getUnit().name(), label("AdUnit." + v.getUnit().name()),
                v.getPayments().stream().map(p -> label("PaymentType." + p.name())).toList(), towns(v, names),
                a.getProvider().getId(), a.getProvider().getShortName(), r == null ? null : r.average(), r == null ? 0 : r.count());
    }

    @Transactional(readOnly = true)
    public PageOf<PublicAdView> search(String category, Long municipality, String q, String sort, int page, int size) {
        Long categoryId = category == null || category.isBlank() ? null : category(category).id();
        var p = ru.zabota.common.PageOf.request(page, size); // bounded: 400 beyond page 100 000 or size 100
        if (p.getPageSize() > 50) p = org.springframework.data.domain.PageRequest.of(p.getPageNumber(), 50);
        CatalogQuery.Ids found = query.find(new CatalogQuery.Filter(categoryId, municipality, q, CatalogQuery.sort(sort)),
                p.getPageNumber(), p.getPageSize());
        Map<Long, CatalogAd> byId = new HashMap<>();
        if (!found.ids().isEmpty()) repository.findByIdIn(found.ids()).forEach(a -> byId.put(a.getId(), a));
        Map<Long, ProviderRating> ratings = registry.ratings(byId.values().stream().map(a -> a.getProvider().getId()).distinct().toList());
        Map<Long, String> names = townNames();
        List<PublicAdView> items = found.ids().stream().map(byId::get).filter(Objects::nonNull)
                .map(a -> publicView(a, names, ratings)).toList();
        int pages = (int) ((found.total() + p.getPageSize() - 1) / p.getPageSize());
        return new PageOf<>(items, p.getPageNumber(), p.getPageSize(), found.total(), pages);
    }

    /** A public ad: 404 unless published, active and its provider in the catalog registry. */
    @Transactional(readOnly = true)
    public PublicAdView publicAd(Long id) {
        CatalogAd a = repository.findById(id).filter(CatalogAd::isPublic)
                .orElseThrow(() -> new NotFoundException("Нет такого объявления"));
        return publicView(a, townNames(), registry.ratings(List.of(a.getProvider().getId())));
    }

    @Transactional(readOnly = true)
    public StaffAdView staff(Long id) {
        CatalogAd a = repository.findById(id).orElseThrow(() -> new NotFoundException("Нет такого объявления"));
        Map<Long, String> names = townNames();
        List<ProviderAdView> dups = ads.duplicateCandidates(id).stream().map(d -> providerView(d, names)).toList();
        List<ModerationEntry> history = ads.history(id).stream().map(m -> new ModerationEntry(m.getDecision(),
                label("AdDecision." + m.getDecision()), m.getRemarks(), m.getDuplicateOf(), m.getModeratorName(), m.getDecidedAt())).toList();
        PublicAdView pub = a.getPublished() == null ? null
                : publicView(a, names, registry.ratings(List.of(a.getProvider().getId())));
        return new StaffAdView(providerView(a, names), pub, a.getProvider().getFullName(), a.getProvider().getInn(),
                a.getProvider().getId(), a.getProvider().isCatalogEnabled(), dups, history);
    }
}
