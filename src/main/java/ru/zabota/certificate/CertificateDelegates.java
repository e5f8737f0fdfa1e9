package ru.zabota.certificate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.zabota.common.DomainProblem;
import ru.zabota.interagency.InteragencyKind;
import ru.zabota.interagency.InteragencyRequest;
import ru.zabota.interagency.InteragencyService;
import ru.zabota.workflow.ProcessValues;
import ru.zabota.workflow.ProcessVariable;
import ru.zabota.workflow.StaffDirectory;
import ru.zabota.workflow.StaffGroups;
import ru.zabota.workflow.WorkingCalendar;

import java.util.Date;

import static ru.zabota.certificate.CertificateProcess.*;

/**
 * The service tasks and task listeners of certificate-602.bpmn, one bean per business action. They read and write
 * only the typed variables of {@link CertificateProcess}; the staff member who acts comes from {@link StaffDirectory}.
 */
public final class CertificateDelegates {
    private CertificateDelegates() {
    }

    /** What the executor decided, as the review form submitted it. */
    static CertificateService.Decided decided(VariableScope s) {
        return new CertificateService.Decided(DECISION.from(s), RECOMMENDED_PROVIDERS.from(s), CERTIFICATE_VALUE.from(s),
                CERTIFICATE_VOLUME.from(s), VALID_UNTIL.from(s), REFUSAL_REASON.from(s));
    }

    /** «Зарегистрировать заявление»: the case is registered and its decision deadline set. */
    @Component("registerCertificateApplication")
    public static class RegisterCertificateApplication implements JavaDelegate {
        private final CertificateService certificates;
        private final WorkingCalendar calendar;
        private final int decisionDays;

        public RegisterCertificateApplication(CertificateService certificates, WorkingCalendar calendar,
                                              @Value("${zabota.certificate.decision-working-days:10}") int decisionDays) {
            this.certificates = certificates;
            this.calendar = calendar;
            this.decisionDays = decisionDays;
        }

        @Override
        public void execute(DelegateExecution e) {
            certificates.register(APPLICATION_ID.required(e), e.getProcessInstanceId());
            DECISION_DUE.set(e, calendar.dueAfter(decisionDays));
        }
    }

    /**
     * The choices a form offers, set task-local when its task is created: specialists for «Назначить исполнителя»,
     * the providers offering the applicant's ИППСУ services for «Рассмотреть заявление» and «Утвердить решение».
     * Named {@code …Options}, they never reach history; completing the task removes them.
     */
    @Component("certificateFormOptions")
    public static class CertificateFormOptions implements TaskListener {
        private final CertificateService certificates;
        private final StaffDirectory staff;

        public CertificateFormOptions(CertificateService certificates, StaffDirectory staff) {
            this.certificates = certificates;
            this.staff = staff;
        }

        @Override
        public void notify(DelegateTask task) {
            if (Elements.ASSIGN_EXECUTOR.equals(task.getTaskDefinitionKey())) {
                local(task, SPECIALIST_OPTIONS, ProcessValues.options(staff.members(StaffGroups.SPECIALISTS).stream()
                        .map(u -> new String[]{(u.getLastName() + " " + u.getFirstName()).trim(), u.getId()}).toList()));
            } else {
                local(task, PROVIDER_OPTIONS, ProcessValues.options(certificates.candidateProviders(APPLICATION_ID.required(task)).stream()
                        .map(p -> new String[]{p.getShortName() + " (" + p.getMunicipality().getName() + ")", String.valueOf(p.getId())})
                        .toList()));
            }
        }

        private static void local(DelegateTask task, ProcessVariable<String> options, String json) {
            task.setVariableLocal(options.name(), SpinValues.jsonValue(json).create());
        }
    }

    /**
     * «Рассмотреть заявление» is completed only with an action, and a decision only when it is complete (an
     * approval with providers, value, volume and a validity date not in the past; a refusal with its reason):
     * otherwise Tasklist shows the reason and the task stays open.
     */
    @Component("checkCertificateDecision")
    public static class CheckCertificateDecision implements TaskListener {
        private final CertificateService certificates;

        public CheckCertificateDecision(CertificateService certificates) {
            this.certificates = certificates;
        }

