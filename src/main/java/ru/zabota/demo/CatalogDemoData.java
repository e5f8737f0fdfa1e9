package ru.zabota.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.catalog.AdForm;
import ru.zabota.catalog.AdModerationProcess.Decision;
import ru.zabota.catalog.AdService;
import ru.zabota.catalog.AdUnit;
import ru.zabota.catalog.PaymentType;
import ru.zabota.registry.Municipality;
import ru.zabota.registry.MunicipalityRepository;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ProviderRepository;
import ru.zabota.workflow.StaffDirectory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;

/**
 * A living catalog for the demo region: organisation 1 and the other providers marked «По каталогу на портале» have
 * published ads over five categories and three towns; one ad waits for moderation (its case is in Tasklist) and
 * one was returned with remarks. Loaded once, when the catalog is empty.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "zabota.demo-data", havingValue = "true")
public class CatalogDemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);
    private final AdService ads;
    private final ProviderRepository providers;
    private final MunicipalityRepository municipalities;
    private final StaffDirectory staff;
    private final Clock clock;

    public CatalogDemoData(AdService ads, ProviderRepository providers, MunicipalityRepository municipalities,
                           StaffDirectory staff, Clock clock) {
        this.ads = ads;
        this.providers = providers;
        this.municipalities = municipalities;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (ads.count() > 0) return;
        List<Provider> inCatalog = providers.findAll().stream().filter(Provider::isCatalogEnabled)
                .sorted(Comparator.comparing(Provider::getId)).toList();
        Map<String, Long> towns = municipalities.findAll().stream().collect(Collectors.toMap(Municipality::getName, Municipality::getId, (a, b) -> a));
        if (inCatalog.isEmpty() || !towns.containsKey("Сургут")) return;
        log.info("Loading the demo catalog: published ads, one on moderation, one returned");
        Long first = inCatalog.get(0).getId();
        Long second = inCatalog.get(Math.min(1, inCatalog.size() - 1)).getId();
        Long third = inCatalog.get(Math.min(2, inCatalog.size() - 1)).getId();
        Long fourth = inCatalog.get(Math.min(3, inCatalog.size() - 1)).getId();
        Long hm = towns.get("Ханты-Мансийск"), surgut = towns.get("Сургут"), nv = towns.get("Нижневартовск");
        String moderatorName = staff.displayName("moderator");

        publish(first, "taxi", "Социальное такси по Ханты-Мансийску", "Поездки в поликлинику, МФЦ, аптеку и магазин. Водитель поможет сесть в машину и донести сумки.", "250", AdUnit.TRIP, moderatorName, hm);
        publish(first, "cleaning", "Генеральная уборка квартиры", "Уборка однокомнатной или двухкомнатной квартиры: пыль, полы, кухня, санузел. Своё моющее средство.", "1800", AdUnit.SERVICE, moderatorName, hm);
        publish(first, "grocery", "Доставка продуктов и лекарств", "Купим продукты и лекарства по вашему списку и привезём в течение дня. Чек прилагается.", "150", AdUnit.SERVICE, moderatorName, hm, surgut);
        publish(first, "caregiver", "Сиделка на дому", "Уход за лежачим больным: гигиена, кормление, смена белья, контроль приёма лекарств.", "350", AdUnit.HOUR, moderatorName, hm);
        publish(first, "hairdresser", "Парикмахер на дому", "Стрижка мужская и женская, укладка. Мастер приходит со своим инструментом.", "500", AdUnit.SERVICE, moderatorName, hm);
        publish(second, "cleaning", "Уборка после ремонта", "Вынос мусора, мытьё окон и полов после ремонта, удаление строительной пыли.", "2500", AdUnit.SERVICE, moderatorName, surgut);
        publish(second, "caregiver", "Сиделка в больнице", "Дежурство у постели больного в стационаре, помощь при приёме пищи и гигиене.", "300", AdUnit.HOUR, moderatorName, surgut, hm);
        publish(second, "grocery", "Продукты к двери", "Доставка продуктов из ближайшего магазина два раза в неделю по графику.", "120", AdUnit.SERVICE, moderatorName, surgut);
        publish(third, "taxi", "Такси с пандусом", "Автомобиль с пандусом и креплением для инвалидной коляски, помощь при посадке.", "40", AdUnit.KM, moderatorName, nv);
        publish(third, "hairdresser", "Стрижка для маломобильных", "Стрижка на дому для людей, которым трудно выходить из дома.", "450", AdUnit.SERVICE, moderatorName, nv);
        publish(third, "cleaning", "Мытьё окон", "Мытьё окон с обеих сторон, рам и подоконников.", "700", AdUnit.SERVICE, moderatorName, nv);
        publish(fourth, "companion", "Сопровождение к врачу", "Сопровождение в поликлинику и больницу, помощь с записью и документами.", "400", AdUnit.HOUR, moderatorName, nv, surgut);
        publish(fourth, "taxi", "Поездка в МФЦ и поликлинику", "Поездка туда и обратно с ожиданием до часа.", "300", AdUnit.TRIP, moderatorName, surgut);

        ads.seedModerated(first, form("companion", "Сопровождение на прогулке", "Прогулка с сопровождающим в парке рядом с домом.", "300", AdUnit.HOUR, hm),
                Decision.RETURN, "Укажите, сколько длится одна прогулка и входит ли в цену поездка на транспорте", "moderator", moderatorName);
        Long waiting = ads.create(first, form("repair", "Мелкий ремонт по дому", "Замена лампочек, розеток, смесителя, ремонт дверных ручек и замков.", "600", AdUnit.HOUR, hm)).getId();
        ads.submit(first, waiting);
    }

    private AdForm form(String category, String name, String description, String price, AdUnit unit, Long... towns) {
        return new AdForm(category, name, true, description, LocalDate.now(clock).minusDays(30), new BigDecimal(price), unit,
                EnumSet.of(PaymentType.CASH, PaymentType.CARD, PaymentType.TRANSFER), new LinkedHashSet<>(Arrays.asList(towns)));
    }

    private void publish(Long provider, String category, String name, String description, String price, AdUnit unit,
                         String moderatorName, Long... towns) {
        ads.seedModerated(provider, form(category, name, description, price, unit, towns), Decision.PUBLISH, null, "moderator", moderatorName);
    }
}
