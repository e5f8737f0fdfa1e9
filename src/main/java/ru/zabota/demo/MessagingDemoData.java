package ru.zabota.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.messaging.MessageThreadRepository;
import ru.zabota.messaging.MessagingParty;
import ru.zabota.messaging.MessagingService;
import ru.zabota.messaging.Side;
import ru.zabota.notification.Notice;
import ru.zabota.people.Person;
import ru.zabota.registry.Provider;
import ru.zabota.security.PortalAccount;
import ru.zabota.security.PortalAccountRepository;
import ru.zabota.security.ProviderEmployee;
import ru.zabota.security.ProviderEmployeeRepository;

import java.util.List;

/**
 * Demo «Сообщения» and «Уведомления» (issue 12): a thread between the demo citizen and her first provider (the
 * provider's last answer unread by her), and a few notifications for each of them.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "zabota.demo-data", havingValue = "true")
public class MessagingDemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(MessagingDemoData.class);
    private final MessageThreadRepository threads;
    private final MessagingService messaging;
    private final PortalAccountRepository accounts;
    private final ProviderEmployeeRepository employees;
    private final ApplicationEventPublisher events;

    public MessagingDemoData(MessageThreadRepository threads, MessagingService messaging, PortalAccountRepository accounts,
                             ProviderEmployeeRepository employees, ApplicationEventPublisher events) {
        this.threads = threads;
        this.messaging = messaging;
        this.accounts = accounts;
        this.employees = employees;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (threads.count() > 0) return;
        PortalAccount citizenAccount = accounts.findByUsername("citizen").orElse(null);
        PortalAccount providerAccount = accounts.findByUsername("provider").orElse(null);
        if (citizenAccount == null || providerAccount == null) return;
        List<ProviderEmployee> jobs = employees.findByAccountId(providerAccount.getId());
        if (jobs.isEmpty()) return;
        log.info("Loading the demo messages and notifications");
        Person citizen = citizenAccount.getPerson();
        Provider provider = jobs.get(0).getProvider();
        Person manager = providerAccount.getPerson();
        MessagingParty person = new MessagingParty(Side.PERSON, citizen.getId());
        MessagingParty org = new MessagingParty(Side.PROVIDER, provider.getId());
        String citizenName = citizen.getFullName();
        String managerName = manager.getFullName() + " (" + provider.getShortName() + ")";

        Long thread = messaging.start(person, citizenName, provider.getId(),
                "Здравствуйте! Подскажите, можно ли заказать уборку квартиры на следующей неделе, во вторник или в среду с утра?", null).getId();
        messaging.reply(org, thread, managerName,
                "Здравствуйте, Анна Сергеевна! Да, можем во вторник с 10:00. Уборка двухкомнатной квартиры займёт около трёх часов.");
        messaging.reply(person, thread, citizenName, "Спасибо, вторник подходит. Моющие средства нужны мои?");
        messaging.reply(org, thread, managerName, "Нет, сотрудник придёт со своими средствами и инвентарём. До встречи во вторник!");

        // the messages told each side (notifications «Новое сообщение …»); the provider's ads told it of their moderation
        events.publishEvent(Notice.toPerson(citizen.getId(),
                "Добро пожаловать на портал «Забота»: здесь появятся уведомления о ваших договорах, заявлениях и сообщениях", "/cabinet"));
    }
}