        @Override
        public void notify(DelegateTask task) {
            Action action = ACTION.from(task);
            if (action == null) {
                throw DomainProblem.unprocessable("action-required", "Выберите действие: принять решение или направить запрос");
            }
            if (action == Action.NONE) certificates.checkDecision(APPLICATION_ID.required(task), decided(task));
        }
    }

    /** «Передать заявление исполнителю»: only a specialist of the office may be the executor. */
    @Component("startCertificateReview")
    public static class StartCertificateReview implements JavaDelegate {
        private final CertificateService certificates;
        private final StaffDirectory staff;

        public StartCertificateReview(CertificateService certificates, StaffDirectory staff) {
            this.certificates = certificates;
            this.staff = staff;
        }

        @Override
        public void execute(DelegateExecution e) {
            String executor = EXECUTOR.required(e);
            certificates.startReview(APPLICATION_ID.required(e), executor, staff.currentStaffName());
            SUPER_EXECUTOR.set(e, certificates.isSuperExecutor(executor));
        }
    }

    /**
     * «Направить межведомственный запрос»: asynchronous, after the specialist's transaction committed; retried, an
     * incident after three tries. The request carries an idempotency key, so a retried job sends nothing twice.
     */
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
            Long id = APPLICATION_ID.required(e);
            Action action = ACTION.required(e);
            if (action == Action.NONE) throw new IllegalStateException("No interagency request was chosen");
            InteragencyRequest r = interagency.send(id, certificates.caseIdOf(id), certificates.caseNumberOf(id),
                    InteragencyKind.valueOf(action.name()), calendar.dueAfter(answerDays), certificates.applicantSnils(id));
            INTERAGENCY_REQUEST_ID.set(e, r.getId());
            INTERAGENCY_DUE.set(e, Date.from(r.getDeadline()));
            // the next review starts from «Принять решение», not from the request just sent
            ACTION.set(e, Action.NONE);
        }
    }

    /** «Срок ответа истёк»: the request is marked expired unless its answer came in the meantime. */
    @Component("expireInteragencyRequest")
    public static class ExpireInteragencyRequest implements JavaDelegate {
        private final InteragencyService interagency;

        public ExpireInteragencyRequest(InteragencyService interagency) {
            this.interagency = interagency;
        }

        @Override
        public void execute(DelegateExecution e) {
            interagency.expire(INTERAGENCY_REQUEST_ID.required(e));
        }
    }

    /** «Передать решение на утверждение». */
    @Component("sendCertificateDecisionForApproval")
    public static class SendCertificateDecisionForApproval implements JavaDelegate {
        private final CertificateService certificates;
        private final StaffDirectory staff;

        public SendCertificateDecisionForApproval(CertificateService certificates, StaffDirectory staff) {
            this.certificates = certificates;
            this.staff = staff;
        }

        @Override
        public void execute(DelegateExecution e) {
            certificates.sendForApproval(APPLICATION_ID.required(e), staff.currentStaffName());
        }
    }

    /** «Вернуть исполнителю на доработку» with the approver's comment. */
    @Component("returnCertificateForRework")
    public static class ReturnCertificateForRework implements JavaDelegate {
        private final CertificateService certificates;
        private final StaffDirectory staff;

        public ReturnCertificateForRework(CertificateService certificates, StaffDirectory staff) {
            this.certificates = certificates;
            this.staff = staff;
        }

        @Override
        public void execute(DelegateExecution e) {
            certificates.returnForRework(APPLICATION_ID.required(e), staff.currentStaffName(), REWORK_COMMENT.from(e));
        }
    }

    /**
     * «Опубликовать результат»: certificate issued or refusal with the reason the citizen reads. Refused (the
     * approver's or super executor's step fails, a job becomes an incident) unless the executor's decision is
     * complete and valid.
     */
    @Component("publishCertificateDecision")
    public static class PublishCertificateDecision implements JavaDelegate {
        private final CertificateService certificates;
        private final StaffDirectory staff;

        public PublishCertificateDecision(CertificateService certificates, StaffDirectory staff) {
            this.certificates = certificates;
            this.staff = staff;
        }

        @Override
        public void execute(DelegateExecution e) {
            certificates.publish(APPLICATION_ID.required(e), decided(e), staff.currentStaffName());
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
            certificates.close(APPLICATION_ID.required(e));
        }
    }
}
