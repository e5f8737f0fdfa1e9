package ru.zabota.certificate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.zabota.cases.SocialCase;
import ru.zabota.interagency.InteragencyKind;
import ru.zabota.interagency.InteragencyRequest;
import ru.zabota.interagency.InteragencyRequestStatus;
import ru.zabota.interagency.InteragencyService;
import ru.zabota.workflow.ProcessValues;
import ru.zabota.workflow.WorkingCalendar;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import static ru.zabota.certificate.CertificateProcess.Vars.*;

/** The service tasks of certificate-602.bpmn, one bean per business action. */
public final class CertificateDelegates {
    private CertificateDelegates() {
    }

    static Long applicationId(DelegateExecution e) {
        return ((Number) e.getVariable(APPLICATION_ID)).longValue();
    }

    /** Who completed the step that led here (Tasklist authenticates the staff member), else the system. */
    static String actor(DelegateExecution e) {
        Authentication a = e.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return a != null && a.getUserId() != null ? a.getUserId() : "система";
    }

    /** «Создать заявление, принятое в УСЗН»: the Tasklist start form gave СНИЛС and type; the starter is the executor. */
    @Component("createInOfficeApplication")
    public static class CreateInOfficeApplication implements JavaDelegate {
        private final CertificateService certificates;

        public CreateInOfficeApplication(CertificateService certificates) {
            this.certificates = certificates;
        }

        @Override
        public void execute(DelegateExecution e) {
            String initiator = (String) e.getVariable(INITIATOR);
            Object type = e.getVariable(CERTIFICATE_TYPE);
            CertificateApplication a = certificates.createInOffice((String) e.getVariable(SNILS),
                    type == null ? null : CertificateType.valueOf(type.toString()), initiator);
            e.setVariable(APPLICATION_ID, a.getId());
            e.setVariable(IN_OFFICE, true);
            if (initiator != null) e.setVariable(EXECUTOR, initiator);
            e.setProcessBusinessKey(certificates.caseOf(a).map(SocialCase::getNumber).orElseThrow());
        }
    }

    /** «Зарегистрировать заявление»: the case is registered; deadline and the form choices are prepared. */
    @Component("registerCertificateApplication")
    public static class RegisterCertificateApplication implements JavaDelegate {
        private final CertificateService certificates;
        private final WorkingCalendar calendar;
        private final int decisionDays;
        private final String pollInterval;

        public RegisterCertificateApplication(CertificateService certificates, WorkingCalendar calendar,
                                              @Value("${zabota.certificate.decision-working-days:10}") int decisionDays,
                                              @Value("${zabota.interagency.poll-interval:PT1M}") String pollInterval) {
            this.certificates = certificates;
            this.calendar = calendar;
            this.decisionDays = decisionDays;
            this.pollInterval = pollInterval;
        }

        @Override
        public void execute(DelegateExecution e) {
            Long id = applicationId(e);
            certificates.register(id, e.getProcessInstanceId());
            e.setVariable(DECISION_DUE, calendar.dueAfter(decisionDays));
            e.setVariable("interagencyPollInterval", pollInterval);
            e.setVariable(INTERAGENCY_REQUEST, CertificateProcess.NO_REQUEST);
            e.setVariable(APPLICANT_SUMMARY, certificates.applicantSummary(id));
            e.setVariable(INTERAGENCY_SUMMARY, "Запросов не направлялось");
            e.setVariable(SPECIALISTS, SpinValues.jsonValue(ProcessValues.options(certificates.specialists().stream()
                    .map(u -> new String[]{u.getLastName() + " " + u.getFirstName(), u.getId()}).toList())).create());
            e.setVariable(PROVIDER_OPTIONS, SpinValues.jsonValue(ProcessValues.options(certificates.candidateProviders(id).stream()
                    .map(p -> new String[]{p.getShortName() + " (" + p.getMunicipality().getName() + ")", String.valueOf(p.getId())})
                    .toList())).create());
        }
    }

    /** «Передать заявление исполнителю». */
    @Component("startCertificateReview")
    public static class StartCertificateReview implements JavaDelegate {
        private final CertificateService certificates;

        public StartCertificateReview(CertificateService certificates) {
            this.certificates = certificates;
        }

        @Override
        public void execute(DelegateExecution e) {
            String executor = (String) e.getVariable(EXECUTOR);
            certificates.startReview(applicationId(e), executor);
            e.setVariable(SUPER_EXECUTOR, certificates.isSuperExecutor(executor));
        }
    }

    /** «Направить межведомственный запрос» (asynchronous; retried on failure, an incident after three tries). */
    @Component("sendInteragencyRequest")
    public static class SendInteragencyRequest implements JavaDelegate {
        private final CertificateService certificates;
        private final InteragencyService interagency;
        private final WorkingCalendar calendar;
        private final int answerDays;

