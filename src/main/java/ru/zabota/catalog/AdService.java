package ru.zabota.catalog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;
import ru.zabota.registry.MunicipalityRepository;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ProviderRepository;
import ru.zabota.workflow.Actor;
import ru.zabota.workflow.Workflow;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.*;

import static ru.zabota.catalog.AdModerationProcess.Vars.*;
import static ru.zabota.workflow.ProcessVariable.values;

/**
 * The provider's ads and their moderation: the provider writes and sends, the pre-checks name every missing item,
 * the moderation process decides, and its delegates record the decision here with the moderator's name. The process
 * is started and advanced only through {@link Workflow}.
 */
@Service
public class AdService {
    private final CatalogAdRepository ads;
    private final AdVersionRepository versions;
    private final AdModerationRepository moderations;
    private final CatalogCategoryRepository categories;
    private final ProviderCatalogAuditRepository audit;
    private final ProviderRepository providers;
    private final MunicipalityRepository municipalities;
    private final Workflow workflow;
    private final Clock clock;
    private final int duplicateLimit;

    private final org.springframework.context.ApplicationEventPublisher events;
    /** What the public catalog shows changes: its category counts are counted again after the commit. */
    private final CatalogQuery catalog;

    public AdService(CatalogAdRepository ads, AdVersionRepository versions, AdModerationRepository moderations,
                     CatalogCategoryRepository categories, ProviderCatalogAuditRepository audit, ProviderRepository providers,
                     MunicipalityRepository municipalities, Workflow workflow, Clock clock,
                     @Value("${zabota.catalog.duplicate-candidates:10}") int duplicateLimit,
                     org.springframework.context.ApplicationEventPublisher events, CatalogQuery catalog) {
        this.ads = ads;
        this.versions = versions;
        this.moderations = moderations;
        this.categories = categories;
        this.audit = audit;
        this.providers = providers;
        this.municipalities = municipalities;
        this.workflow = workflow;
        this.clock = clock;
        this.duplicateLimit = duplicateLimit;
        this.events = events;
        this.catalog = catalog;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    // ---- the provider ------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<CatalogAd> ofProvider(Long providerId) {
        return ads.findByProviderIdOrderByIdDesc(providerId);
    }

    /** The provider's own ad; another organisation's ad does not exist for it. */
    @Transactional(readOnly = true)
    public CatalogAd own(Long providerId, Long adId) {
        CatalogAd ad = ads.findById(adId).orElseThrow(() -> new NotFoundException("Нет такого объявления"));
        if (!ad.getProvider().getId().equals(providerId)) throw new NotFoundException("Нет такого объявления");
        return ad;
    }

    @Transactional
    public CatalogAd create(Long providerId, AdForm form) {
        Provider provider = providers.findById(providerId).orElseThrow(() -> new NotFoundException("Нет такого поставщика"));
        requireCatalog(provider);
        // a draft is saved once it has a name to find it by; everything else may come later (checked on submission)
        if (form == null || form.shortName() == null || form.shortName().isBlank()) {
            throw DomainProblem.unprocessable("short-name-required",
                    "Укажите сокращённое наименование услуги, чтобы сохранить черновик объявления");
        }
        CatalogAd ad = ads.saveAndFlush(new CatalogAd(provider, now()));
        ad.numbered(now().getYear());
        write(ad, form);
        return ads.saveAndFlush(ad);
    }

    @Transactional
    public CatalogAd update(Long providerId, Long adId, AdForm form) {
        CatalogAd ad = locked(providerId, adId);
        requireCatalog(ad.getProvider());
        if (ad.getStatus() == AdStatus.ON_MODERATION) {
            throw DomainProblem.conflict("ad-on-moderation", "Объявление на модерации: изменить его можно после решения модератора");
        }
        write(ad, form);
        if (ad.getStatus() == AdStatus.PUBLISHED || ad.getStatus() == AdStatus.DUPLICATE) ad.status(AdStatus.DRAFT, now());
        return ads.saveAndFlush(ad);
    }

    /** «Активен» off hides the ad at once; on again it shows the published version (moderation is not repeated). */
    @Transactional
    public CatalogAd deactivate(Long providerId, Long adId) {
        CatalogAd ad = locked(providerId, adId);
        ad.setActive(false, now());
        catalog.forgetCounts();
        return ads.saveAndFlush(ad);
    }

