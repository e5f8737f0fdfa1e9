package ru.zabota.contract;

import ru.zabota.common.Amounts;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.cases.CaseStatus;
import ru.zabota.cases.CaseType;
import ru.zabota.cases.SocialCase;
import ru.zabota.cases.SocialCaseRepository;
import ru.zabota.cases.SocialCaseService;
import ru.zabota.certificate.Certificate;
import ru.zabota.certificate.CertificateService;
import ru.zabota.needs.Ippsu;
import ru.zabota.needs.IppsuLine;
import ru.zabota.needs.NeedsService;
import ru.zabota.people.Person;
import ru.zabota.people.PersonRepository;
import ru.zabota.common.DomainProblem;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ProviderRepository;
import ru.zabota.registry.ProviderReview;
import ru.zabota.registry.ProviderReviewRepository;
import ru.zabota.registry.ProviderService;
import ru.zabota.common.NotFoundException;
import ru.zabota.workflow.Actor;
import ru.zabota.workflow.StaffDirectory;
import ru.zabota.workflow.Workflow;
import ru.zabota.workflow.WorkingCalendar;

import ru.zabota.TimeConfig;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static ru.zabota.contract.SocialContractProcess.Decision;
import static ru.zabota.contract.SocialContractProcess.Steps;
import static ru.zabota.contract.SocialContractProcess.Vars.*;
import static ru.zabota.workflow.ProcessVariable.values;

/**
 * [603] contract: the citizen's request, the provider's edit and signature, the citizen's signature, declines.
 * Each portal action checks the domain (the record, the actor's right, the input), records its fact (a signature, a
 * decline with who declined) and then takes the process's step through the {@link Workflow} port, in one
 * transaction. The process's service tasks call back the {@code mark…} methods, which verify that fact before they
 * change a status: a message forged past this service changes nothing.
 */
@Service
@Transactional
public class ContractService {
    private static final EnumSet<ContractStatus> OPEN = EnumSet.of(ContractStatus.CONCLUDING, ContractStatus.SIGNING);
    /** Contracts that hold their services for their term: signed by the provider or by both. */
    private static final EnumSet<ContractStatus> BINDING = EnumSet.of(ContractStatus.SIGNING, ContractStatus.ACTIVE);

    private final ContractRepository contracts;
    private final ContractSignatureRepository signatures;
    private final SocialCaseService cases;
    private final SocialCaseRepository caseRepository;
    private final NeedsService needs;
    private final CertificateService certificates;
    private final PersonRepository people;
    private final ProviderRepository providers;
    private final FeeCalculator fees;
    private final Workflow workflow;
    private final WorkingCalendar calendar;
    private final DeliveryService deliveries;
    private final ProviderReviewRepository reviews;
    private final Clock clock;

