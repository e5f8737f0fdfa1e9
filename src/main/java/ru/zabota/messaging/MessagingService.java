package ru.zabota.messaging;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.TimeConfig;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;
import ru.zabota.notification.Notice;
import ru.zabota.people.Person;
import ru.zabota.people.PersonRepository;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ProviderRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Threads between a person and a provider organisation. Only a citizen starts one (seed 000: «Инициатором направления
 * сообщений является гражданин»); both sides continue it. Another party's thread answers 404; an empty or too long
 * text 422 with nothing saved.
 */
@Service
@Transactional
public class MessagingService {
    public static final int MAX_TEXT = 4000;
    private static final int PREVIEW = 160;

    private final MessageThreadRepository threads;
    private final ThreadMessageRepository messages;
    private final PersonRepository people;
    private final ProviderRepository providers;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public MessagingService(MessageThreadRepository threads, ThreadMessageRepository messages, PersonRepository people,
                            ProviderRepository providers, Clock clock, ApplicationEventPublisher events) {
        this.threads = threads;
        this.messages = messages;
        this.people = people;
        this.providers = providers;
        this.clock = clock;
        this.events = events;
    }

    /** 1–4000 characters of text, not only spaces. */
    static String checkedText(String text) {
        if (text == null || text.isBlank()) {
            throw DomainProblem.unprocessable("empty-message", "Введите текст сообщения");
        }
        if (text.length() > MAX_TEXT) {
            throw DomainProblem.unprocessable("message-too-long",
                    "Сообщение не длиннее " + MAX_TEXT + " символов (сейчас " + text.length() + ")");
        }
        return text.strip();
    }

    /** The provider a citizen may write to: one in the registry of providers. */
    @Transactional(readOnly = true)
    public Provider addressee(Long providerId) {
        if (providerId == null) throw DomainProblem.unprocessable("no-provider", "Укажите поставщика, которому пишете");
        return providers.findById(providerId).filter(Provider::isInRegistry)
                .orElseThrow(() -> new NotFoundException("Нет такого поставщика"));
    }

    /**
     * «Отправить сообщение» from a provider's card or an ad: the person's thread with the provider (about the catalog
     * contract, if given) gets the message; the first one opens the thread.
     */
    public MessageThread start(MessagingParty party, String author, Long providerId, String text, Long catalogContractId) {
        if (party.side() != Side.PERSON) {
            throw new DomainProblem(org.springframework.http.HttpStatus.FORBIDDEN, "citizen-starts",
                    "Переписку начинает гражданин: ответьте в разделе «Сообщения»");
        }
        String body = checkedText(text);
        if (catalogContractId != null && catalogContractId <= 0) {
            throw DomainProblem.unprocessable("invalid-contract", "Неверный номер контракта");
        }
        Provider provider = addressee(providerId);
        // parallel first messages queue on the person's row, so the second finds the thread the first opened
        people.findLockedById(party.id()).orElseThrow(() -> new NotFoundException("Нет такого человека"));
        Instant now = clock.instant();
        MessageThread thread = threads.findExisting(party.id(), provider.getId(), catalogContractId).stream().findFirst()
                .orElseGet(() -> threads.save(new MessageThread(party.id(), provider.getId(), catalogContractId, now)));
        add(thread, party, author, body, now);
        return thread;
    }

    /** A reply in a thread of the actor's side. */
    public MessageThread reply(MessagingParty party, Long threadId, String author, String text) {
        MessageThread thread = threads.findLockedById(threadId).filter(t -> t.isOf(party))
                .orElseThrow(() -> new NotFoundException("Нет такой переписки"));
        add(thread, party, author, checkedText(text), clock.instant());
        return thread;
    }

    private void add(MessageThread thread, MessagingParty party, String author, String body, Instant now) {
        ThreadMessage m = messages.saveAndFlush(new ThreadMessage(thread.getId(), party.side(), author, body, now));
        thread.touched(now);
        // one's own messages are never unread for one's side (unread counts only the other side's); writing from a card
        // does not mark the other side's messages read: only opening the thread does
        // the other side now has a message waiting for an answer
        String link = "/cabinet/messages/" + thread.getId();
        events.publishEvent(party.side() == Side.PERSON
                ? Notice.toProvider(thread.getProviderId(), "Новое сообщение от получателя услуг: " + author, link)
                : Notice.toPerson(thread.getPersonId(), "Новое сообщение от поставщика «" + providerName(thread.getProviderId()) + "»", link));
    }

    @Transactional(readOnly = true)
    public Page<MessagingViews.ThreadSummary> threads(MessagingParty party, Pageable page) {
        Page<MessageThread> found = party.side() == Side.PERSON
                ? threads.findByPersonIdOrderByLastMessageAtDescIdDesc(party.id(), page)
                : threads.findByProviderIdOrderByLastMessageAtDescIdDesc(party.id(), page);
        return found.map(t -> summary(t, party));
    }

    /** The thread with its messages; reading it marks the other side's messages read for the reader's side. */
    public MessagingViews.ThreadView open(MessagingParty party, Long threadId) {
        MessageThread t = threads.findById(threadId).filter(x -> x.isOf(party))
                .orElseThrow(() -> new NotFoundException("Нет такой переписки"));
        List<ThreadMessage> all = messages.findByThreadIdOrderByIdAsc(t.getId());
        if (!all.isEmpty()) t.readUpto(party.side(), all.get(all.size() - 1).getId());
        String person = personName(t.getPersonId());
        String provider = providerName(t.getProviderId());
        return new MessagingViews.ThreadView(t.getId(), t.getPersonId(), person, t.getProviderId(), provider,
                party.side() == Side.PERSON ? provider : person, t.getCatalogContractId(),
                MessagingViews.contractLink(t.getCatalogContractId()),
                all.stream().map(m -> new MessagingViews.MessageView(m.getId(), m.getAuthorSide(), m.getAuthorName(),
                        m.getBody(), local(m.getCreatedAt()), m.getAuthorSide() == party.side())).toList());
    }

    /** Unread messages of the other side over all the party's threads (the cabinet menu's count). */
    @Transactional(readOnly = true)
    public long unread(MessagingParty party) {
        return party.side() == Side.PERSON ? messages.unreadByPerson(party.id()) : messages.unreadByProvider(party.id());
    }

    private MessagingViews.ThreadSummary summary(MessageThread t, MessagingParty party) {
        ThreadMessage last = messages.findFirstByThreadIdOrderByIdDesc(t.getId()).orElse(null);
        long readUpto = party.side() == Side.PERSON ? t.getPersonReadUpto() : t.getProviderReadUpto();
        long unread = messages.countByThreadIdAndAuthorSideAndIdGreaterThan(t.getId(), party.side().other(), readUpto);
        String person = personName(t.getPersonId());
        String provider = providerName(t.getProviderId());
        String preview = last == null ? "" : last.getBody().length() > PREVIEW ? last.getBody().substring(0, PREVIEW) + "…" : last.getBody();
        return new MessagingViews.ThreadSummary(t.getId(), t.getPersonId(), person, t.getProviderId(), provider,
                party.side() == Side.PERSON ? provider : person, preview, last == null ? null : last.getAuthorName(),
                local(t.getLastMessageAt()), unread, t.getCatalogContractId(), MessagingViews.contractLink(t.getCatalogContractId()));
    }

    private String personName(Long id) {
        return people.findById(id).map(Person::getFullName).orElse("—");
    }

    private String providerName(Long id) {
        return providers.findById(id).map(Provider::getShortName).orElse("—");
    }

    private static LocalDateTime local(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, TimeConfig.REGION_ZONE);
    }
}
