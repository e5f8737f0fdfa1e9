package ru.zabota.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.cases.SocialCaseService;
import ru.zabota.cases.CaseStatus;
import ru.zabota.cases.CaseType;
import ru.zabota.cases.SocialCase;
import ru.zabota.needs.Ippsu;
import ru.zabota.needs.IppsuRepository;
import ru.zabota.needs.NeedDecision;
import ru.zabota.needs.NeedRecognition;
import ru.zabota.needs.NeedRecognitionRepository;
import ru.zabota.people.*;
import ru.zabota.registry.*;
import ru.zabota.security.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ru.zabota.workflow.StaffGroups.*;

/**
 * Demo region for the embedded default: a dozen providers of Ugra, demo citizens with [601] and ИППСУ, provider
 * employees and the staff of the social-protection office. Loaded once; all passwords are {@code demo}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "zabota.demo-data", havingValue = "true")
public class DemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    public static final String PASSWORD = "demo";

    private final MunicipalityRepository municipalities;
    private final ServiceTypeRepository serviceTypes;
    private final ProviderRepository providers;
    private final PersonRepository people;
    private final RepresentationRepository representations;
    private final PortalAccountRepository accounts;
    private final ProviderEmployeeRepository employees;
    private final NeedRecognitionRepository recognitions;
    private final IppsuRepository programmes;
    private final SocialCaseService cases;
    private final IdentityService identity;
    private final PasswordEncoder encoder;

    private final java.time.Clock clock;
    private final Map<String, Municipality> towns = new HashMap<>();
    private final Map<String, ServiceType> types = new HashMap<>();

    public DemoData(MunicipalityRepository municipalities, ServiceTypeRepository serviceTypes, ProviderRepository providers,
                    PersonRepository people, RepresentationRepository representations, PortalAccountRepository accounts,
                    ProviderEmployeeRepository employees, NeedRecognitionRepository recognitions,
                    IppsuRepository programmes, SocialCaseService cases, IdentityService identity, PasswordEncoder encoder,
                    java.time.Clock clock) {
        this.clock = clock;
        this.municipalities = municipalities;
        this.serviceTypes = serviceTypes;
        this.providers = providers;
        this.people = people;
        this.representations = representations;
        this.accounts = accounts;
        this.employees = employees;
        this.recognitions = recognitions;
        this.programmes = programmes;
        this.cases = cases;
        this.identity = identity;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        staff();
        if (accounts.findByUsername("citizen").isPresent()) {
            bankDetailsForEarlierDemo();
            return;
        }
        log.info("Loading the demo region (accounts citizen, citizen2, parent, provider, provider2, worker; password demo)");
        for (String name : List.of("Ханты-Мансийск", "Сургут", "Нижневартовск", "Нефтеюганск", "Нягань", "Когалым",
                "Мегион", "Лангепас", "Урай", "Сургутский район", "Ханты-Мансийский район", "Нижневартовский район")) {
            towns.put(name, municipalities.save(new Municipality(name)));
        }
        serviceTypes();
        List<Provider> orgs = providers();

        Person citizen = person("Петрова", "Анна", "Сергеевна", LocalDate.of(1947, 3, 12), "112233445",
                "628011, г. Ханты-Мансийск, ул. Мира, д. 14, кв. 7", "Ханты-Мансийск", "8601012345", "+7 (3467) 32-45-17",
                "petrova.as@example.ru", "21500.00", PopulationGroup.PENSIONER);
        account("citizen", citizen, true);
        // the programmes run from a recent decision, so the demo stays current whenever it is first loaded
        LocalDate today = LocalDate.now(clock);
        LocalDate decided = today.minusDays(80);
        recognise(citizen, decided, "Частичная утрата способности к самообслуживанию в связи с преклонным возрастом");
        Ippsu ippsu = new Ippsu(citizen, "86-ИППСУ-" + decided.getYear() + "-001047", decided, decided, decided.plusYears(1).minusDays(1), ServiceForm.HOME);
        ippsu.add(types.get("HH-SHOP"), 96, "2 раза в неделю");
        ippsu.add(types.get("HH-CLEAN"), 48, "1 раз в неделю");
        ippsu.add(types.get("MED-CONTROL"), 96, "2 раза в неделю");
        ippsu.add(types.get("LEG-DOCS"), 4, "по мере необходимости");
        ippsu.recommend(orgs.get(0));
        ippsu.recommend(orgs.get(2));
        programmes.save(ippsu);

        Person citizen2 = person("Кузнецов", "Пётр", "Иванович", LocalDate.of(1961, 11, 2), "223344556",
                "628400, г. Сургут, пр. Ленина, д. 31, кв. 52", "Сургут", "8602023456", "+7 (3462) 51-22-90",
                "kuznetsov.pi@example.ru", "38700.00", PopulationGroup.PENSIONER);
        account("citizen2", citizen2, true);

        Person parent = person("Смирнова", "Елена", "Викторовна", LocalDate.of(1986, 6, 21), "334455667",
                "628400, г. Сургут, ул. Энергетиков, д. 5, кв. 18", "Сургут", "8602034567", "+7 (922) 405-17-33",
                "smirnova.ev@example.ru", "19800.00", PopulationGroup.WORKING_AGE);
        account("parent", parent, true);
        Person child = person("Смирнов", "Артём", "Игоревич", LocalDate.of(2015, 2, 9), "445566778",
                "628400, г. Сургут, ул. Энергетиков, д. 5, кв. 18", "Сургут", null, null, null, "19800.00",
                PopulationGroup.CHILD);
        child.setFreeCategory(true);
        representations.save(new Representation(parent, child, "Свидетельство о рождении II-ПН № 512377", LocalDate.of(2033, 2, 9)));
        LocalDate childDecided = today.minusDays(39);
        recognise(child, childDecided, "Ребёнок-инвалид, нуждается в социально-педагогических услугах");
        Ippsu childIppsu = new Ippsu(child, "86-ИППСУ-" + childDecided.getYear() + "-001212", childDecided, childDecided,
                childDecided.plusYears(1).minusDays(1), ServiceForm.SEMI_STATIONARY);
        childIppsu.add(types.get("PED-LEISURE"), 48, "1 раз в неделю");
        childIppsu.add(types.get("PSY-CONSULT"), 12, "1 раз в месяц");
        childIppsu.add(types.get("PED-RELATIVES"), 6, "1 раз в 2 месяца");
        childIppsu.recommend(orgs.get(1));
        childIppsu.recommend(orgs.get(3));
        programmes.save(childIppsu);

        Person manager = person("Соколова", "Мария", "Андреевна", LocalDate.of(1979, 8, 30), "556677889",
                "628011, г. Ханты-Мансийск, ул. Гагарина, д. 104, кв. 3", "Ханты-Мансийск", "8601045678",
                "+7 (3467) 33-10-05", "sokolova@kcson-hm.example.ru", null, PopulationGroup.WORKING_AGE);
        employees.save(new ProviderEmployee(account("provider", manager, false), orgs.get(0), "Заведующий отделением", EmployeeRole.MANAGER));
        Person manager2 = person("Волков", "Дмитрий", "Сергеевич", LocalDate.of(1983, 4, 17), "667788990",
                "628400, г. Сургут, ул. 30 лет Победы, д. 22, кв. 41", "Сургут", "8602056789", "+7 (3462) 44-70-12",
                "volkov@sodeistvie.example.ru", null, PopulationGroup.WORKING_AGE);
        employees.save(new ProviderEmployee(account("provider2", manager2, false), orgs.get(1), "Директор", EmployeeRole.MANAGER));
        Person worker = person("Морозова", "Ольга", "Николаевна", LocalDate.of(1990, 12, 5), "778899001",
                "628011, г. Ханты-Мансийск, ул. Чехова, д. 9, кв. 11", "Ханты-Мансийск", "8601067890",
                "+7 (950) 512-33-08", "morozova@kcson-hm.example.ru", null, PopulationGroup.WORKING_AGE);
        employees.save(new ProviderEmployee(account("worker", worker, false), orgs.get(0), "Социальный работник", EmployeeRole.SOCIAL_WORKER));
    }

    private void staff() {
        user("specialist", "Светлана", "Иванова", SPECIALISTS);
        user("specialist2", "Павел", "Григорьев", SPECIALISTS);
        if (identity.createUserQuery().userId("specialist2").memberOfGroup(SUPER_EXECUTORS).count() == 0) {
            identity.createMembership("specialist2", SUPER_EXECUTORS);
        }
        user("head", "Николай", "Орлов", HEADS);
        user("approver", "Татьяна", "Белова", APPROVERS);
        user("moderator", "Ирина", "Фёдорова", MODERATORS);
        user("analyst", "Алексей", "Никитин", ANALYSTS);
    }

    private void user(String id, String first, String last, String group) {
        if (identity.createUserQuery().userId(id).count() > 0) return;
        User u = identity.newUser(id);
        u.setFirstName(first);
        u.setLastName(last);
        u.setEmail(id + "@uszn.example.ru");
        u.setPassword(PASSWORD);
        identity.saveUser(u);
        identity.createMembership(id, group);
    }

    private void serviceTypes() {
        type("HH-SHOP", "Покупка за счёт средств получателя и доставка на дом продуктов питания, промышленных товаров первой необходимости", ServiceKind.HOUSEHOLD, "услуга");
        type("HH-COOK", "Помощь в приготовлении пищи", ServiceKind.HOUSEHOLD, "услуга");
        type("HH-CLEAN", "Уборка жилых помещений", ServiceKind.HOUSEHOLD, "услуга");
        type("HH-BILLS", "Оплата за счёт средств получателя жилищно-коммунальных услуг и услуг связи", ServiceKind.HOUSEHOLD, "услуга");
        type("HH-LAUNDRY", "Сдача за счёт средств получателя вещей в стирку, химчистку, ремонт и обратная их доставка", ServiceKind.HOUSEHOLD, "услуга");
        type("MED-CONTROL", "Измерение температуры тела, артериального давления, контроль за приёмом лекарств", ServiceKind.MEDICAL, "услуга");
        type("MED-HEALTH", "Проведение оздоровительных мероприятий", ServiceKind.MEDICAL, "услуга");
        type("MED-WATCH", "Систематическое наблюдение за получателем в целях выявления отклонений в состоянии здоровья", ServiceKind.MEDICAL, "услуга");
        type("PSY-CONSULT", "Социально-психологическое консультирование, в том числе по вопросам внутрисемейных отношений", ServiceKind.PSYCHOLOGICAL, "консультация");
        type("PSY-PATRON", "Социально-психологический патронаж", ServiceKind.PSYCHOLOGICAL, "посещение");
        type("PED-RELATIVES", "Обучение родственников практическим навыкам общего ухода за тяжелобольными получателями", ServiceKind.PEDAGOGICAL, "занятие");
        type("PED-LEISURE", "Организация досуга (праздники, экскурсии и другие культурные мероприятия)", ServiceKind.PEDAGOGICAL, "мероприятие");
        type("LAB-SKILLS", "Проведение мероприятий по использованию трудовых возможностей и обучению доступным профессиональным навыкам", ServiceKind.LABOUR, "занятие");
        type("LEG-DOCS", "Оказание помощи в оформлении и восстановлении документов получателей социальных услуг", ServiceKind.LEGAL, "услуга");
        type("LEG-LAWYER", "Оказание помощи в получении юридических услуг, в том числе бесплатно", ServiceKind.LEGAL, "консультация");
        type("COM-TSR", "Обучение инвалидов пользованию средствами ухода и техническими средствами реабилитации", ServiceKind.COMMUNICATION, "занятие");
        type("COM-PC", "Обучение навыкам компьютерной грамотности", ServiceKind.COMMUNICATION, "занятие");
    }

    private void type(String code, String name, ServiceKind kind, String unit) {
        types.put(code, serviceTypes.save(new ServiceType(code, name, kind, unit)));
    }

    private List<Provider> providers() {
        Provider p1 = provider("Бюджетное учреждение Ханты-Мансийского автономного округа — Югры «Ханты-Мансийский комплексный центр социального обслуживания населения»",
                "БУ «Ханты-Мансийский КЦСОН»", "860100123", "Ханты-Мансийск", "628012, г. Ханты-Мансийск, ул. Пионерская, д. 46",
                "+7 (3467) 33-44-01", "Захарова Людмила Петровна", EnumSet.of(ServiceForm.HOME, ServiceForm.SEMI_STATIONARY), true,
                "Социальное обслуживание на дому граждан пожилого возраста и инвалидов, отделение дневного пребывания, пункт проката ТСР.",
                "HH-SHOP:245.00", "HH-COOK:198.00", "HH-CLEAN:312.00", "HH-BILLS:156.00", "MED-CONTROL:118.00", "MED-WATCH:96.00",
                "PSY-CONSULT:410.00", "LEG-DOCS:287.00", "COM-TSR:350.00");
        Provider p2 = provider("Бюджетное учреждение Ханты-Мансийского автономного округа — Югры «Сургутский комплексный центр социального обслуживания населения «Содействие»",
                "БУ «Сургутский КЦСОН «Содействие»", "860200234", "Сургут", "628400, г. Сургут, ул. Югорская, д. 13",
                "+7 (3462) 52-11-30", "Лебедев Андрей Викторович", EnumSet.of(ServiceForm.HOME, ServiceForm.SEMI_STATIONARY), false,
                "Отделения социального обслуживания на дому, реабилитации детей-инвалидов, психолого-педагогической помощи.",
                "HH-SHOP:238.00", "HH-CLEAN:305.00", "PSY-CONSULT:395.00", "PSY-PATRON:280.00", "PED-RELATIVES:340.00",
                "PED-LEISURE:260.00", "COM-TSR:330.00", "COM-PC:290.00");
        Provider p3 = provider("Автономная некоммерческая организация социального обслуживания «Забота о ближнем»",
                "АНО «Забота о ближнем»", "860100345", "Ханты-Мансийск", "628007, г. Ханты-Мансийск, ул. Энгельса, д. 3, офис 12",
                "+7 (3467) 30-20-10", "Кравченко Ирина Олеговна", EnumSet.of(ServiceForm.HOME), true,
                "Негосударственный поставщик: помощь по дому, сопровождение к врачу, сиделки.",
                "HH-SHOP:230.00", "HH-COOK:190.00", "HH-CLEAN:295.00", "MED-CONTROL:112.00", "MED-HEALTH:205.00", "LEG-DOCS:270.00");
        Provider p4 = provider("Автономная некоммерческая организация «Центр развития и реабилитации детей «Радуга»",
                "АНО «Центр «Радуга»", "860200456", "Сургут", "628416, г. Сургут, пр. Комсомольский, д. 19",
                "+7 (3462) 93-04-55", "Михайлова Наталья Юрьевна", EnumSet.of(ServiceForm.SEMI_STATIONARY), true,
                "Реабилитационные занятия для детей с ограниченными возможностями здоровья, консультации родителей.",
                "PSY-CONSULT:380.00", "PED-RELATIVES:320.00", "PED-LEISURE:245.00", "COM-PC:275.00");
        Provider p5 = provider("Бюджетное учреждение Ханты-Мансийского автономного округа — Югры «Нижневартовский комплексный центр социального обслуживания населения»",
                "БУ «Нижневартовский КЦСОН»", "860300567", "Нижневартовск", "628600, г. Нижневартовск, ул. Ленина, д. 26",
                "+7 (3466) 41-25-60", "Степанова Ольга Игоревна", EnumSet.of(ServiceForm.HOME, ServiceForm.SEMI_STATIONARY, ServiceForm.STATIONARY), false,
                "Стационарное и полустационарное обслуживание, социальное обслуживание на дому.",
                "HH-SHOP:241.00", "HH-COOK:195.00", "HH-CLEAN:308.00", "HH-LAUNDRY:174.00", "MED-CONTROL:115.00", "MED-WATCH:99.00",
                "PSY-PATRON:275.00", "LAB-SKILLS:330.00", "LEG-LAWYER:360.00");
        Provider p6 = provider("Бюджетное учреждение Ханты-Мансийского автономного округа — Югры «Нефтеюганский комплексный центр социального обслуживания населения «Веста»",
                "БУ «Нефтеюганский КЦСОН «Веста»", "860400678", "Нефтеюганск", "628305, г. Нефтеюганск, мкр. 11, д. 53",
                "+7 (3463) 22-18-44", "Попова Елена Анатольевна", EnumSet.of(ServiceForm.HOME, ServiceForm.SEMI_STATIONARY), false,
                "Социальное обслуживание на дому, служба «Социальное такси», школа ухода.",
                "HH-SHOP:236.00", "HH-CLEAN:300.00", "HH-BILLS:150.00", "MED-CONTROL:110.00", "PED-RELATIVES:315.00", "COM-TSR:325.00");
        Provider p7 = provider("Общество с ограниченной ответственностью «Добрые руки»",
                "ООО «Добрые руки»", "860500789", "Нягань", "628181, г. Нягань, ул. Интернациональная, д. 37",
                "+7 (34672) 5-33-21", "Сидоров Василий Геннадьевич", EnumSet.of(ServiceForm.HOME), true,
                "Патронажные услуги на дому: уход, уборка, доставка продуктов и лекарств.",
                "HH-SHOP:225.00", "HH-COOK:185.00", "HH-CLEAN:290.00", "HH-LAUNDRY:165.00", "MED-WATCH:92.00");
        Provider p8 = provider("Бюджетное учреждение Ханты-Мансийского автономного округа — Югры «Когалымский комплексный центр социального обслуживания населения»",
                "БУ «Когалымский КЦСОН»", "860800890", "Когалым", "628484, г. Когалым, ул. Мира, д. 24",
                "+7 (34667) 2-71-40", "Тимофеева Галина Васильевна", EnumSet.of(ServiceForm.HOME, ServiceForm.SEMI_STATIONARY), false,
                "Социальное обслуживание на дому и в отделении дневного пребывания.",
                "HH-SHOP:240.00", "HH-CLEAN:306.00", "MED-CONTROL:117.00", "PSY-CONSULT:400.00", "LAB-SKILLS:320.00");
        Provider p9 = provider("Бюджетное учреждение Ханты-Мансийского автономного округа — Югры «Мегионский комплексный центр социального обслуживания населения»",
                "БУ «Мегионский КЦСОН»", "860500901", "Мегион", "628680, г. Мегион, ул. Свободы, д. 8",
                "+7 (34643) 3-12-05", "Ершова Марина Алексеевна", EnumSet.of(ServiceForm.HOME, ServiceForm.STATIONARY), false,
                "Дом-интернат малой вместимости, социальное обслуживание на дому.",
                "HH-SHOP:239.00", "HH-COOK:196.00", "HH-CLEAN:304.00", "MED-HEALTH:210.00", "MED-WATCH:97.00", "LEG-DOCS:280.00");
        Provider p10 = provider("Автономная некоммерческая организация «Серебряный возраст»",
                "АНО «Серебряный возраст»", "860700112", "Урай", "628285, г. Урай, мкр. 2, д. 44",
                "+7 (34676) 2-40-18", "Гусева Светлана Михайловна", EnumSet.of(ServiceForm.SEMI_STATIONARY), true,
                "Клуб активного долголетия: досуг, компьютерная грамотность, консультации психолога.",
                "PSY-CONSULT:350.00", "PED-LEISURE:230.00", "COM-PC:260.00", "LAB-SKILLS:300.00");
        Provider p11 = provider("Бюджетное учреждение Ханты-Мансийского автономного округа — Югры «Лангепасский комплексный центр социального обслуживания населения»",
                "БУ «Лангепасский КЦСОН»", "860700223", "Лангепас", "628672, г. Лангепас, ул. Ленина, д. 39",
                "+7 (34669) 2-55-70", "Зайцева Ольга Борисовна", EnumSet.of(ServiceForm.HOME), false,
                "Социальное обслуживание на дому граждан пожилого возраста и инвалидов.",
                "HH-SHOP:237.00", "HH-CLEAN:302.00", "HH-BILLS:152.00", "MED-CONTROL:114.00", "LEG-LAWYER:355.00");
        Provider p12 = provider("Общество с ограниченной ответственностью «Социальный сервис Югры»",
                "ООО «Социальный сервис Югры»", "860200334", "Сургутский район", "628450, Сургутский р-н, пгт Барсово, ул. Апрельская, д. 2",
                "+7 (3462) 74-08-19", "Никифоров Роман Ильич", EnumSet.of(ServiceForm.HOME), true,
                "Услуги сиделок и помощников по хозяйству в посёлках Сургутского района.",
                "HH-SHOP:250.00", "HH-COOK:200.00", "HH-CLEAN:315.00", "MED-WATCH:100.00", "PSY-PATRON:285.00");
        return List.of(p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12);
    }

    private Provider provider(String full, String shortName, String innPrefix, String town, String address, String phone,
                              String head, EnumSet<ServiceForm> forms, boolean catalog, String description, String... offers) {
        String inn = Inn.withChecksum(innPrefix);
        String ogrn = ogrn("1" + innPrefix.substring(0, 2) + "860" + innPrefix.substring(3, 9));
        Provider p = new Provider(full, shortName, inn, ogrn, address, towns.get(town), LocalDate.of(2015, 1, 1).plusDays(inn.hashCode() & 1023));
        p.setPhone(phone);
        p.setEmail("info@" + transliterate(shortName) + ".example.ru");
        p.setHeadName(head);
        p.setForms(forms);
        p.setCatalogEnabled(catalog);
        p.setDescription(description);
        for (String offer : offers) {
            String[] parts = offer.split(":");
            p.offer(types.get(parts[0]), new BigDecimal(parts[1]));
        }
        p.setBankDetails(demoBankDetails(shortName, innPrefix));
        return providers.save(p);
    }

    /** A demo region loaded before the bank details existed (V12) gets them, so that its receipts carry a QR code. */
    private void bankDetailsForEarlierDemo() {
        for (Provider p : providers.findAll()) {
            if (p.getBankDetails() == null && p.getInn() != null && p.getInn().matches("\\d{10}")) {
                p.setBankDetails(demoBankDetails(p.getShortName(), p.getInn().substring(0, 9)));
            }
        }
    }

    /** Valid bank details for a demo provider: Западно-Сибирский банк ПАО Сбербанк, an account keyed to its БИК. */
    static BankDetails demoBankDetails(String recipient, String innPrefix) {
        String bik = "047102651";
        String account = BankDetails.withSettlementKey(bik, "40702810" + "0" + "67" + innPrefix);
        return BankDetails.of(recipient, "Западно-Сибирский банк ПАО Сбербанк", bik, account, "30101810800000000651");
    }

    private static String ogrn(String twelve) {
        long n = Long.parseLong(twelve);
        return twelve + (n % 11 % 10);
    }

    private static String transliterate(String name) {
        String ascii = name.toLowerCase().replaceAll("[^а-яё ]", "").trim();
        StringBuilder sb = new StringBuilder();
        String from = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        String[] to = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"};
        for (char c : ascii.toCharArray()) {
            int i = from.indexOf(c);
            sb.append(c == ' ' ? "-" : i >= 0 ? to[i] : "");
        }
        return sb.toString();
    }

    private Person person(String last, String first, String middle, LocalDate born, String snils9, String address, String town,
                          String innPrefix, String phone, String email, String income, PopulationGroup group) {
        Person p = new Person(last, first, middle, born, Snils.withChecksum(snils9));
        p.setAddress(address);
        p.setMunicipality(towns.get(town));
        p.setInn(innPrefix == null ? null : Inn.withChecksum(innPrefix));
        p.setPhone(phone);
        p.setEmail(email);
        p.setMonthlyIncome(income == null ? null : new BigDecimal(income));
        p.setPopulationGroup(group);
        return people.save(p);
    }

    private PortalAccount account(String username, Person person, boolean citizen) {
        return accounts.save(new PortalAccount(username, encoder.encode(PASSWORD), person, citizen));
    }

    private void recognise(Person person, LocalDate decided, String circumstances) {
        SocialCase c = cases.open(CaseType.NEED_601, person, "demo");
        cases.changeStatus(c, CaseStatus.SATISFIED, "demo", "Признан нуждающимся в социальном обслуживании");
        c.setDecision(NeedDecision.SATISFIED.name());
        recognitions.save(new NeedRecognition(person, c.getId(), NeedDecision.SATISFIED, decided, circumstances));
    }
}