    public ContractService(ContractRepository contracts, ContractSignatureRepository signatures, SocialCaseService cases,
                           SocialCaseRepository caseRepository, NeedsService needs, CertificateService certificates,
                           PersonRepository people, ProviderRepository providers, FeeCalculator fees, Workflow workflow,
                           WorkingCalendar calendar, DeliveryService deliveries,
                           ProviderReviewRepository reviews, Clock clock) {
        this.contracts = contracts;
        this.signatures = signatures;
        this.cases = cases;
        this.caseRepository = caseRepository;
        this.needs = needs;
        this.certificates = certificates;
        this.people = people;
        this.providers = providers;
        this.fees = fees;
        this.workflow = workflow;
        this.calendar = calendar;
        this.deliveries = deliveries;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Tells the party a step now waits on (issue 12): field-injected to keep the constructor as it was. */
    @org.springframework.beans.factory.annotation.Autowired
    private ContractNotices notices;

    // ---- the citizen ------------------------------------------------------------------------------------------

    /** «Заключить договор» → «Да»: case [603] and a contract «На заключении» with the services this provider offers. */
    public Contract request(Long personId, Long providerId, ContractBasis basis, Long basisId, String actor) {
        if (providerId == null || basis == null || basisId == null) {
            throw DomainProblem.unprocessable("invalid-request", "Укажите поставщика и основание договора");
        }
        // one open request per person and provider: parallel clicks queue on the person's row and the second finds the first
        Person person = people.findLockedById(personId).orElseThrow(() -> new NotFoundException("Нет такого человека"));
        Provider provider = providers.findWithServicesById(providerId).filter(Provider::isInRegistry)
                .orElseThrow(() -> new NotFoundException("Нет такого поставщика"));
        Ippsu ippsu = needs.ippsuInForce(personId).orElseThrow(() -> DomainProblem.unprocessable("no-active-ippsu",
                "Нет действующей индивидуальной программы предоставления социальных услуг (ИППСУ)."));
        if (basis == ContractBasis.IPPSU && !ippsu.getId().equals(basisId)) throw new NotFoundException("Нет такой ИППСУ");
        if (basis == ContractBasis.CERTIFICATE) {
            Certificate cert = certificates.ownCertificate(personId, basisId);
            if (cert.getValidUntil().isBefore(LocalDate.now(clock))) {
                throw DomainProblem.unprocessable("certificate-expired", "Срок действия сертификата № %s истёк %s"
                        .formatted(cert.getNumber(), day(cert.getValidUntil())));
            }
            if (cert.getRecommendedProviders().stream().noneMatch(p -> p.getId().equals(providerId))) {
                throw DomainProblem.unprocessable("provider-not-recommended", "Поставщик не указан в сертификате как рекомендуемый");
            }
        }
        if (contracts.existsByPersonIdAndProviderIdAndStatusIn(personId, providerId, OPEN)) {
            throw DomainProblem.conflict("open-request-exists", "С этим поставщиком уже есть незавершённый запрос на заключение договора");
        }
        Map<Long, ProviderService> offered = provider.getServices().stream()
                .collect(Collectors.toMap(s -> s.getServiceType().getId(), Function.identity()));
        List<IppsuLine> matching = ippsu.getServices().stream().filter(l -> offered.containsKey(l.getServiceType().getId())).toList();
        if (matching.isEmpty()) {
            throw DomainProblem.unprocessable("provider-offers-none",
                    "«" + provider.getShortName() + "» не оказывает ни одной услуги из вашей ИППСУ. Выберите другого поставщика.");
        }
        SocialCase c = cases.open(CaseType.CONTRACT_603, person, actor);
        Contract contract = new Contract(c.getNumber(), c.getId(), person, provider, basis, basisId, ippsu.getServiceForm(), actor, clock.instant());
        for (IppsuLine l : matching) {
            contract.add(l.getServiceType(), offered.get(l.getServiceType().getId()).getTariff(), l.getVolume(), l.getFrequency());
        }
        contracts.save(contract);
        c.setProcessInstanceId(workflow.start(SocialContractProcess.KEY, c.getNumber(), values(
                CONTRACT_ID.is(contract.getId()),
                CASE_ID.is(c.getId()),
                PROVIDER_ACTOR.is(Actor.providerOrganisation(providerId).id()),
                RECIPIENT_ACTOR.is(Actor.person(personId).id()),
                PROVIDER_DUE.is(calendar.dueAfter(1)))));
        notices.tell(contract.getId(), ContractNotices.Event.REQUESTED);
        return contract;
    }

    /** The person's request to this provider that is still being concluded, if any (only one may be open). */
    @Transactional(readOnly = true)
    public Optional<Contract> openRequest(Long personId, Long providerId) {
        return contracts.findByPersonIdAndStatusIn(personId, OPEN).stream()
                .filter(c -> c.getProvider().getId().equals(providerId)).findFirst();
    }

    @Transactional(readOnly = true)
    public Page<Contract> ofPerson(Long personId, Pageable page) {
        return contracts.findByPersonIdOrderByCreatedAtDesc(personId, page);
    }

    @Transactional(readOnly = true)
    public Page<Contract> ofProvider(Long providerId, Pageable page) {
        return contracts.findByProviderIdOrderByCreatedAtDesc(providerId, page);
    }

    /** «Получатели услуг»: the provider's contracts that its signature made binding (signing, active, executed). */
    @Transactional(readOnly = true)
    public Page<Contract> recipientsOf(Long providerId, Pageable page) {
        return contracts.findByProviderIdAndStatusInOrderByCreatedAtDesc(providerId,
                EnumSet.of(ContractStatus.SIGNING, ContractStatus.ACTIVE, ContractStatus.EXECUTED), page);
    }

    /** The contract of a case [603], for staff. */
    @Transactional(readOnly = true)
    public Optional<Contract> ofCase(Long caseId) {
        return contracts.findByCaseId(caseId);
    }

    @Transactional(readOnly = true)
    public List<Contract> activeOfProvider(Long providerId) {
        return contracts.findByProviderIdAndStatusOrderByCreatedAtDesc(providerId, ContractStatus.ACTIVE);
    }

    /** The contract if the caller is its recipient (personId) or works for its provider (providerId); else 404. */
    @Transactional(readOnly = true)
    public Contract visible(Long contractId, Long personId, Long providerId) {
        return contracts.findWithLinesById(contractId)
                .filter(c -> c.getPerson().getId().equals(personId) || c.getProvider().getId().equals(providerId))
                .orElseThrow(() -> new NotFoundException("Нет такого договора"));
    }

    // ---- the provider -----------------------------------------------------------------------------------------

    private Contract ofProvider(Long contractId, Long providerId) {
        return contracts.findWithLinesById(contractId).filter(c -> c.getProvider().getId().equals(providerId))
                .orElseThrow(() -> new NotFoundException("Нет такого договора"));
    }

    private static void requireStatus(Contract c, ContractStatus status, String detail) {
        if (c.getStatus() != status) throw DomainProblem.conflict("wrong-status", detail);
    }

    public Contract removeLine(Long providerId, Long contractId, Long lineId) {
        Contract c = ofProvider(contractId, providerId);
        requireStatus(c, ContractStatus.CONCLUDING, "Услуги можно менять только у договора «На заключении»");
        ContractLine line = c.getLines().stream().filter(l -> l.getId().equals(lineId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Нет такой услуги в договоре"));
        if (c.getLines().size() == 1) {
            throw DomainProblem.unprocessable("last-service", "Последнюю услугу удалить нельзя: договор без услуг не заключается");
        }
        c.getLines().remove(line);
        return c;
    }

    /** «Сохранить период действия договора»: inside the ИППСУ term. */
    public Contract setTerm(Long providerId, Long contractId, LocalDate from, LocalDate to) {
        Contract c = ofProvider(contractId, providerId);
        requireStatus(c, ContractStatus.CONCLUDING, "Период можно менять только у договора «На заключении»");
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainProblem.unprocessable("invalid-term", "Укажите начало и окончание периода; окончание не раньше начала");
        }
        Ippsu ippsu = needs.ippsuInForce(c.getPerson().getId()).orElseThrow(() ->
                DomainProblem.unprocessable("no-active-ippsu", "У получателя нет действующей ИППСУ"));
        if (from.isBefore(ippsu.getValidFrom()) || to.isAfter(ippsu.getValidTo())) {
            throw DomainProblem.unprocessable("term-outside-ippsu", "Период договора должен быть внутри срока ИППСУ: %s — %s"
                    .formatted(ippsu.getValidFrom(), ippsu.getValidTo()));
        }
        c.term(from, to);
        checkLimits(c);
        return c;
    }

    /**
     * «Изменить объём»: the provider sets a service's volume for the term — at least one unit and at most what the
     * ИППСУ allows for the term by its periodicity; under a certificate, within its value and volume. Refused with
     * the line and the limit named, nothing saved.
     */
    public Contract setVolume(Long providerId, Long contractId, Long lineId, Integer volume) {
        Contract c = ofProvider(contractId, providerId);
        requireStatus(c, ContractStatus.CONCLUDING, "Объём услуг можно менять только у договора «На заключении»");
        ContractLine line = c.getLines().stream().filter(l -> l.getId().equals(lineId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Нет такой услуги в договоре"));
        if (c.getTermFrom() == null) {
            throw DomainProblem.unprocessable("term-required", "Сначала сохраните период действия договора: объём задаётся на период");
        }
        if (volume == null || volume < 1) {
            throw DomainProblem.unprocessable("invalid-volume", "Услуга «%s»: укажите объём за период — целое число не меньше 1"
                    .formatted(line.getServiceType().getName()));
        }
        line.setVolume(volume);
        checkLimits(c);
        return c;
    }

    // ---- the limits of the basis ------------------------------------------------------------------------------

    /**
     * A contract's lines and volumes against its basis: each line within the ИППСУ's volume for the term (by its
     * periodicity); under a certificate, the term within the certificate's validity and — when the provider signs,
     * after the volumes were adjusted — the term's cost within its value and the units within its volume; and no
     * service of the ИППСУ under another binding contract in an overlapping period. Throws 422 with the line and the
     * limit named; the caller's transaction saves nothing.
     */
    void checkLimits(Contract c) {
        checkLimits(c, false);
    }

    void checkLimits(Contract c, boolean signing) {
        if (c.getTermFrom() == null) return;
        for (ContractLine l : c.getLines()) {
            int allowed = c.ippsuVolumeForTerm(l);
            if (c.termVolume(l) > allowed) {
                throw DomainProblem.unprocessable("volume-over-ippsu", ("Услуга «%s»: объём %d ед. больше, чем допускает ИППСУ на период "
                        + "с %s по %s — %d ед. (периодичность: %s)").formatted(l.getServiceType().getName(), c.termVolume(l),
                        day(c.getTermFrom()), day(c.getTermTo()), allowed, l.periodicity().describe()));
            }
        }
        if (c.getBasis() == ContractBasis.CERTIFICATE) checkCertificate(c, certificates.ownCertificate(c.getPerson().getId(), c.getBasisId()), signing);
        checkOverlap(c);
    }

    private void checkCertificate(Contract c, Certificate cert, boolean signing) {
        if (c.getTermFrom().isBefore(cert.getValidFrom()) || c.getTermTo().isAfter(cert.getValidUntil())) {
            throw DomainProblem.unprocessable("term-outside-certificate", "Период договора должен быть в пределах срока действия сертификата № %s: с %s по %s"
                    .formatted(cert.getNumber(), day(cert.getValidFrom()), day(cert.getValidUntil())));
        }
        if (!signing) return;
        BigDecimal cost = c.termCost();
        if (cost.compareTo(cert.getAmount()) > 0) {
            ContractLine dearest = c.getLines().stream().max(java.util.Comparator.comparing(
                    l -> l.getTariff().multiply(BigDecimal.valueOf(c.termVolume(l))))).orElseThrow();
            throw DomainProblem.unprocessable("over-certificate-value", ("Стоимость услуг по договору за период %s ₽ больше стоимости сертификата № %s — %s ₽. "
                    + "Уменьшите объём услуг; больше всего стоит «%s»: %d ед. × %s ₽").formatted(Amounts.money(cost), cert.getNumber(), Amounts.money(cert.getAmount()),
                    dearest.getServiceType().getName(), c.termVolume(dearest), Amounts.money(dearest.getTariff())));
        }
        int units = c.getLines().stream().mapToInt(c::termVolume).sum();
        if (units > cert.getVolume()) {
            ContractLine largest = c.getLines().stream().max(java.util.Comparator.comparingInt(c::termVolume)).orElseThrow();
            throw DomainProblem.unprocessable("over-certificate-volume", ("Объём услуг по договору за период %d ед. больше объёма по сертификату № %s — %d ед. "
                    + "Уменьшите объём; больше всего единиц у услуги «%s»: %d ед.").formatted(units, cert.getNumber(), cert.getVolume(),
                    largest.getServiceType().getName(), c.termVolume(largest)));
        }
    }

    /** One contract per ИППСУ service and period: a service already under a signed or signing contract in an overlapping term. */
    private void checkOverlap(Contract c) {
        for (Contract other : contracts.findByPersonIdAndStatusIn(c.getPerson().getId(), BINDING)) {
            if (other.getId().equals(c.getId()) || other.getTermFrom() == null) continue;
            if (other.getTermTo().isBefore(c.getTermFrom()) || other.getTermFrom().isAfter(c.getTermTo())) continue;
            for (ContractLine l : c.getLines()) {
                boolean taken = other.getLines().stream().anyMatch(o -> o.getServiceType().getId().equals(l.getServiceType().getId()));
                if (taken) {
                    throw DomainProblem.unprocessable("overlapping-contract", ("Услуга «%s» уже предоставляется по договору № %s с «%s» на период с %s по %s. "
                            + "По одной услуге ИППСУ на один период заключается один договор: удалите услугу или выберите другой период")
                            .formatted(l.getServiceType().getName(), other.getNumber(), other.getProvider().getShortName(),
                                    day(other.getTermFrom()), day(other.getTermTo())));
                }
            }
        }
    }

    private static String day(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    public Contract signAsProvider(Long providerId, Long contractId, String signer) {
        Contract c = ofProvider(contractId, providerId);
        if (signatures.findByContractIdAndParty(c.getId(), SigningParty.PROVIDER).isPresent()) return c;
        requireStatus(c, ContractStatus.CONCLUDING, "Договор уже не на заключении");
        if (c.getTermFrom() == null) {
            throw DomainProblem.unprocessable("term-required", "Сначала сохраните период действия договора");
        }
        // two providers signing for one person queue on the person's row: the second sees the first's contract binding
        people.findLockedById(c.getPerson().getId());
        checkLimits(c, true);
        signatures.saveAndFlush(new ContractSignature(c.getId(), SigningParty.PROVIDER, signer, clock.instant(), hash(c)));
        workflow.complete(Steps.PROVIDER_REVIEW, c.getNumber(), Actor.providerOrganisation(providerId), values(PROVIDER_DECISION.is(Decision.SIGN)));
        return c;
    }

    public Contract declineAsProvider(Long providerId, Long contractId, String reason, String actor) {
        Contract c = ofProvider(contractId, providerId);
        requireStatus(c, ContractStatus.CONCLUDING, "Договор уже не на заключении");
        c.declineRequested(reasonOf(reason, "Поставщик отказал: "), actor);
        workflow.complete(Steps.PROVIDER_REVIEW, c.getNumber(), Actor.providerOrganisation(providerId), values(PROVIDER_DECISION.is(Decision.DECLINE)));
        return c;
    }

    // ---- the citizen signs ------------------------------------------------------------------------------------

    public Contract signAsCitizen(Long personId, Long contractId, String signer) {
        Contract c = visible(contractId, personId, null);
        if (signatures.findByContractIdAndParty(c.getId(), SigningParty.CITIZEN).isPresent()) return c;
        requireStatus(c, ContractStatus.SIGNING, "Подписать договор можно после подписи поставщика");
        signatures.saveAndFlush(new ContractSignature(c.getId(), SigningParty.CITIZEN, signer, clock.instant(), hash(c)));
        workflow.complete(Steps.CITIZEN_SIGNATURE, c.getNumber(), Actor.person(personId), values(CITIZEN_DECISION.is(Decision.SIGN)));
        return c;
    }

    public Contract declineAsCitizen(Long personId, Long contractId, String reason, String actor) {
        Contract c = visible(contractId, personId, null);
        requireStatus(c, ContractStatus.SIGNING, "Отказаться можно от договора «На подписании»");
        c.declineRequested(reasonOf(reason, "Получатель отказался: "), actor);
        workflow.complete(Steps.CITIZEN_SIGNATURE, c.getNumber(), Actor.person(personId), values(CITIZEN_DECISION.is(Decision.DECLINE)));
        return c;
    }

    /** «Отозвать запрос»: the recipient withdraws a request the provider has not answered yet. */
    public Contract withdraw(Long personId, Long contractId, String actor) {
        Contract c = visible(contractId, personId, null);
        requireStatus(c, ContractStatus.CONCLUDING, "Отозвать можно только запрос «На заключении», ещё не подписанный поставщиком");
        c.declineRequested("Запрос отозван получателем", actor);
        workflow.complete(Steps.WITHDRAW, c.getNumber(), Actor.person(personId), Map.of());
        return c;
    }

    // ---- the act and the rating ------------------------------------------------------------------------------

    /**
     * «Подписать акт»: once every service has its volume delivered and confirmed. The act signature is kept with
     * the SHA-256 of the act's text and the waiting process is told, which executes the contract.
     */
    public Contract signAct(Long personId, Long contractId, String signer) {
        Contract c = visible(contractId, personId, null);
        if (signatures.findByContractIdAndParty(c.getId(), SigningParty.ACT).isPresent()) return c;
        requireStatus(c, ContractStatus.ACTIVE, "Акт подписывается по действующему договору");
        if (!deliveries.allDelivered(c)) {
            throw DomainProblem.conflict("act-not-ready", "Акт можно подписать, когда все услуги по договору оказаны и подтверждены");
        }
        signatures.saveAndFlush(new ContractSignature(c.getId(), SigningParty.ACT, signer, clock.instant(), DocumentHash.of(actText(c))));
        workflow.complete(Steps.ACT, c.getNumber(), Actor.person(c.getPerson().getId()), Map.of());
        return c;
    }

    /** The act of delivered services: each service with its delivered volume, each confirmed delivery by its hash. */
    public String actText(Contract c) {
        StringBuilder sb = new StringBuilder("Акт оказанных социальных услуг по договору № ").append(c.getNumber()).append('\n');
        sb.append("Период: ").append(c.getTermFrom()).append(" — ").append(c.getTermTo()).append('\n');
        var progress = deliveries.progress(c);
        for (ContractLine l : c.getLines()) {
            sb.append(l.getServiceType().getCode()).append(';').append(progress.get(l.getId()).delivered()).append(';')
                    .append(l.getTariff().toPlainString()).append('\n');
        }
        for (Delivery d : deliveries.ofContract(c.getId())) {
            if (d.isConfirmed()) sb.append(d.getScheduledAt()).append(';').append(d.getDocumentHash()).append('\n');
        }
        return sb.toString();
    }

    /** The act of services as the printable page and the DOCX show it. */
    @Transactional(readOnly = true)
    public ServiceAct act(Contract c) {
        long confirmed = deliveries.ofContract(c.getId()).stream().filter(Delivery::isConfirmed).count();
        List<ContractSignature> signed = signaturesOf(c.getId());
        String hash = signed.stream().filter(s -> s.getParty() == SigningParty.ACT).map(ContractSignature::getDocumentHash)
                .findFirst().orElseGet(() -> DocumentHash.of(actText(c)));
        return ServiceAct.of(c, deliveries.progress(c), confirmed, signed, hash);
    }

    /** «Отправить отзыв»: a rating 1–5 with a comment, once, on an executed contract while the process offers it. */
    public ProviderReview review(Long personId, Long contractId, Integer rating, String comment, String author) {
        Contract c = visible(contractId, personId, null);
        requireStatus(c, ContractStatus.EXECUTED, "Оценить работу поставщика можно после подписания акта");
        if (rating == null || rating < 1 || rating > 5) {
            throw DomainProblem.unprocessable("invalid-rating", "Поставьте оценку от 1 до 5");
        }
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (text != null && text.length() > 2000) {
            throw DomainProblem.unprocessable("comment-too-long", "Отзыв не длиннее 2000 символов");
        }
        if (reviews.findByContractId(c.getId()).isPresent()) {
            throw DomainProblem.conflict("already-rated", "Вы уже оценили работу поставщика по этому договору");
        }
        if (!workflow.isOpen(Steps.RATE, c.getNumber())) {
            throw DomainProblem.conflict("rating-closed", "Срок оценки по этому договору истёк");
        }
        ProviderReview review = reviews.saveAndFlush(new ProviderReview(c.getProvider().getId(), c.getId(), rating, text, author, clock.instant()));
        workflow.complete(Steps.RATE, c.getNumber(), Actor.person(c.getPerson().getId()), Map.of());
        return review;
    }

    /** Whether the process still offers the recipient the rating (within 30 days of the act, not yet rated). */
    @Transactional(readOnly = true)
    public boolean ratingOpen(Contract c) {
        return c.getStatus() == ContractStatus.EXECUTED && workflow.isOpen(Steps.RATE, c.getNumber());
    }

    @Transactional(readOnly = true)
    public Optional<ProviderReview> reviewOf(Long contractId) {
        return reviews.findByContractId(contractId);
    }

    private static String reasonOf(String reason, String prefix) {
        if (reason == null || reason.isBlank()) {
            throw DomainProblem.unprocessable("reason-required", "Укажите причину отказа");
        }
        if (reason.length() > 1000) throw DomainProblem.unprocessable("reason-too-long", "Причина не длиннее 1000 символов");
        return prefix + reason.trim();
    }

    // ---- the process's steps ----------------------------------------------------------------------------------

    /** «Зафиксировать подпись поставщика»: only when the provider's signature is on record. */
    public void markSignedByProvider(Long contractId) {
        Contract c = contracts.findById(contractId).orElseThrow();
        ContractSignature s = requireSignature(c, SigningParty.PROVIDER);
        c.moveTo(ContractStatus.SIGNING);
        cases.changeStatus(caseOf(c), CaseStatus.IN_REVIEW, s.getSigner(), "Договор подписан поставщиком");
    }

    /** «Ввести договор в действие»: only when the recipient's signature is on record. */
    public void activate(Long contractId) {
        Contract c = contracts.findById(contractId).orElseThrow();
        ContractSignature s = requireSignature(c, SigningParty.CITIZEN);
        requireSignature(c, SigningParty.PROVIDER);
        c.moveTo(ContractStatus.ACTIVE);
        SocialCase sc = caseOf(c);
        sc.setDecision(CaseStatus.SATISFIED.name());
        cases.changeStatus(sc, CaseStatus.SATISFIED, s.getSigner(), "Договор подписан сторонами и действует");
    }

    /** «Отклонить договор»: only a decline that a party recorded, audited with that party's name. */
    public void markDeclined(Long contractId) {
        Contract c = contracts.findById(contractId).orElseThrow();
        if (c.getDeclinedBy() == null) throw new IllegalStateException("Contract " + contractId + ": no decline on record");
        c.moveTo(ContractStatus.DECLINED);
        SocialCase sc = caseOf(c);
        sc.setDecision(CaseStatus.REFUSED.name());
        sc.setDecisionComment(c.getDeclineReason());
        cases.changeStatus(sc, CaseStatus.REFUSED, c.getDeclinedBy(), c.getDeclineReason());
    }

    /** «Отозвать запрос договора»: the recipient's withdrawal on record. */
    public void markWithdrawn(Long contractId) {
        Contract c = contracts.findById(contractId).orElseThrow();
        if (c.getDeclinedBy() == null) throw new IllegalStateException("Contract " + contractId + ": no withdrawal on record");
        c.moveTo(ContractStatus.WITHDRAWN);
        cases.changeStatus(caseOf(c), CaseStatus.CANCELLED, c.getDeclinedBy(), c.getDeclineReason());
    }

    /** «Закрыть неподписанный договор»: the recipient did not sign within the deadline. */
    public void markExpired(Long contractId) {
        Contract c = contracts.findById(contractId).orElseThrow();
        if (c.getStatus() != ContractStatus.SIGNING) throw new IllegalStateException("Contract " + contractId + " is " + c.getStatus());
        c.declineRequested("Получатель не подписал договор в установленный срок", StaffDirectory.SYSTEM);
        c.moveTo(ContractStatus.DECLINED);
        SocialCase sc = caseOf(c);
        sc.setDecision(CaseStatus.REFUSED.name());
        sc.setDecisionComment(c.getDeclineReason());
        cases.changeStatus(sc, CaseStatus.REFUSED, StaffDirectory.SYSTEM, c.getDeclineReason());
    }

    /** «Закрыть договор по окончании срока»: the term and the time for the act have passed without the act. */
    public void closeAtTermEnd(Long contractId) {
        Contract c = contracts.findById(contractId).orElseThrow();
        if (c.getStatus() != ContractStatus.ACTIVE) throw new IllegalStateException("Contract " + contractId + " is " + c.getStatus());
        c.moveTo(ContractStatus.CLOSED);
        cases.changeStatus(caseOf(c), CaseStatus.CLOSED, StaffDirectory.SYSTEM,
                "Срок действия договора истёк, акт оказанных услуг не подписан: договор закрыт");
    }

    /** After the act: «Исполнен» for both parties; case [603] records the act signature and is closed. */
    public void markExecuted(Long contractId) {
        Contract c = contracts.findById(contractId).orElseThrow();
        ContractSignature s = requireSignature(c, SigningParty.ACT);
        c.moveTo(ContractStatus.EXECUTED);
        cases.changeStatus(caseOf(c), CaseStatus.CLOSED, s.getSigner(), "Акт оказанных услуг подписан получателем, договор исполнен");
    }

    /** The end of the period in which the act may still be signed: the term's last day plus the grace days. */
    public Date actDeadline(Long contractId, int graceDays) {
        Contract c = contracts.findById(contractId).orElseThrow();
        return Date.from(c.getTermTo().plusDays(graceDays).atTime(23, 59).atZone(TimeConfig.REGION_ZONE).toInstant());
    }

    private ContractSignature requireSignature(Contract c, SigningParty party) {
        return signatures.findByContractIdAndParty(c.getId(), party).orElseThrow(() ->
                new IllegalStateException("Contract " + c.getId() + ": no " + party + " signature on record"));
    }

    private SocialCase caseOf(Contract c) {
        return caseRepository.findById(c.getCaseId()).orElseThrow();
    }

    // ---- the document -----------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ContractSignature> signaturesOf(Long contractId) {
        return signatures.findByContractIdOrderBySignedAtAsc(contractId);
    }

    public Optional<FeeCalculator.Fee> fee(Contract c) {
        Person p = c.getPerson();
        try {
            return Optional.of(fees.calculate(c.monthlyCost(), c.getServiceForm(), p.getPopulationGroup(), p.isFreeCategory(), p.getMonthlyIncome()));
        } catch (IllegalArgumentException noIncome) {
            return Optional.empty();
        }
    }

    /** The canonical text both parties sign: any later change of services, term or cost changes its hash. */
    public String canonicalText(Contract c) {
        StringBuilder sb = new StringBuilder();
        sb.append("Договор о предоставлении социальных услуг № ").append(c.getNumber()).append('\n');
        sb.append("Поставщик: ").append(c.getProvider().getFullName()).append(", ИНН ").append(c.getProvider().getInn()).append('\n');
        sb.append("Получатель: ").append(c.getPerson().getFullName()).append(", СНИЛС ").append(c.getPerson().getSnils()).append('\n');
        sb.append("Период: ").append(c.getTermFrom()).append(" — ").append(c.getTermTo()).append('\n');
        for (ContractLine l : c.getLines()) {
            sb.append(l.getServiceType().getCode()).append(';').append(c.termVolume(l)).append(';').append(l.getTariff().toPlainString()).append('\n');
        }
        sb.append("Стоимость в месяц: ").append(c.monthlyCost().toPlainString()).append('\n');
        fee(c).ifPresent(f -> sb.append("Плата получателя в месяц: ").append(f.fee().toPlainString()).append('\n'));
        return sb.toString();
    }

    public String hash(Contract c) {
        return DocumentHash.of(canonicalText(c));
    }
}