    /**
     * «Отправить на модерацию»: the pre-checks name every missing item (422, nothing started); an ad already on
     * moderation answers 409; a returned ad goes back to the same moderation case.
     */
    @Transactional
    public CatalogAd submit(Long providerId, Long adId) {
        CatalogAd ad = locked(providerId, adId);
        if (ad.getStatus() == AdStatus.ON_MODERATION) {
            throw DomainProblem.conflict("ad-on-moderation", "Объявление уже на модерации");
        }
        List<String> missing = missing(ad);
        if (!missing.isEmpty()) throw new AdNotModeratable(missing);
        if (ad.getStatus() == AdStatus.PUBLISHED && !ad.hasPendingEdit()) {
            throw DomainProblem.conflict("ad-published", "Объявление уже прошло модерацию: изменений для проверки нет");
        }
        ad.status(AdStatus.ON_MODERATION, now());
        ads.saveAndFlush(ad);
        Actor provider = Actor.providerOrganisation(providerId);
        if (workflow.isOpen(AdModerationProcess.Steps.PROVIDER_FIX, ad.getNumber())) {
            workflow.complete(AdModerationProcess.Steps.PROVIDER_FIX, ad.getNumber(), provider, Map.of());
        } else {
            workflow.start(AdModerationProcess.KEY, ad.getNumber(), values(AD_ID.is(ad.getId()), PROVIDER_ACTOR.is(provider.id())));
        }
        return ad;
    }

    /** The seed's «Не подлежат модерации» list, item by item. */
    public List<String> missing(CatalogAd ad) {
        List<String> out = new ArrayList<>();
        AdVersion v = ad.getDraft();
        if (!ad.getProvider().isCatalogEnabled()) out.add("организация не включена в реестр поставщиков по каталогу");
        if (v == null || v.getCategory() == null) out.add("не выбран вид услуги");
        if (v == null || v.getShortName() == null) out.add("нет сокращённого наименования");
        if (v == null || v.getDescription() == null) out.add("нет описания");
        if (!ad.isActive()) out.add("объявление не активно");
        if (v == null || v.getPrice() == null) out.add("не указана стоимость");
        if (v == null || v.getUnit() == null) out.add("не указана единица объёма");
        if (v == null || v.getMunicipalityIds().isEmpty()) out.add("не указана территория (муниципальные образования)");
        if (v == null || v.getPayments().isEmpty()) out.add("не указан вид оплаты");
        return out;
    }

    private CatalogAd locked(Long providerId, Long adId) {
        CatalogAd ad = ads.lockById(adId).orElseThrow(() -> new NotFoundException("Нет такого объявления"));
        if (!ad.getProvider().getId().equals(providerId)) throw new NotFoundException("Нет такого объявления");
        return ad;
    }

