package ru.zabota.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.catalog.AdService;
import ru.zabota.catalog.CatalogAd;
import ru.zabota.catalogcontract.CatalogContract;
import ru.zabota.catalogcontract.CatalogContractProcess.Acceptance;
import ru.zabota.catalogcontract.CatalogContractProcess.Decision;
import ru.zabota.catalogcontract.CatalogContractProcess.Payment;
import ru.zabota.catalogcontract.CatalogContractRepository;
import ru.zabota.catalogcontract.CatalogContractService;
import ru.zabota.people.*;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ProviderRepository;
import ru.zabota.security.EmployeeRole;
import ru.zabota.security.PortalAccount;
import ru.zabota.security.PortalAccountRepository;
import ru.zabota.security.ProviderEmployee;
import ru.zabota.security.ProviderEmployeeRepository;

import ru.zabota.security.Acting;
import ru.zabota.security.PortalRole;
import ru.zabota.security.PortalUserDetailsService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Catalog contracts of the demo region, made through the real service and process: the citizen «citizen» (Петрова)
 * has contracts in each status a person can reach without waiting for a deadline («Заключение» before and after the
 * provider's signature, «В работе», «Выполнен поставщиком», «Исполнен», «Отказ») and receipts «На оплате»,
 * «Оплачена» and «Отклонена»; «citizen2» has one in work with the second catalog provider, whose head gets the
 * portal account {@code provider3}. Loaded once, when there are no catalog contracts.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "zabota.demo-data", havingValue = "true")
