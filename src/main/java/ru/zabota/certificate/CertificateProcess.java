package ru.zabota.certificate;

import ru.zabota.interagency.InteragencyService;
import ru.zabota.workflow.ProcessVariable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * The [602] process (processes/certificate-602.bpmn): its key, the element ids that code and tests refer to, and the
 * typed process variables (also the field keys of the staff forms in forms/certificate-602-*.form). Variables hold
 * ids and decisions only: what a form shows about the person comes from the staff case page it links to
 * ({@code /staff/cases/{caseId}}).
 */
public final class CertificateProcess {
    public static final String KEY = "certificate-602";
    /** The poller of the interagency feature correlates it (business key = case number) when an answer came. */
    public static final String INTERAGENCY_ANSWERED = InteragencyService.ANSWERED_MESSAGE;

    private CertificateProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String START = "applicationReceived";
        public static final String REGISTER = "registerApplication";
        public static final String ASSIGN_EXECUTOR = "assignExecutor";
        public static final String START_REVIEW = "startReview";
        public static final String REVIEW = "reviewApplication";
        public static final String NO_ACTION = "f_no_action";
        public static final String SEND_REQUEST = "sendInteragencyRequest";
        public static final String WAIT_FOR_ANSWER = "waitForAnswer";
        public static final String ANSWER_DEADLINE = "answerDeadline";
        public static final String EXPIRE_REQUEST = "expireInteragencyRequest";
        public static final String SEND_FOR_APPROVAL = "sendForApproval";
        public static final String APPROVE = "approveDecision";
        public static final String RETURN_FOR_REWORK = "returnForRework";
        public static final String PUBLISH = "publishDecision";
        public static final String CLOSE = "closeCase";
        public static final String DECISION_DEADLINE = "decisionDeadline";
        public static final String DEADLINE_ESCALATION = "deadlineEscalation";
        public static final String ESCALATION_HANDLED = "escalationHandled";
        public static final String END = "caseClosed";

        private Elements() {
        }
    }

    /** «Рассмотреть заявление»: decide now, or ask another agency first. */
    public enum Action {
        NONE, INCOME, DISABILITY
    }

    /** The executor's decision. */
    public enum Decision {
        APPROVE, REJECT
    }

    /** The approver's decision. */
    public enum Approval {
        PUBLISH, REWORK
    }

    // ---- process variables (ids and decisions) -------------------------------------------------------------
    public static final ProcessVariable<Long> APPLICATION_ID = ProcessVariable.id("applicationId");
    /** The case the staff page {@code /staff/cases/{caseId}} shows: the forms link to it. */
    public static final ProcessVariable<Long> CASE_ID = ProcessVariable.id("caseId");
    public static final ProcessVariable<Boolean> IN_OFFICE = ProcessVariable.bool("inOffice");
    public static final ProcessVariable<Date> DECISION_DUE = ProcessVariable.dateTime("decisionDue");
    /** The staff user id of the executor; set at the start when the application was taken in the office. */
    public static final ProcessVariable<String> EXECUTOR = ProcessVariable.string("executor");
    public static final ProcessVariable<Boolean> SUPER_EXECUTOR = ProcessVariable.bool("superExecutor");
    public static final ProcessVariable<Action> ACTION = ProcessVariable.decision("interagencyRequest", Action.class);
    public static final ProcessVariable<Long> INTERAGENCY_REQUEST_ID = ProcessVariable.id("interagencyRequestId");
    public static final ProcessVariable<Date> INTERAGENCY_DUE = ProcessVariable.dateTime("interagencyDue");
    public static final ProcessVariable<Decision> DECISION = ProcessVariable.decision("decision", Decision.class);
    public static final ProcessVariable<String> REFUSAL_REASON = ProcessVariable.string("refusalReason");
    public static final ProcessVariable<List<Long>> RECOMMENDED_PROVIDERS = ProcessVariable.ids("recommendedProviders");
    public static final ProcessVariable<BigDecimal> CERTIFICATE_VALUE = ProcessVariable.decimal("certificateValue");
    public static final ProcessVariable<Integer> CERTIFICATE_VOLUME = ProcessVariable.integer("certificateVolume");
    public static final ProcessVariable<LocalDate> VALID_UNTIL = ProcessVariable.date("validUntil");
    public static final ProcessVariable<Approval> APPROVAL = ProcessVariable.decision("approval", Approval.class);
    public static final ProcessVariable<String> REWORK_COMMENT = ProcessVariable.string("reworkComment");
    public static final ProcessVariable<String> ESCALATION_NOTE = ProcessVariable.string("escalationNote");

    // ---- form options: task-local on the task whose form shows them, never in history (FormOptionsOutOfHistory)
    /** «Назначить исполнителя»: the office's specialists. */
    public static final ProcessVariable<String> SPECIALIST_OPTIONS = ProcessVariable.string("specialistOptions");
    /** «Рассмотреть заявление», «Утвердить решение»: providers offering a service of the applicant's ИППСУ. */
    public static final ProcessVariable<String> PROVIDER_OPTIONS = ProcessVariable.string("providerOptions");
}