    private static void requireCatalog(Provider provider) {
        if (!provider.isCatalogEnabled()) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "not-in-catalog-registry",
                    "Организация не включена в реестр поставщиков по каталогу: размещать объявления в каталоге нельзя. "
                            + "Обратитесь в УСЗН.");
        }
    }

    private void write(CatalogAd ad, AdForm f) {
        CatalogCategory category = f.category() == null || f.category().isBlank() ? null
                : categories.findByCode(f.category()).orElseThrow(() -> DomainProblem.unprocessable("unknown-category", "Нет такого вида услуги"));
        Set<Long> towns = f.municipalities() == null ? Set.of() : f.municipalities();
        if (!towns.isEmpty() && municipalities.findAllById(towns).size() != towns.size()) {
            throw DomainProblem.unprocessable("unknown-municipality", "Нет такого муниципального образования");
        }
        AdVersion v = ad.editable();
        v.fill(category, f.shortName(), f.description(), f.startDate(), f.price(), f.unit(), f.paymentTypes(), towns);
        if (v.getId() == null) versions.save(v);
        ad.setActive(Boolean.TRUE.equals(f.active()), now());
        catalog.forgetCounts();
    }

    /**
     * Demo region: an ad moderated before the catalog went live (published, or returned with remarks) without a
     * process; a returned one starts a fresh moderation case when the provider sends it again.
     */
    @Transactional
    public CatalogAd seedModerated(Long providerId, AdForm form, AdModerationProcess.Decision decision, String remarks,
                                   String moderator, String moderatorName) {
        CatalogAd ad = create(providerId, form);
        ad.status(AdStatus.ON_MODERATION, now());
        ads.saveAndFlush(ad);
        if (decision == AdModerationProcess.Decision.PUBLISH) markPublished(ad.getId(), moderator, moderatorName);
        else markReturned(ad.getId(), remarks, moderator, moderatorName);
        return ad;
    }

    @Transactional(readOnly = true)
    public long count() {
        return ads.count();
    }

    // ---- the moderation process's delegates ----------------------------------------------------------------------

    /** Ads that may duplicate this one: same provider and category with overlapping territories, or a near-identical name. */
    @Transactional(readOnly = true)
    public List<CatalogAd> duplicateCandidates(Long adId) {
        CatalogAd ad = ads.findById(adId).orElseThrow(() -> new NotFoundException("Нет такого объявления"));
        AdVersion v = ad.getDraft();
        if (v == null) return List.of();
        String name = normal(v.getShortName());
        List<CatalogAd> out = new ArrayList<>();
        for (CatalogAd other : ads.possibleDuplicates(adId, ad.getProvider().getId(), v.getShortName() == null ? "" : v.getShortName().toLowerCase(Locale.ROOT))) {
            if (other.getId().equals(adId) || out.size() >= duplicateLimit) continue;
            AdVersion o = other.getPublished() != null ? other.getPublished() : other.getDraft();
            if (o == null) continue;
            boolean sameProviderAndService = other.getProvider().getId().equals(ad.getProvider().getId())
                    && o.getCategory() != null && v.getCategory() != null && o.getCategory().getId().equals(v.getCategory().getId())
                    && !Collections.disjoint(o.getMunicipalityIds(), v.getMunicipalityIds());
            boolean sameName = !name.isEmpty() && name.equals(normal(o.getShortName()));
            if (sameProviderAndService || sameName) out.add(other);
        }
        return out;
    }

    private static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    @Transactional
    public void markPublished(Long adId, String moderator, String moderatorName) {
        CatalogAd ad = moderated(adId);
        moderations.save(new AdModeration(adId, AdModerationProcess.Decision.PUBLISH, null, null, moderator, moderatorName, now()));
        String name = moderatedName(ad);
        ad.publish(now());
        ads.saveAndFlush(ad);
        catalog.forgetCounts();
        tellProvider(ad, "Объявление опубликовано: «" + name + "» (" + ad.getNumber() + ")");
    }

    @Transactional
    public void markReturned(Long adId, String remarks, String moderator, String moderatorName) {
        CatalogAd ad = moderated(adId);
        moderations.save(new AdModeration(adId, AdModerationProcess.Decision.RETURN, remarks, null, moderator, moderatorName, now()));
        ad.status(AdStatus.RETURNED, now());
        ads.saveAndFlush(ad);
        tellProvider(ad, "Объявление возвращено на доработку: «" + moderatedName(ad) + "» (" + ad.getNumber() + "). Замечания: " + remarks);
    }

    @Transactional
    public void markDuplicate(Long adId, Long duplicateOf, String remarks, String moderator, String moderatorName) {
        CatalogAd ad = moderated(adId);
        if (duplicateOf == null || duplicateOf.equals(adId) || !ads.existsById(duplicateOf)) {
            throw new IllegalStateException("Дубликат должен ссылаться на другое существующее объявление");
        }
        moderations.save(new AdModeration(adId, AdModerationProcess.Decision.DUPLICATE, remarks, duplicateOf, moderator, moderatorName, now()));
        ad.status(AdStatus.DUPLICATE, now());
        ads.saveAndFlush(ad);
        tellProvider(ad, "Объявление отклонено: «" + moderatedName(ad) + "» (" + ad.getNumber() + ") повторяет другое объявление"
                + (remarks == null || remarks.isBlank() ? "" : ". " + remarks));
    }

    /** The provider is told the moderation's outcome (issue 12), in the moderator's transaction. */
    private void tellProvider(CatalogAd ad, String text) {
        events.publishEvent(ru.zabota.notification.Notice.toProvider(ad.getProvider().getId(), text, "/cabinet/ads/" + ad.getId() + "/edit"));
    }

    private static String moderatedName(CatalogAd ad) {
        AdVersion v = ad.getDraft() != null ? ad.getDraft() : ad.getPublished();
        return v == null || v.getShortName() == null ? ad.getNumber() : v.getShortName();
    }

    private CatalogAd moderated(Long adId) {
        CatalogAd ad = ads.lockById(adId).orElseThrow(() -> new IllegalStateException("Нет объявления " + adId));
        if (ad.getStatus() != AdStatus.ON_MODERATION) {
            throw new IllegalStateException("Объявление " + ad.getNumber() + " не на модерации: " + ad.getStatus());
        }
        return ad;
    }

    @Transactional(readOnly = true)
    public List<AdModeration> history(Long adId) {
        return moderations.findByAdIdOrderByDecidedAtDescIdDesc(adId);
    }

    /** The latest remarks for the provider's table, when the ad was returned or marked a duplicate. */
    @Transactional(readOnly = true)
    public Optional<AdModeration> lastDecision(Long adId) {
        return history(adId).stream().findFirst();
    }

    // ---- staff: the catalog registry mark -------------------------------------------------------------------------

    @Transactional
    public Provider setCatalogEnabled(Long providerId, boolean enabled, String staffUser, String staffName) {
        Provider p = providers.findById(providerId).orElseThrow(() -> new NotFoundException("Нет такого поставщика"));
        if (p.isCatalogEnabled() != enabled) {
            p.setCatalogEnabled(enabled);
            providers.save(p);
            catalog.forgetCounts();
            audit.save(new ProviderCatalogAudit(providerId, enabled, staffUser, staffName, now()));
        }
        return p;
    }

    @Transactional(readOnly = true)
    public List<ProviderCatalogAudit> catalogAudit(Long providerId) {
        return audit.findByProviderIdOrderByChangedAtDesc(providerId);
    }

    @Transactional(readOnly = true)
    public CatalogCategory category(String code) {
        return categories.findByCode(code).orElseThrow(() -> new NotFoundException("Нет такой категории"));
    }

    @Transactional(readOnly = true)
    public List<CatalogCategory> categories() {
        return categories.findAllByOrderBySortOrder();
    }
}
