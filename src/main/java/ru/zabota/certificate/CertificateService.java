package ru.zabota.certificate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.cases.CaseStatus;
import ru.zabota.cases.CaseType;
import ru.zabota.cases.SocialCase;
import ru.zabota.cases.SocialCaseRepository;
import ru.zabota.cases.SocialCaseService;
import ru.zabota.needs.NeedsService;
import ru.zabota.people.Person;
import ru.zabota.people.PersonRepository;
import ru.zabota.people.Snils;
import ru.zabota.common.DomainProblem;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ProviderRepository;
import ru.zabota.common.NotFoundException;
import ru.zabota.workflow.ProcessVariable;
import ru.zabota.workflow.StaffDirectory;
import ru.zabota.workflow.StaffGroups;
import ru.zabota.workflow.Workflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static ru.zabota.certificate.CertificateProcess.*;

/**
 * [602] social certificate: the citizen's draft and its submission, and the domain steps the process performs
 * (registration, review, approval, publishing the result, closing). Every status change is audited on the case.
 */
@Service
@Transactional
public class CertificateService {
    private final CertificateApplicationRepository applications;
    private final CertificateRepository certificates;
    private final SocialCaseService cases;
    private final SocialCaseRepository caseRepository;
    private final NeedsService needs;
    private final PersonRepository people;
    private final ProviderRepository providers;
    private final Workflow workflow;
    private final StaffDirectory staff;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    public CertificateService(CertificateApplicationRepository applications, CertificateRepository certificates,
                              SocialCaseService cases, SocialCaseRepository caseRepository, NeedsService needs,
                              PersonRepository people, ProviderRepository providers, Workflow workflow,
                              StaffDirectory staff, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.applications = applications;
        this.certificates = certificates;
        this.cases = cases;
        this.caseRepository = caseRepository;
        this.needs = needs;
        this.people = people;
        this.providers = providers;
        this.workflow = workflow;
        this.staff = staff;
        this.clock = clock;
        this.events = events;
    }

    // ---- the citizen's side -------------------------------------------------------------------------------

