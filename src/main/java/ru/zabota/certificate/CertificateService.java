package ru.zabota.certificate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.cases.CaseStatus;
import ru.zabota.cases.CaseType;
import ru.zabota.cases.SocialCase;
import ru.zabota.cases.SocialCaseRepository;
import ru.zabota.cases.SocialCaseService;
import ru.zabota.needs.Ippsu;
import ru.zabota.needs.IppsuLine;
import ru.zabota.needs.NeedRecognition;
import ru.zabota.needs.NeedsService;
import ru.zabota.people.Person;
import ru.zabota.people.PersonRepository;
import ru.zabota.people.Snils;
import ru.zabota.common.DomainProblem;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ProviderRepository;
import ru.zabota.common.NotFoundException;
import ru.zabota.workflow.StaffGroups;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * [602] social certificate: the citizen's draft and its submission, and the domain steps the process performs
 * (registration, review, approval, publishing the result, closing). Every status change is audited on the case.
 */
@Service
@Transactional
public class CertificateService {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CertificateApplicationRepository applications;
    private final CertificateRepository certificates;
    private final SocialCaseService cases;
    private final SocialCaseRepository caseRepository;
    private final NeedsService needs;
    private final PersonRepository people;
    private final ProviderRepository providers;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;

    public CertificateService(CertificateApplicationRepository applications, CertificateRepository certificates,
                              SocialCaseService cases, SocialCaseRepository caseRepository, NeedsService needs,
                              PersonRepository people, ProviderRepository providers, RuntimeService runtime,
                              IdentityService identity, Clock clock) {
        this.applications = applications;
        this.certificates = certificates;
        this.cases = cases;
        this.caseRepository = caseRepository;
        this.needs = needs;
        this.people = people;
        this.providers = providers;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
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
        CertificateApplication a = own(personId, applicationId);
        if (a.getStatus() != ApplicationStatus.DRAFT) {
            throw DomainProblem.conflict("already-submitted", "Заявление уже отправлено");
        }
        checkPreconditions(personId);
        SocialCase c = cases.open(CaseType.CERTIFICATE_602, a.getPerson(), actor);
        a.submitted(c.getId(), clock.instant());
        ProcessInstance pi = runtime.startProcessInstanceByKey(CertificateProcess.KEY, c.getNumber(),
                Map.of(CertificateProcess.Vars.APPLICATION_ID, a.getId()));
        c.setProcessInstanceId(pi.getId());
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

    /** An issued certificate of this person (used by the [603] contract as its basis). */
    @Transactional(readOnly = true)
    public Certificate ownCertificate(Long personId, Long certificateId) {
        return certificates.findById(certificateId).filter(c -> c.getPerson().getId().equals(personId))
                .orElseThrow(() -> new NotFoundException("Нет такого сертификата"));
    }

    // ---- the process's steps ------------------------------------------------------------------------------

    /** A specialist took the application in the office (Tasklist start form): the same preconditions apply. */
    public CertificateApplication createInOffice(String snils, CertificateType type, String specialist) {
        if (snils == null || !Snils.isValid(snils)) {
            throw DomainProblem.unprocessable("invalid-snils", "СНИЛС указан неверно: проверьте 11 цифр и контрольное число");
        }
        if (type == null) throw DomainProblem.unprocessable("certificate-type-required", "Выберите вид сертификата");
        Person person = people.findBySnils(Snils.normalize(snils))
                .orElseThrow(() -> DomainProblem.unprocessable("unknown-person", "Гражданин с таким СНИЛС не найден в регистре получателей"));
        checkPreconditions(person.getId());
        CertificateApplication a = applications.save(new CertificateApplication(person, type, specialist, clock.instant(), true));
        SocialCase c = cases.open(CaseType.CERTIFICATE_602, person, specialist);
        a.submitted(c.getId(), clock.instant());
        return a;
    }

    public SocialCase register(Long applicationId, String processInstanceId) {
        SocialCase c = caseOf(application(applicationId)).orElseThrow();
        c.setProcessInstanceId(processInstanceId);
        cases.changeStatus(c, CaseStatus.REGISTERED, "система", "Заявление зарегистрировано");
        return c;
    }

    public void startReview(Long applicationId, String executor) {
        CertificateApplication a = application(applicationId);
        a.moveTo(ApplicationStatus.IN_REVIEW);
        cases.changeStatus(caseOf(a).orElseThrow(), CaseStatus.IN_REVIEW, executor, "Исполнитель: " + staffName(executor));
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

    /** Approve: the certificate is issued (once, however often the step runs); reject: the reason is kept. */
    public void publish(Long applicationId, boolean approved, List<Long> providerIds, BigDecimal value, Integer volume,
                        LocalDate validUntil, String refusalReason, String actor) {
        CertificateApplication a = application(applicationId);
        SocialCase c = caseOf(a).orElseThrow();
        if (approved) {
            if (!certificates.existsByApplicationId(a.getId())) {
                LocalDate today = LocalDate.now(clock);
                Certificate cert = new Certificate(a, "СС-" + c.getNumber(), value, volume, today, validUntil, clock.instant());
                cert.getRecommendedProviders().addAll(providers.findAllById(providerIds));
                certificates.save(cert);
            }
            a.moveTo(ApplicationStatus.SATISFIED);
            c.setDecision(CaseStatus.SATISFIED.name());
            cases.changeStatus(c, CaseStatus.SATISFIED, actor, "Сертификат выдан");
        } else {
            a.refuse(refusalReason);
            c.setDecision(CaseStatus.REFUSED.name());
            c.setDecisionComment(refusalReason);
            cases.changeStatus(c, CaseStatus.REFUSED, actor, refusalReason);
        }
    }

    public void close(Long applicationId) {
        cases.changeStatus(caseOf(application(applicationId)).orElseThrow(), CaseStatus.CLOSED, "система", null);
    }

    /** What the specialist reads in «Рассмотреть заявление». */
    @Transactional(readOnly = true)
    public String applicantSummary(Long applicationId) {
        CertificateApplication a = application(applicationId);
        Person p = a.getPerson();
        StringBuilder sb = new StringBuilder();
        sb.append("Заявитель: ").append(p.getFullName()).append(", ").append(p.getBirthDate().format(DAY))
                .append(" г. р., СНИЛС ").append(p.getSnils()).append('\n');
        sb.append("Вид сертификата: ").append(a.getCertificateType() == CertificateType.SOCIAL_CERTIFICATE
                ? "Социальный сертификат" : "Сертификат").append('\n');
        Optional<NeedRecognition> r = needs.activeRecognition(p.getId());
        sb.append("[601]: ").append(r.map(x -> "Удовлетворено " + x.getDecisionDate().format(DAY) + " — " + x.getCircumstances())
                .orElse("нет действующего решения")).append('\n');
        Optional<Ippsu> ippsu = needs.ippsuInForce(p.getId());
        ippsu.ifPresent(i -> {
            sb.append("ИППСУ № ").append(i.getNumber()).append(" до ").append(i.getValidTo().format(DAY)).append(":\n");
            for (IppsuLine l : i.getServices()) {
                sb.append(" • ").append(l.getServiceType().getName()).append(" — ").append(l.getVolume()).append(' ')
                        .append(l.getServiceType().getUnit()).append(", ").append(l.getFrequency()).append('\n');
            }
        });
        return sb.toString().trim();
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
    public List<User> specialists() {
        return identity.createUserQuery().memberOfGroup(StaffGroups.SPECIALISTS).orderByUserLastName().asc().list();
    }

    public boolean isSuperExecutor(String userId) {
        return userId != null && identity.createUserQuery().userId(userId).memberOfGroup(CertificateProcess.SUPER_EXECUTORS).count() > 0;
    }

    @Transactional(readOnly = true)
    public String staffName(String userId) {
        if (userId == null) return "—";
        User u = identity.createUserQuery().userId(userId).singleResult();
        return u == null ? userId : (u.getLastName() + " " + u.getFirstName()).trim();
    }

    @Transactional(readOnly = true)
    public Long caseIdOf(Long applicationId) {
        return application(applicationId).getCaseId();
    }

    @Transactional(readOnly = true)
    public String applicantSnils(Long applicationId) {
        return application(applicationId).getPerson().getSnils();
    }

    private CertificateApplication application(Long id) {
        return applications.findWithPersonById(id).orElseThrow(() -> new IllegalStateException("No application " + id));
    }

    public static String providerList(List<Provider> list) {
        return list.stream().map(Provider::getShortName).collect(Collectors.joining(", "));
    }
}
