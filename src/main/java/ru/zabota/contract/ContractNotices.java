package ru.zabota.contract;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.zabota.notification.Notice;

/**
 * Tells the party the [603] contract now waits on, in the transaction of the step (a {@link Notice} event; the
 * notification feature stores it and mails it after commit). Texts name the contract by its number, nothing personal.
 */
@Component
public class ContractNotices {
    private final ContractRepository contracts;
    private final ApplicationEventPublisher events;

    public ContractNotices(ContractRepository contracts, ApplicationEventPublisher events) {
        this.contracts = contracts;
        this.events = events;
    }

    /** What happened to the contract, and whom it concerns. */
    enum Event {
        REQUESTED, SIGNED_BY_PROVIDER, ACTIVATED, DECLINED, WITHDRAWN, EXPIRED, CLOSED_AT_TERM_END, EXECUTED
    }

    void tell(Long contractId, Event event) {
        Contract c = contracts.findById(contractId).orElseThrow();
        String n = "№ " + c.getNumber();
        String link = "/cabinet/contracts/" + c.getId();
        Long person = c.getPerson().getId();
        Long provider = c.getProvider().getId();
        switch (event) {
            case REQUESTED -> provider(provider, "Новый договор на заключении " + n + ": рассмотрите запрос получателя и подпишите договор или откажитесь", link);
            case SIGNED_BY_PROVIDER -> person(person, "Договор подписан поставщиком " + n + ": подпишите его или откажитесь", link);
            case ACTIVATED -> {
                provider(provider, "Договор " + n + " подписан получателем и вступил в действие", link);
                person(person, "Договор " + n + " вступил в действие. Сформирован акт оказанных услуг: подпишите его после оказания услуг", link);
            }
            case DECLINED -> {
                String why = c.getDeclineReason() == null ? "" : ": " + c.getDeclineReason();
                provider(provider, "Договор " + n + " отклонён" + why, link);
                person(person, "Договор " + n + " отклонён" + why, link);
            }
            case WITHDRAWN -> provider(provider, "Получатель отозвал запрос договора " + n, link);
            case EXPIRED -> {
                provider(provider, "Договор " + n + " не подписан получателем в срок и отклонён", link);
                person(person, "Договор " + n + " не подписан в срок и отклонён", link);
            }
            case CLOSED_AT_TERM_END -> {
                provider(provider, "Договор " + n + " закрыт по окончании срока: акт оказанных услуг не подписан", link);
                person(person, "Договор " + n + " закрыт по окончании срока: акт оказанных услуг не подписан", link);
            }
            case EXECUTED -> {
                provider(provider, "Акт по договору " + n + " подписан получателем: договор исполнен", link);
                person(person, "Договор " + n + " исполнен. Оцените работу поставщика", link);
            }
        }
    }

    private void person(Long id, String text, String link) {
        events.publishEvent(Notice.toPerson(id, text, link));
    }

    private void provider(Long id, String text, String link) {
        events.publishEvent(Notice.toProvider(id, text, link));
    }
}