public class CatalogContractDemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(CatalogContractDemoData.class);

    private final CatalogContractService contracts;
    private final CatalogContractRepository repository;
    private final AdService ads;
    private final ProviderRepository providers;
    private final PersonRepository people;
    private final PortalAccountRepository accounts;
    private final ProviderEmployeeRepository employees;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final PortalUserDetailsService users;

    public CatalogContractDemoData(CatalogContractService contracts, CatalogContractRepository repository, AdService ads,
                                   ProviderRepository providers, PersonRepository people, PortalAccountRepository accounts,
                                   ProviderEmployeeRepository employees, PasswordEncoder encoder, Clock clock,
                                   PortalUserDetailsService users) {
        this.contracts = contracts;
        this.repository = repository;
        this.ads = ads;
        this.providers = providers;
        this.people = people;
        this.accounts = accounts;
        this.employees = employees;
        this.encoder = encoder;
        this.clock = clock;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) return;
        List<Provider> inCatalog = providers.findAll().stream().filter(Provider::isCatalogEnabled)
                .sorted(Comparator.comparing(Provider::getId)).toList();
        PortalAccount citizen = accounts.findByUsername("citizen").orElse(null);
        PortalAccount citizen2 = accounts.findByUsername("citizen2").orElse(null);
        if (inCatalog.size() < 2 || citizen == null || citizen2 == null) return;
        Provider first = inCatalog.get(0), second = inCatalog.get(1);
        List<CatalogAd> firstAds = ads.ofProvider(first.getId()).stream().filter(CatalogAd::isPublic).toList();
        List<CatalogAd> secondAds = ads.ofProvider(second.getId()).stream().filter(CatalogAd::isPublic).toList();
        if (firstAds.isEmpty() || secondAds.isEmpty()) return;
        log.info("Loading demo catalog contracts and receipts");
        String head2 = signer(secondHead(second));

        Long anna = citizen.getPerson().getId();
        String annaName = citizen.getPerson().getFullName();
        String head1 = signer("provider");
        LocalDate today = LocalDate.now(clock);
        CatalogAd taxi = titled(firstAds, "такси");
        CatalogAd other = titled(firstAds, "уборка");

        // «Заключение», waiting for the provider
        order(anna, taxi, today.plusDays(3), "2", "Поездка в поликлинику на ул. Калинина, 30 и обратно", annaName);
        // «Заключение», signed by the provider, waiting for the citizen
        CatalogContract signedByProvider = order(anna, other, today.plusDays(5), "1", "Квартира на 3 этаже, домофон 7", annaName);
        contracts.providerDecision(first.getId(), signedByProvider.getId(), Decision.ACCEPT, "Придём в 10:00, возьмём свой инвентарь", head1);
        // «В работе»
        inWork(anna, first.getId(), taxi, today.plusDays(1), "1", "В МФЦ на ул. Мира, 5", annaName, head1);
        // «Выполнен поставщиком»: the citizen checks the cost
        CatalogContract done = inWork(anna, first.getId(), taxi, today, "2", "Аптека и магазин", annaName, head1);
        contracts.done(first.getId(), done.getId(), new BigDecimal("2"), new BigDecimal("500.00"), head1);
        // «Исполнен» with receipts «На оплате», «Оплачена», «Отклонена»
        executed(anna, first.getId(), taxi, today, "3", "500.00", annaName, head1);
        CatalogContract paid = executed(anna, first.getId(), other, today, "1", "1800.00", annaName, head1);
        contracts.payment(first.getId(), repository.findById(paid.getId()).orElseThrow().getReceiptId(), Payment.CONFIRM, null, head1);
        CatalogContract rejected = executed(anna, first.getId(), taxi, today, "1", "250.00", annaName, head1);
        contracts.payment(first.getId(), repository.findById(rejected.getId()).orElseThrow().getReceiptId(), Payment.REJECT,
                "Платёж на эту сумму не поступил на расчётный счёт", head1);
        // «Отказ» by the provider
        CatalogContract declined = order(anna, other, today.plusDays(2), "1", "Срочно, сегодня вечером", annaName);
        contracts.providerDecision(first.getId(), declined.getId(), Decision.DECLINE, "На эту дату нет свободных сотрудников", head1);

        // the second citizen with the second provider: «В работе»
        inWork(citizen2.getPerson().getId(), second.getId(), secondAds.get(0), today.plusDays(4), "1", "Сургут, пр. Ленина, 31",
                citizen2.getPerson().getFullName(), head2);
    }

    /** The head signs as live signatures do: «ФИО, должность (организация)». */
    private String signer(String username) {
        return new Acting(users.loadUserByUsername(username), PortalRole.PROVIDER, null, null).displayName();
    }

    /** The ad whose published title contains the word, else the first one. */
    private static CatalogAd titled(List<CatalogAd> ads, String word) {
        return ads.stream().filter(a -> a.getPublished().getShortName().toLowerCase().contains(word)).findFirst().orElse(ads.get(0));
    }

    /** The head of the second catalog provider gets the portal account provider3 (password demo). */
    private String secondHead(Provider second) {
        if (accounts.findByUsername("provider3").isPresent()) return "provider3";
        Person p = new Person("Лебедев", "Игорь", "Олегович", LocalDate.of(1975, 9, 14), Snils.withChecksum("889900112"));
        p.setEmail("lebedev@catalog-2.example.ru");
        p.setPopulationGroup(PopulationGroup.WORKING_AGE);
        people.save(p);
        PortalAccount account = accounts.save(new PortalAccount("provider3", encoder.encode(DemoData.PASSWORD), p, false));
        employees.save(new ProviderEmployee(account, second, "Директор", EmployeeRole.MANAGER));
        return "provider3";
    }

    private CatalogContract order(Long person, CatalogAd ad, LocalDate date, String quantity, String comment, String actor) {
        return contracts.order(person, ad.getId(), date, new BigDecimal(quantity), comment, actor);
    }

    private CatalogContract inWork(Long person, Long provider, CatalogAd ad, LocalDate date, String quantity, String comment,
                                   String citizenName, String headName) {
        CatalogContract c = order(person, ad, date, quantity, comment, citizenName);
        contracts.providerDecision(provider, c.getId(), Decision.ACCEPT, "Заказ принят", headName);
        contracts.citizenDecision(person, c.getId(), Decision.ACCEPT, null, citizenName);
        return c;
    }

    private CatalogContract executed(Long person, Long provider, CatalogAd ad, LocalDate date, String quantity, String cost,
                                     String citizenName, String headName) {
        CatalogContract c = inWork(person, provider, ad, date, quantity, "Заказ из демонстрационных данных", citizenName, headName);
        contracts.done(provider, c.getId(), new BigDecimal(quantity), new BigDecimal(cost), headName);
        contracts.acceptance(person, c.getId(), Acceptance.ACCEPT, null, citizenName);
        return c;
    }
}