    /** A draft application; refused before anything is saved when [601] or the ИППСУ is missing. */
    public CertificateApplication createDraft(Long personId, CertificateType type, String actor) {
        if (type == null) throw DomainProblem.unprocessable("certificate-type-required", "Выберите вид сертификата");
        checkPreconditions(personId);
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("Нет такого человека"));
        return applications.save(new CertificateApplication(person, type, actor, clock.instant(), false));
    }

    public void checkPreconditions(Long personId) {
        if (needs.activeRecognition(personId).isEmpty()) {
            throw DomainProblem.unprocessable("no-need-recognition",
                    "Нет действующего решения о признании нуждающимся в социальном обслуживании ([601] «Удовлетворено»). "
                            + "Обратитесь в управление социальной защиты населения по месту жительства.");
        }
        if (needs.ippsuInForce(personId).isEmpty()) {
            throw DomainProblem.unprocessable("no-active-ippsu",
                    "Нет действующей индивидуальной программы предоставления социальных услуг (ИППСУ).");
        }
    }

    /** «Отменить»: only a draft can be withdrawn; it is removed. */
    public void cancelDraft(Long personId, Long applicationId) {
        CertificateApplication a = own(personId, applicationId);
        if (a.getStatus() != ApplicationStatus.DRAFT) {
            throw DomainProblem.conflict("not-a-draft", "Заявление уже отправлено: отменить можно только черновик");
        }
        applications.delete(a);
    }

    /** «Отправить»: opens case [602] and starts its process; the business key is the case number. */
    public CertificateApplication submit(Long personId, Long applicationId, String actor) {
        // parallel clicks queue on the draft's row: the second finds it submitted and gets 409
        CertificateApplication a = applications.findLockedById(applicationId).filter(x -> x.getPerson().getId().equals(personId))
                .orElseThrow(() -> new NotFoundException("Нет такого заявления"));
        if (a.getStatus() != ApplicationStatus.DRAFT) {
            throw DomainProblem.conflict("already-submitted", "Заявление уже отправлено");
        }
        checkPreconditions(personId);
        SocialCase c = cases.open(CaseType.CERTIFICATE_602, a.getPerson(), actor);
        a.submitted(c.getId(), clock.instant());
        c.setProcessInstanceId(workflow.start(CertificateProcess.KEY, c.getNumber(),
                ProcessVariable.values(APPLICATION_ID.is(a.getId()), CASE_ID.is(c.getId()))));
        return a;
    }

    @Transactional(readOnly = true)
    public List<CertificateApplication> applicationsOf(Long personId) {
        return applications.findByPersonIdOrderByCreatedAtDesc(personId);
    }

    @Transactional(readOnly = true)
    public CertificateApplication own(Long personId, Long applicationId) {
        return applications.findById(applicationId).filter(a -> a.getPerson().getId().equals(personId))
                .orElseThrow(() -> new NotFoundException("Нет такого заявления"));
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> certificateOf(Long applicationId) {
        return certificates.findByApplicationId(applicationId);
    }

    @Transactional(readOnly = true)
    public List<Certificate> certificatesOf(Long personId) {
        return certificates.findByPersonIdOrderByIssuedAtDesc(personId);
    }

    @Transactional(readOnly = true)
    public Optional<SocialCase> caseOf(CertificateApplication a) {
        return a.getCaseId() == null ? Optional.empty() : caseRepository.findById(a.getCaseId());
    }

    /** The cases of a list of applications by case id, in one query (a cabinet list must not load them one by one). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, SocialCase> casesOf(List<CertificateApplication> list) {
        List<Long> ids = list.stream().map(CertificateApplication::getCaseId).filter(java.util.Objects::nonNull).toList();
        return ids.isEmpty() ? java.util.Map.of() : caseRepository.findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(SocialCase::getId, c -> c));
    }

    /** The certificates issued on a list of applications by application id, with their providers, in one query. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Certificate> certificatesOf(List<CertificateApplication> list) {
        List<Long> ids = list.stream().map(CertificateApplication::getId).toList();
        return ids.isEmpty() ? java.util.Map.of() : certificates.findByApplicationIdIn(ids).stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.getApplication().getId(), c -> c));
    }

    /** An issued certificate of this person (used by the [603] contract as its basis). */
    @Transactional(readOnly = true)
    public Certificate ownCertificate(Long personId, Long certificateId) {
        return certificates.findById(certificateId).filter(c -> c.getPerson().getId().equals(personId))
                .orElseThrow(() -> new NotFoundException("Нет такого сертификата"));
    }

    // ---- the process's steps ------------------------------------------------------------------------------

    /**
     * A specialist took the application in the office (staff page «Принять заявление»): the same preconditions
     * apply; the process starts with ids only and the specialist is its executor. The СНИЛС is the page's input and
     * never reaches the process.
     */
    public CertificateApplication startInOffice(String snils, CertificateType type, String specialistUserId) {
        if (snils == null || !Snils.isValid(snils)) {
            throw DomainProblem.unprocessable("invalid-snils", "СНИЛС указан неверно: проверьте 11 цифр и контрольное число");
        }
        if (type == null) throw DomainProblem.unprocessable("certificate-type-required", "Выберите вид сертификата");
        if (!staff.isMember(specialistUserId, StaffGroups.SPECIALISTS)) {
            throw DomainProblem.unprocessable("not-a-specialist", "Принять заявление может только специалист УСЗН");
        }
        Person person = people.findBySnils(Snils.normalize(snils))
                .orElseThrow(() -> DomainProblem.unprocessable("unknown-person", "Гражданин с таким СНИЛС не найден в регистре получателей"));
        checkPreconditions(person.getId());
        String specialist = staff.displayName(specialistUserId);
        CertificateApplication a = applications.save(new CertificateApplication(person, type, specialist, clock.instant(), true));
        SocialCase c = cases.open(CaseType.CERTIFICATE_602, person, specialist);
        a.submitted(c.getId(), clock.instant());
        c.setProcessInstanceId(workflow.start(CertificateProcess.KEY, c.getNumber(), ProcessVariable.values(
                APPLICATION_ID.is(a.getId()), CASE_ID.is(c.getId()), IN_OFFICE.is(true), EXECUTOR.is(specialistUserId))));
        return a;
    }

    public SocialCase register(Long applicationId, String processInstanceId) {
        SocialCase c = caseOf(application(applicationId)).orElseThrow();
        c.setProcessInstanceId(processInstanceId);
        cases.changeStatus(c, CaseStatus.REGISTERED, StaffDirectory.SYSTEM, "Заявление зарегистрировано");
        return c;
    }

    /** The executor must be a specialist of the office: otherwise the head's choice is refused. */
    public void startReview(Long applicationId, String executor, String actor) {
        if (!staff.isMember(executor, StaffGroups.SPECIALISTS)) {
            throw DomainProblem.unprocessable("not-a-specialist", "Исполнителем можно назначить только специалиста УСЗН");
        }
        CertificateApplication a = application(applicationId);
        a.moveTo(ApplicationStatus.IN_REVIEW);
        cases.changeStatus(caseOf(a).orElseThrow(), CaseStatus.IN_REVIEW, actor, "Исполнитель: " + staff.displayName(executor));
    }

    public boolean isSuperExecutor(String userId) {
        return staff.isMember(userId, StaffGroups.SUPER_EXECUTORS);
    }

    public void sendForApproval(Long applicationId, String executor) {
        cases.changeStatus(caseOf(application(applicationId)).orElseThrow(), CaseStatus.ON_APPROVAL, executor, null);
    }

    public void returnForRework(Long applicationId, String approver, String comment) {
        SocialCase c = caseOf(application(applicationId)).orElseThrow();
        cases.changeStatus(c, CaseStatus.REWORK, approver, comment);
        // the specialist works on it again
        cases.changeStatus(c, CaseStatus.IN_REVIEW, approver, null);
    }

    /** What the executor decided in «Рассмотреть заявление» (from the task's typed variables). */
    public record Decided(CertificateProcess.Decision decision, List<Long> providerIds, BigDecimal value, Integer volume,
                          LocalDate validUntil, String refusalReason) {
    }

    /**
     * Checks a decision before it is taken or published: an approval names recommended providers offering the
     * applicant's ИППСУ services, a value and a volume above zero and a validity date not in the past; a refusal has
     * its reason. Throws with a Russian message otherwise (Tasklist shows it; a job becomes an incident).
     */
    @Transactional(readOnly = true)
    public void checkDecision(Long applicationId, Decided d) {
        if (d.decision() == null) throw invalidDecision("Решение не принято: выберите «Выдать сертификат» или «Отказать»");
        if (d.decision() == CertificateProcess.Decision.REJECT) {
            if (d.refusalReason() == null || d.refusalReason().isBlank()) {
                throw invalidDecision("Укажите причину отказа: её прочитает гражданин");
            }
            return;
        }
        if (d.value() == null || d.value().signum() <= 0) throw invalidDecision("Укажите стоимость сертификата больше нуля");
        if (d.volume() == null || d.volume() <= 0) throw invalidDecision("Укажите объём услуг по сертификату больше нуля");
        if (d.validUntil() == null) throw invalidDecision("Укажите, до какой даты действует сертификат");
        if (d.validUntil().isBefore(LocalDate.now(clock))) {
            throw invalidDecision("Дата окончания действия сертификата уже прошла: укажите дату не ранее сегодняшней");
        }
        if (d.providerIds() == null || d.providerIds().isEmpty()) throw invalidDecision("Выберите рекомендуемых поставщиков");
        var candidates = candidateProviders(applicationId).stream().map(Provider::getId).collect(Collectors.toSet());
        if (!candidates.containsAll(d.providerIds())) {
            throw invalidDecision("Рекомендовать можно только поставщиков, оказывающих услуги из ИППСУ заявителя");
        }
    }

    /**
     * Publishes the decision the executor made: the certificate is issued (once, however often the step runs) or
     * the refusal with its reason. Refused unless the application is under review and the decision is complete.
     */
    public void publish(Long applicationId, Decided d, String actor) {
        CertificateApplication a = application(applicationId);
        SocialCase c = caseOf(a).orElseThrow();
        if (a.getStatus() != ApplicationStatus.IN_REVIEW) {
            throw DomainProblem.conflict("not-in-review", "Заявление не на рассмотрении: публиковать нечего");
        }
        checkDecision(applicationId, d);
        if (d.decision() == CertificateProcess.Decision.APPROVE) {
            if (!certificates.existsByApplicationId(a.getId())) {
                LocalDate today = LocalDate.now(clock);
                Certificate cert = new Certificate(a, "СС-" + c.getNumber(), d.value(), d.volume(), today, d.validUntil(), clock.instant());
                cert.getRecommendedProviders().addAll(providers.findAllById(d.providerIds()));
                certificates.save(cert);
            }
            a.moveTo(ApplicationStatus.SATISFIED);
            c.setDecision(CaseStatus.SATISFIED.name());
            cases.changeStatus(c, CaseStatus.SATISFIED, actor, "Сертификат выдан");
            events.publishEvent(ru.zabota.notification.Notice.toPerson(a.getPerson().getId(), "По заявлению " + c.getNumber()
                    + " принято решение: выдан социальный сертификат. Выберите поставщика и заключите договор", "/cabinet/certificates/" + a.getId()));
        } else {
            a.refuse(d.refusalReason());
            c.setDecision(CaseStatus.REFUSED.name());
            c.setDecisionComment(d.refusalReason());
            cases.changeStatus(c, CaseStatus.REFUSED, actor, d.refusalReason());
            events.publishEvent(ru.zabota.notification.Notice.toPerson(a.getPerson().getId(), "По заявлению " + c.getNumber()
                    + " принято решение: отказ. Причина: " + d.refusalReason(), "/cabinet/certificates/" + a.getId()));
        }
    }

    public void close(Long applicationId) {
        cases.changeStatus(caseOf(application(applicationId)).orElseThrow(), CaseStatus.CLOSED, StaffDirectory.SYSTEM, null);
    }

    /** Providers that offer at least one service of the applicant's ИППСУ: the choice for recommendation. */
    @Transactional(readOnly = true)
    public List<Provider> candidateProviders(Long applicationId) {
        Long personId = application(applicationId).getPerson().getId();
        List<Long> types = needs.ippsuInForce(personId).map(i -> i.getServices().stream()
                .map(l -> l.getServiceType().getId()).toList()).orElse(List.of());
        return types.isEmpty() ? List.of() : providers.findOffering(types);
    }

    @Transactional(readOnly = true)
    public Long caseIdOf(Long applicationId) {
        return application(applicationId).getCaseId();
    }

    @Transactional(readOnly = true)
    public String caseNumberOf(Long applicationId) {
        return caseOf(application(applicationId)).map(SocialCase::getNumber).orElseThrow();
    }

    /** For the interagency gateway only: it never becomes a process variable. */
    @Transactional(readOnly = true)
    public String applicantSnils(Long applicationId) {
        return application(applicationId).getPerson().getSnils();
    }

    /** The [602] application of a case, for the staff case page. */
    @Transactional(readOnly = true)
    public Optional<CertificateApplication> applicationOfCase(Long caseId) {
        return applications.findByCaseId(caseId);
    }

    private static DomainProblem invalidDecision(String detail) {
        return DomainProblem.unprocessable("invalid-decision", detail);
    }

    private CertificateApplication application(Long id) {
        return applications.findWithPersonById(id).orElseThrow(() -> new IllegalStateException("No application " + id));
    }

    public static String providerList(List<Provider> list) {
        return list.stream().map(Provider::getShortName).collect(Collectors.joining(", "));
    }
}