        public SendInteragencyRequest(CertificateService certificates, InteragencyService interagency, WorkingCalendar calendar,
                                      @Value("${zabota.interagency.answer-working-days:5}") int answerDays) {
            this.certificates = certificates;
            this.interagency = interagency;
            this.calendar = calendar;
            this.answerDays = answerDays;
        }

        @Override
        public void execute(DelegateExecution e) {
            // One job, one transaction: a failed try rolls the new request back, so a retry sends nothing twice.
            Long id = applicationId(e);
            InteragencyRequest r = interagency.open(id, certificates.caseIdOf(id), InteragencyKind.valueOf(e.getVariable(INTERAGENCY_REQUEST).toString()),
                    calendar.dueAfter(answerDays));
            interagency.send(r.getId(), certificates.applicantSnils(id));
            e.setVariable(INTERAGENCY_REQUEST_ID, r.getId());
            e.setVariable(INTERAGENCY_STATUS, InteragencyRequestStatus.WAITING.name());
            e.setVariable(INTERAGENCY_SUMMARY, summary(interagency.ofApplication(id)));
        }
    }

    /** «Проверить ответ на запрос»: answered, expired or still waiting. */
    @Component("checkInteragencyAnswer")
    public static class CheckInteragencyAnswer implements JavaDelegate {
        private final InteragencyService interagency;

        public CheckInteragencyAnswer(InteragencyService interagency) {
            this.interagency = interagency;
        }

        @Override
        public void execute(DelegateExecution e) {
            InteragencyRequestStatus status = interagency.check(((Number) e.getVariable(INTERAGENCY_REQUEST_ID)).longValue());
            e.setVariable(INTERAGENCY_STATUS, status.name());
            if (status != InteragencyRequestStatus.WAITING) {
                e.setVariable(INTERAGENCY_REQUEST, CertificateProcess.NO_REQUEST);
                e.setVariable(INTERAGENCY_SUMMARY, summary(interagency.ofApplication(applicationId(e))));
            }
        }
    }

    static String summary(List<InteragencyRequest> requests) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ru.zabota.TimeConfig.REGION_ZONE);
        return requests.stream().map(r -> "%s: %s%s".formatted(
                r.getKind() == InteragencyKind.INCOME ? "Сведения о доходах" : "Сведения об инвалидности",
                switch (r.getStatus()) {
                    case WAITING -> "ожидает ответа (срок до " + f.format(r.getDeadline()) + ")";
                    case ANSWERED -> "ответ получен " + f.format(r.getAnsweredAt());
                    case EXPIRED -> "срок истёк " + f.format(r.getDeadline()) + ", ответа нет — можно направить повторно";
                },
                r.getAnswer() == null ? "" : " — " + r.getAnswer())).collect(Collectors.joining("\n"));
    }

    /** «Передать решение на утверждение». */
    @Component("sendCertificateDecisionForApproval")
    public static class SendCertificateDecisionForApproval implements JavaDelegate {
        private final CertificateService certificates;

        public SendCertificateDecisionForApproval(CertificateService certificates) {
            this.certificates = certificates;
        }

        @Override
        public void execute(DelegateExecution e) {
            certificates.sendForApproval(applicationId(e), actor(e));
        }
    }

    /** «Вернуть исполнителю на доработку» with the approver's comment. */
    @Component("returnCertificateForRework")
    public static class ReturnCertificateForRework implements JavaDelegate {
        private final CertificateService certificates;

        public ReturnCertificateForRework(CertificateService certificates) {
            this.certificates = certificates;
        }

        @Override
        public void execute(DelegateExecution e) {
            certificates.returnForRework(applicationId(e), actor(e), (String) e.getVariable(REWORK_COMMENT));
        }
    }

    /** «Опубликовать результат»: certificate issued or refusal with the reason the citizen reads. */
    @Component("publishCertificateDecision")
    public static class PublishCertificateDecision implements JavaDelegate {
        private final CertificateService certificates;

        public PublishCertificateDecision(CertificateService certificates) {
            this.certificates = certificates;
        }

        @Override
        public void execute(DelegateExecution e) {
            boolean approved = CertificateProcess.APPROVE.equals(e.getVariable(DECISION));
            certificates.publish(applicationId(e), approved,
                    ProcessValues.longs(e.getVariable(RECOMMENDED_PROVIDERS)),
                    ProcessValues.decimal(e.getVariable(CERTIFICATE_VALUE)),
                    ProcessValues.integer(e.getVariable(CERTIFICATE_VOLUME)),
                    ProcessValues.date(e.getVariable(VALID_UNTIL)),
                    (String) e.getVariable(REFUSAL_REASON), actor(e));
        }
    }

    /** «Завершить работу по заявке». */
    @Component("closeCertificateCase")
    public static class CloseCertificateCase implements JavaDelegate {
        private final CertificateService certificates;

        public CloseCertificateCase(CertificateService certificates) {
            this.certificates = certificates;
        }

        @Override
        public void execute(DelegateExecution e) {
            certificates.close(applicationId(e));
        }
    }
}
