package ru.zabota.catalogcontract;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.TimeConfig;
import ru.zabota.catalog.AdViews;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;
import ru.zabota.notification.Notice;
import ru.zabota.people.Person;
import ru.zabota.people.PersonRepository;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ProviderRepository;
import ru.zabota.workflow.Actor;
import ru.zabota.workflow.StaffDirectory;
import ru.zabota.workflow.Workflow;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ru.zabota.catalogcontract.CatalogContractProcess.*;
import static ru.zabota.catalogcontract.CatalogContractProcess.Vars.*;
import static ru.zabota.catalogcontract.CatalogContractSignature.Party;
import static ru.zabota.workflow.ProcessVariable.values;

/**
 * The catalog contract (seed 000 «Заключение контракта (договора) на оказание услуг по каталогу»). Each portal
 * action locks the contract's row, checks the domain (the record is the actor's, the step is open, the input is
 * valid), records its fact (a signature, a comment, a decline with who declined) and takes the process's step
 * through the {@link Workflow} port, in one transaction. The process's service tasks call back the {@code mark…}
 * methods, which verify that fact before they change a status and tell the party who now has to act.
 */
@Service
@Transactional
public class CatalogContractService {
    static final int MAX_TEXT = 2000;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("10000");
    static final BigDecimal MAX_COST = new BigDecimal("10000000");

    private final CatalogContractRepository contracts;
    private final CatalogContractSignatureRepository signatures;
    private final CatalogContractAuditRepository audit;
    private final AdViews ads;
    private final ProviderRepository providers;
    private final PersonRepository people;
    private final Workflow workflow;
    private final Deadlines deadlines;
    private final ReceiptDesk receipts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CatalogContractService(CatalogContractRepository contracts, CatalogContractSignatureRepository signatures,
                                  CatalogContractAuditRepository audit, AdViews ads, ProviderRepository providers,
                                  PersonRepository people, Workflow workflow, Deadlines deadlines, ReceiptDesk receipts,
                                  ApplicationEventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.signatures = signatures;
        this.audit = audit;
        this.ads = ads;
        this.providers = providers;
        this.people = people;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.receipts = receipts;
        this.events = events;
        this.clock = clock;
    }

    // ---- the citizen orders ----------------------------------------------------------------------------------------

    /** «Заключить контракт» → «Сохранить»: a contract «Заключение» waiting for the provider. */
    public CatalogContract order(Long personId, Long adId, LocalDate plannedDate, BigDecimal quantity, String comment, String actor) {
        if (adId == null) throw DomainProblem.unprocessable("ad-required", "Укажите услугу из каталога");
        AdViews.PublicAdView ad = ads.publicAd(adId);
        LocalDate today = LocalDate.now(clock);
        if (plannedDate == null) throw DomainProblem.unprocessable("date-required", "Укажите планируемую дату оказания услуги");
        if (plannedDate.isBefore(today)) {
            throw DomainProblem.unprocessable("date-in-past", "Планируемая дата не может быть в прошлом");
        }
        if (plannedDate.isAfter(today.plusYears(1))) {
            throw DomainProblem.unprocessable("date-too-far", "Планируемая дата — не позднее чем через год");
        }
        BigDecimal q = positive(quantity, "quantity", "Укажите количество больше нуля (в единицах объявления: " + ad.unitLabel() + ")");
        String text = optionalText(comment, "Комментарий");
        Person person = people.findLockedById(personId).orElseThrow(() -> new NotFoundException("Нет такого человека"));
        Provider provider = providers.findById(ad.providerId()).orElseThrow(() -> new NotFoundException("Нет такого поставщика"));
        var now = clock.instant();
        CatalogContract c = contracts.saveAndFlush(new CatalogContract(ad.id(), provider, person, ad.shortName(), ad.unit(),
                ad.price(), plannedDate, q, text, actor, now));
        c.numbered(LocalDate.now(clock).getYear());
        audit.save(new CatalogContractAudit(c.getId(), actor, now, null, CatalogContractStatus.CONCLUDING, "Заказ услуги по каталогу"));
        workflow.start(KEY, c.getNumber(), values(
                CONTRACT_ID.is(c.getId()),
                PROVIDER_ACTOR.is(Actor.providerOrganisation(provider.getId()).id()),
                CITIZEN_ACTOR.is(Actor.person(personId).id()),
                PROVIDER_DUE.is(deadlines.providerDue())));
        events.publishEvent(Notice.toProvider(provider.getId(), "Новый заказ по каталогу № " + c.getNumber() + ": «"
                + c.getServiceTitle() + "» на " + c.getPlannedDate() + ". Примите решение в течение "
                + deadlines.providerWorkingDays + " рабочих дней.", link(c)));
        return c;
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<CatalogContract> ofPerson(Long personId, Collection<CatalogContractStatus> statuses, Pageable page) {
        return statuses == null || statuses.isEmpty() ? contracts.findByPersonIdOrderByCreatedAtDescIdDesc(personId, page)
                : contracts.findByPersonIdAndStatusInOrderByCreatedAtDescIdDesc(personId, statuses, page);
    }

    @Transactional(readOnly = true)
    public Page<CatalogContract> ofProvider(Long providerId, Collection<CatalogContractStatus> statuses, Pageable page) {
        return statuses == null || statuses.isEmpty() ? contracts.findByProviderIdOrderByCreatedAtDescIdDesc(providerId, page)
                : contracts.findByProviderIdAndStatusInOrderByCreatedAtDescIdDesc(providerId, statuses, page);
    }

    /** The contract if the caller is its citizen (personId) or works for its provider (providerId); else 404. */
    @Transactional(readOnly = true)
    public CatalogContract visible(Long id, Long personId, Long providerId) {
        return contracts.findById(id).filter(c -> c.getPerson().getId().equals(personId) || c.getProvider().getId().equals(providerId))
                .orElseThrow(() -> new NotFoundException("Нет такого контракта"));
    }

    @Transactional(readOnly = true)
    public List<CatalogContractSignature> signaturesOf(Long id) {
        return signatures.findByContractIdOrderBySignedAtAscIdAsc(id);
    }

    @Transactional(readOnly = true)
    public List<CatalogContractAudit> historyOf(Long id) {
        return audit.findByContractIdOrderByHappenedAtAscIdAsc(id);
    }

    /** What the process waits for now from this side of the contract (the card's actions). */
    @Transactional(readOnly = true)
    public List<String> openSteps(CatalogContract c, Long personId, Long providerId) {
        if (c.getStatus() == CatalogContractStatus.DECLINED || c.getStatus() == CatalogContractStatus.CANCELLED) return List.of();
        Actor actor = providerId != null ? Actor.providerOrganisation(providerId) : Actor.person(personId);
        return workflow.openSteps(c.getNumber(), actor, Steps.PROVIDER_REVIEW, Steps.CITIZEN_REVIEW, Steps.DONE,
                Steps.ACCEPTANCE, Steps.PAYMENT).stream().map(s -> s.activityId()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ReceiptDesk.ReceiptInfo> receiptOf(CatalogContract c) {
        return c.getReceiptId() == null ? Optional.empty() : receipts.of(c.getReceiptId());
    }

    // ---- the provider decides ---------------------------------------------------------------------------------------

    /** «Заключить договор» (signed by the provider) or «Отказаться» with a reason the citizen sees. */
    public CatalogContract providerDecision(Long providerId, Long id, Decision decision, String comment, String actor) {
        CatalogContract c = locked(id, null, providerId);
        requireStatus(c, CatalogContractStatus.CONCLUDING, "Решение по заказу уже принято");
        requireOpen(Steps.PROVIDER_REVIEW, c);
        if (decision == null) throw DomainProblem.unprocessable("decision-required", "Выберите решение: заключить договор или отказаться");
        if (decision == Decision.DECLINE) {
            String reason = requiredText(comment, "Укажите причину отказа: её увидит гражданин");
            c.providerComment(reason);
            c.ended("Поставщик отказался: " + reason, actor);
        } else {
            c.providerComment(optionalText(comment, "Комментарий"));
            sign(c, Party.PROVIDER_ACCEPT, actor);
        }
        contracts.flush();
        workflow.complete(Steps.PROVIDER_REVIEW, c.getNumber(), Actor.providerOrganisation(providerId), values(PROVIDER_DECISION.is(decision)));
        return c;
    }

    // ---- the citizen decides ----------------------------------------------------------------------------------------

    /** «Заключить договор» (signed by the citizen) → «В работе», or a decline. */
    public CatalogContract citizenDecision(Long personId, Long id, Decision decision, String comment, String actor) {
        CatalogContract c = locked(id, personId, null);
        requireStatus(c, CatalogContractStatus.CONCLUDING, "Договор уже заключён или закрыт");
        requireOpen(Steps.CITIZEN_REVIEW, c);
        if (decision == null) throw DomainProblem.unprocessable("decision-required", "Выберите решение: заключить договор или отказаться");
        if (decision == Decision.DECLINE) {
            String text = optionalText(comment, "Комментарий");
            c.citizenComment(text);
            c.ended("Гражданин отказался" + (text == null ? "" : ": " + text), actor);
        } else {
            c.citizenComment(optionalText(comment, "Комментарий"));
            sign(c, Party.CITIZEN_ACCEPT, actor);
        }
        contracts.flush();
        workflow.complete(Steps.CITIZEN_REVIEW, c.getNumber(), Actor.person(personId), values(CITIZEN_DECISION.is(decision)));
        return c;
    }

    // ---- the provider marks the service done ------------------------------------------------------------------------

    /** The actual quantity and cost; the contract is marked done, signed by the provider. */
    public CatalogContract done(Long providerId, Long id, BigDecimal quantity, BigDecimal actualCost, String actor) {
        CatalogContract c = locked(id, null, providerId);
        requireStatus(c, CatalogContractStatus.IN_WORK, "Отметить выполнение можно у контракта «В работе»");
        requireOpen(Steps.DONE, c);
        BigDecimal q = positive(quantity, "quantity", "Укажите фактическое количество больше нуля");
        if (actualCost == null) throw DomainProblem.unprocessable("cost-required", "Укажите фактическую стоимость");
        if (actualCost.signum() < 0) throw DomainProblem.unprocessable("negative-cost", "Стоимость не может быть отрицательной");
        if (actualCost.compareTo(MAX_COST) > 0 || actualCost.scale() > 2) {
            throw DomainProblem.unprocessable("invalid-cost", "Стоимость — до 10 000 000 ₽, не больше двух знаков после запятой");
        }
        c.done(q, actualCost);
        sign(c, Party.PROVIDER_DONE, actor);
        contracts.flush();
        workflow.complete(Steps.DONE, c.getNumber(), Actor.providerOrganisation(providerId), Map.of());
        return c;
    }

    // ---- the citizen accepts the cost -------------------------------------------------------------------------------

    /** «Принять» → «Исполнен» and a receipt, or «Оспорить» with a comment → back to the provider. */
    public CatalogContract acceptance(Long personId, Long id, Acceptance decision, String comment, String actor) {
        CatalogContract c = locked(id, personId, null);
        requireStatus(c, CatalogContractStatus.DONE, "Подтвердить стоимость можно после отметки поставщика о выполнении");
        requireOpen(Steps.ACCEPTANCE, c);
        if (decision == null) throw DomainProblem.unprocessable("decision-required", "Выберите: принять стоимость или оспорить");
        if (decision == Acceptance.DISPUTE) {
            c.disputed(requiredText(comment, "Опишите, что не так со стоимостью или объёмом: это увидит поставщик"), actor);
        } else {
            sign(c, Party.CITIZEN_COST, actor);
        }
        contracts.flush();
        workflow.complete(Steps.ACCEPTANCE, c.getNumber(), Actor.person(personId), values(ACCEPTANCE.is(decision)));
        return c;
    }

    // ---- the provider confirms the payment --------------------------------------------------------------------------

    /** «Подтвердить оплату» or «Отклонить» with a reason, on the receipt of the provider's contract. */
    public CatalogContract payment(Long providerId, Long receiptId, Payment decision, String reason, String actor) {
        Long id = contracts.findByReceiptId(receiptId).filter(c -> c.getProvider().getId().equals(providerId))
                .map(CatalogContract::getId).orElseThrow(() -> new NotFoundException("Нет такой квитанции"));
        CatalogContract c = locked(id, null, providerId);
        if (c.getPaymentDecision() != null) {
            throw DomainProblem.conflict("payment-decided", "Решение по оплате этой квитанции уже принято");
        }
        requireOpen(Steps.PAYMENT, c);
        if (decision == null) throw DomainProblem.unprocessable("decision-required", "Выберите: подтвердить оплату или отклонить");
        String text = decision == Payment.REJECT
                ? requiredText(reason, "Укажите причину отклонения оплаты: её увидит гражданин") : optionalText(reason, "Комментарий");
        c.paymentDecided(decision, text, actor);
        contracts.flush();
        workflow.complete(Steps.PAYMENT, c.getNumber(), Actor.providerOrganisation(providerId), values(PAYMENT.is(decision)));
        return c;
    }

    // ---- the process's steps ----------------------------------------------------------------------------------------

    /** «Зафиксировать подпись поставщика»: the provider's signature on the current text; the citizen now decides. */
    public void markProviderAccepted(Long id) {
        CatalogContract c = byId(id);
        if (c.getStatus() != CatalogContractStatus.CONCLUDING) throw new IllegalStateException(c.getNumber() + " is " + c.getStatus());
        CatalogContractSignature s = requireSignature(c, Party.PROVIDER_ACCEPT);
        audit.save(new CatalogContractAudit(c.getId(), s.getSigner(), clock.instant(), c.getStatus(), c.getStatus(),
                "Договор подписан поставщиком"));
        events.publishEvent(Notice.toPerson(c.getPerson().getId(), "Поставщик принял заказ № " + c.getNumber() + " «"
                + c.getServiceTitle() + "» и подписал договор. Заключите договор или откажитесь в течение "
                + deadlines.citizenDays + " дней.", link(c)));
    }

    /** «Начать работу»: both signatures on record → «В работе» in both cabinets. */
    public void markInWork(Long id) {
        CatalogContract c = byId(id);
        requireSignature(c, Party.PROVIDER_ACCEPT);
        CatalogContractSignature s = requireSignature(c, Party.CITIZEN_ACCEPT);
        move(c, CatalogContractStatus.IN_WORK, s.getSigner(), "Договор заключён: подписан поставщиком и гражданином");
        events.publishEvent(Notice.toProvider(c.getProvider().getId(), "Гражданин заключил договор № " + c.getNumber()
                + ": услуга «" + c.getServiceTitle() + "» в работе. После оказания укажите фактическую стоимость.", link(c)));
    }

    /** «Отклонить заказ»: a decline a party recorded, audited with that party's name. */
    public void markDeclined(Long id) {
        CatalogContract c = byId(id);
        if (c.getEndedBy() == null || c.getStatus() != CatalogContractStatus.CONCLUDING) {
            throw new IllegalStateException(c.getNumber() + ": no decline on record");
        }
        boolean byProvider = signatures.findFirstByContractIdAndPartyOrderByRoundDesc(c.getId(), Party.PROVIDER_ACCEPT).isEmpty();
        move(c, CatalogContractStatus.DECLINED, c.getEndedBy(), c.getEndReason());
        if (byProvider) {
            events.publishEvent(Notice.toPerson(c.getPerson().getId(), "Поставщик отказался от заказа № " + c.getNumber()
                    + ". " + c.getEndReason(), link(c)));
        } else {
            events.publishEvent(Notice.toProvider(c.getProvider().getId(), "Гражданин отказался от договора № " + c.getNumber() + ".", link(c)));
        }
    }

    /** The provider did not answer in time: cancelled, both told. */
    public void cancelProviderSilent(Long id) {
        CatalogContract c = byId(id);
        if (c.getStatus() != CatalogContractStatus.CONCLUDING) throw new IllegalStateException(c.getNumber() + " is " + c.getStatus());
        cancel(c, "Заказ отменён автоматически: поставщик не ответил в течение " + deadlines.providerWorkingDays + " рабочих дней");
    }

    /** The citizen did not answer the provider's acceptance in time: cancelled, both told. */
    public void cancelCitizenSilent(Long id) {
        CatalogContract c = byId(id);
        if (c.getStatus() != CatalogContractStatus.CONCLUDING) throw new IllegalStateException(c.getNumber() + " is " + c.getStatus());
        requireSignature(c, Party.PROVIDER_ACCEPT);
        cancel(c, "Заказ отменён автоматически: гражданин не заключил договор в течение " + deadlines.citizenDays + " дней");
    }

    /** The provider never marked the service done: closed, both told. */
    public void cancelNotDone(Long id) {
        CatalogContract c = byId(id);
        if (c.getStatus() != CatalogContractStatus.IN_WORK) throw new IllegalStateException(c.getNumber() + " is " + c.getStatus());
        cancel(c, "Контракт закрыт: поставщик не отметил оказание услуги в течение " + deadlines.workGraceDays + " дней после срока");
    }

    /** «Зафиксировать выполнение»: the actual cost with the provider's signature on it; the citizen now checks. */
    public void markDone(Long id) {
        CatalogContract c = byId(id);
        if (c.getStatus() != CatalogContractStatus.IN_WORK || c.getActualCost() == null) {
            throw new IllegalStateException(c.getNumber() + ": no actual cost on record");
        }
        CatalogContractSignature s = requireSignature(c, Party.PROVIDER_DONE);
        if (!s.getDocumentHash().equals(hash(c))) throw new IllegalStateException(c.getNumber() + ": the signature is not on the current cost");
        move(c, CatalogContractStatus.DONE, s.getSigner(), "Услуга оказана: " + c.getActualQuantity().stripTrailingZeros().toPlainString()
                + ", стоимость " + c.getActualCost().toPlainString() + " ₽");
        events.publishEvent(Notice.toPerson(c.getPerson().getId(), "Услуга по контракту № " + c.getNumber()
                + " оказана, подтвердите стоимость: " + c.getActualCost().toPlainString() + " ₽. Без ответа в течение "
                + deadlines.acceptanceDays + " дней стоимость будет принята автоматически.", link(c)));
    }

    /** «Вернуть поставщику на исправление»: the citizen's dispute on record. */
    public void markDisputed(Long id) {
        CatalogContract c = byId(id);
        if (c.getStatus() != CatalogContractStatus.DONE || c.getDisputeComment() == null) {
            throw new IllegalStateException(c.getNumber() + ": no dispute on record");
        }
        String was = c.getActualCost() == null ? "" : " (было: " + c.getActualCost().toPlainString() + " ₽)";
        c.done(null, null);
        move(c, CatalogContractStatus.IN_WORK, c.getDisputedBy(), "Стоимость оспорена" + was + ": " + c.getDisputeComment());
        events.publishEvent(Notice.toProvider(c.getProvider().getId(), "Гражданин оспорил стоимость по контракту № "
                + c.getNumber() + ": " + c.getDisputeComment(), link(c)));
    }

    /** «Исполнить контракт»: the citizen's signature on the current cost. */
    public void markExecuted(Long id) {
        CatalogContract c = byId(id);
        if (c.getStatus() != CatalogContractStatus.DONE) throw new IllegalStateException(c.getNumber() + " is " + c.getStatus());
        CatalogContractSignature s = requireSignature(c, Party.CITIZEN_COST);
        if (!s.getDocumentHash().equals(hash(c))) throw new IllegalStateException(c.getNumber() + ": the citizen did not sign this cost");
        move(c, CatalogContractStatus.EXECUTED, s.getSigner(), "Гражданин принял стоимость: контракт исполнен");
    }

    /** No answer to the cost in time: accepted automatically, the citizen told. */
    public void acceptAutomatically(Long id) {
        CatalogContract c = byId(id);
        if (c.getStatus() != CatalogContractStatus.DONE) throw new IllegalStateException(c.getNumber() + " is " + c.getStatus());
        move(c, CatalogContractStatus.EXECUTED, StaffDirectory.SYSTEM, "Стоимость принята автоматически: гражданин не ответил в течение "
                + deadlines.acceptanceDays + " дней");
        events.publishEvent(Notice.toPerson(c.getPerson().getId(), "Стоимость по контракту № " + c.getNumber()
                + " принята автоматически: вы не ответили в течение " + deadlines.acceptanceDays + " дней.", link(c)));
    }

    /** «Сформировать квитанцию»: once per contract (the payment feature answers the same id again). */
    public Long issueReceipt(Long id, String unitLabel) {
        CatalogContract c = byId(id);
        if (c.getStatus() != CatalogContractStatus.EXECUTED) throw new IllegalStateException(c.getNumber() + " is " + c.getStatus());
        Long receiptId = receipts.issue(c, unitLabel);
        c.receipt(receiptId);
        audit.save(new CatalogContractAudit(c.getId(), StaffDirectory.SYSTEM, clock.instant(), c.getStatus(), c.getStatus(),
                "Сформирована квитанция на оплату: " + c.getActualCost().toPlainString() + " ₽"));
        String text = "Сформирована квитанция по контракту № " + c.getNumber() + " на " + c.getActualCost().toPlainString() + " ₽";
        events.publishEvent(Notice.toPerson(c.getPerson().getId(), text + ". Оплатите её по QR-коду в разделе «Оплата».", link(c)));
        events.publishEvent(Notice.toProvider(c.getProvider().getId(), text + ". После получения оплаты подтвердите её.", link(c)));
        return receiptId;
    }

    /** «Отметить квитанцию «Оплачена»»: the provider's confirmation on record. */
    public void markPaid(Long id) {
        CatalogContract c = byId(id);
        if (c.getPaymentDecision() != Payment.CONFIRM || c.getReceiptId() == null) throw new IllegalStateException(c.getNumber() + ": no confirmation on record");
        receipts.confirm(c.getReceiptId(), c.getPaymentDecidedBy());
        audit.save(new CatalogContractAudit(c.getId(), c.getPaymentDecidedBy(), clock.instant(), c.getStatus(), c.getStatus(), "Оплата подтверждена"));
        events.publishEvent(Notice.toPerson(c.getPerson().getId(), "Поставщик подтвердил оплату по контракту № " + c.getNumber() + ".", link(c)));
    }

    /** «Отметить квитанцию «Отклонена»»: the provider's rejection with its reason on record. */
    public void markPaymentRejected(Long id) {
        CatalogContract c = byId(id);
        if (c.getPaymentDecision() != Payment.REJECT || c.getReceiptId() == null) throw new IllegalStateException(c.getNumber() + ": no rejection on record");
        receipts.reject(c.getReceiptId(), c.getPaymentReason(), c.getPaymentDecidedBy());
        audit.save(new CatalogContractAudit(c.getId(), c.getPaymentDecidedBy(), clock.instant(), c.getStatus(), c.getStatus(),
                "Оплата отклонена: " + c.getPaymentReason()));
        events.publishEvent(Notice.toPerson(c.getPerson().getId(), "Поставщик отклонил оплату по контракту № " + c.getNumber()
                + ": " + c.getPaymentReason(), link(c)));
    }

    /**
     * The wait for the payment ended without the provider's answer: the case ends, the receipt stays «На оплате»
     * (not paid is the safe reading); both are told.
     */
    public void closePaymentWait(Long id) {
        CatalogContract c = byId(id);
        if (c.getPaymentDecision() != null) throw new IllegalStateException(c.getNumber() + ": the payment was decided");
        audit.save(new CatalogContractAudit(c.getId(), StaffDirectory.SYSTEM, clock.instant(), c.getStatus(), c.getStatus(),
                "Срок ожидания оплаты (" + deadlines.paymentWaitDays + " дней) истёк: квитанция остаётся «На оплате»"));
        String text = "Оплата по контракту № " + c.getNumber() + " не подтверждена поставщиком за " + deadlines.paymentWaitDays
                + " дней: квитанция остаётся неоплаченной.";
        events.publishEvent(Notice.toPerson(c.getPerson().getId(), text, link(c)));
        events.publishEvent(Notice.toProvider(c.getProvider().getId(), text, link(c)));
    }

    @Transactional(readOnly = true)
    public LocalDate plannedDate(Long id) {
        return byId(id).getPlannedDate();
    }

    // ---- the document ------------------------------------------------------------------------------------------------

    /** The canonical text a signature covers: any later change of the order, the comments or the cost changes its hash. */
    public String canonicalText(CatalogContract c) {
        StringBuilder sb = new StringBuilder("Контракт на оказание услуги по каталогу № ").append(c.getNumber()).append('\n');
        sb.append("Поставщик: ").append(c.getProvider().getFullName()).append(", ИНН ").append(c.getProvider().getInn()).append('\n');
        sb.append("Получатель: ").append(c.getPerson().getFullName()).append('\n');
        sb.append("Услуга: ").append(c.getServiceTitle()).append("; ед.: ").append(c.getUnit()).append("; цена: ")
                .append(c.getUnitPrice().toPlainString()).append('\n');
        sb.append("Количество: ").append(c.getQuantity().stripTrailingZeros().toPlainString()).append("; дата: ").append(c.getPlannedDate()).append('\n');
        if (c.getRequestComment() != null) sb.append("Комментарий гражданина: ").append(c.getRequestComment()).append('\n');
        if (c.getProviderComment() != null) sb.append("Комментарий поставщика: ").append(c.getProviderComment()).append('\n');
        if (c.getActualCost() != null) {
            sb.append("Фактически: ").append(c.getActualQuantity().stripTrailingZeros().toPlainString()).append("; стоимость: ")
                    .append(c.getActualCost().toPlainString()).append('\n');
        }
        return sb.toString();
    }

    public String hash(CatalogContract c) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalText(c).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private CatalogContract byId(Long id) {
        return contracts.findById(id).orElseThrow(() -> new IllegalStateException("No catalog contract " + id));
    }

    /** The contract's row locked for this action; 404 unless it is the caller's (person or provider). */
    private CatalogContract locked(Long id, Long personId, Long providerId) {
        return contracts.findLockedById(id)
                .filter(c -> (personId != null && c.getPerson().getId().equals(personId)) || (providerId != null && c.getProvider().getId().equals(providerId)))
                .orElseThrow(() -> new NotFoundException("Нет такого контракта"));
    }

    private void requireOpen(ru.zabota.workflow.PortalStep step, CatalogContract c) {
        if (!workflow.isOpen(step, c.getNumber())) {
            throw DomainProblem.conflict("step-not-open", "Этот шаг сейчас недоступен: обновите страницу");
        }
    }

    private static void requireStatus(CatalogContract c, CatalogContractStatus status, String detail) {
        if (c.getStatus() != status) throw DomainProblem.conflict("wrong-status", detail);
    }

    private void sign(CatalogContract c, Party party, String signer) {
        int round = signatures.findFirstByContractIdAndPartyOrderByRoundDesc(c.getId(), party).map(s -> s.getRound() + 1).orElse(1);
        signatures.saveAndFlush(new CatalogContractSignature(c.getId(), party, round, signer, clock.instant(), hash(c)));
    }

    private CatalogContractSignature requireSignature(CatalogContract c, Party party) {
        return signatures.findFirstByContractIdAndPartyOrderByRoundDesc(c.getId(), party).orElseThrow(() ->
                new IllegalStateException(c.getNumber() + ": no " + party + " signature on record"));
    }

    private void move(CatalogContract c, CatalogContractStatus to, String actor, String note) {
        CatalogContractStatus from = c.getStatus();
        c.moveTo(to, clock.instant());
        audit.save(new CatalogContractAudit(c.getId(), actor == null ? StaffDirectory.SYSTEM : actor, clock.instant(), from, to, note));
    }

    private void cancel(CatalogContract c, String reason) {
        c.ended(reason, StaffDirectory.SYSTEM);
        move(c, CatalogContractStatus.CANCELLED, StaffDirectory.SYSTEM, reason);
        events.publishEvent(Notice.toPerson(c.getPerson().getId(), "Контракт № " + c.getNumber() + ": " + reason + ".", link(c)));
        events.publishEvent(Notice.toProvider(c.getProvider().getId(), "Контракт № " + c.getNumber() + ": " + reason + ".", link(c)));
    }

    static String link(CatalogContract c) {
        return "/catalog-contracts/" + c.getId();
    }

    private static BigDecimal positive(BigDecimal value, String field, String detail) {
        if (value == null || value.signum() <= 0 || value.compareTo(MAX_QUANTITY) > 0 || value.scale() > 2) {
            throw DomainProblem.unprocessable("invalid-" + field, detail);
        }
        return value;
    }

    private static String optionalText(String text, String what) {
        if (text == null || text.isBlank()) return null;
        if (text.length() > MAX_TEXT) throw DomainProblem.unprocessable("text-too-long", what + " — не длиннее " + MAX_TEXT + " символов");
        return text.trim();
    }

    private static String requiredText(String text, String detail) {
        if (text == null || text.isBlank()) throw DomainProblem.unprocessable("text-required", detail);
        return optionalText(text, "Текст");
    }

    static java.time.ZoneId zone() {
        return TimeConfig.REGION_ZONE;
    }
}
