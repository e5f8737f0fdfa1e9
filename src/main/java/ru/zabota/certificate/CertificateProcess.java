package ru.zabota.certificate;

/**
 * The [602] process (processes/certificate-602.bpmn): its key, the element ids that code and tests refer to, and the
 * process variables (also the field keys of the staff forms in forms/certificate-602-*.form).
 */
public final class CertificateProcess {
    public static final String KEY = "certificate-602";

    private CertificateProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String START = "applicationReceived";
        public static final String REGISTER = "registerApplication";
        public static final String CREATE_IN_OFFICE = "createInOfficeApplication";
        public static final String ASSIGN_EXECUTOR = "assignExecutor";
        public static final String START_REVIEW = "startReview";
        public static final String REVIEW = "reviewApplication";
        public static final String SEND_REQUEST = "sendInteragencyRequest";
        public static final String WAIT_FOR_ANSWER = "waitForAnswer";
        public static final String CHECK_ANSWER = "checkInteragencyAnswer";
        public static final String SEND_FOR_APPROVAL = "sendForApproval";
        public static final String APPROVE = "approveDecision";
        public static final String RETURN_FOR_REWORK = "returnForRework";
        public static final String PUBLISH = "publishDecision";
        public static final String CLOSE = "closeCase";
        public static final String DECISION_DEADLINE = "decisionDeadline";
        public static final String DEADLINE_ESCALATION = "deadlineEscalation";
        public static final String END = "caseClosed";

        private Elements() {
        }
    }

    /** Process variables and form field keys. */
    public static final class Vars {
        public static final String APPLICATION_ID = "applicationId";
        public static final String IN_OFFICE = "inOffice";
        public static final String INITIATOR = "initiator";
        public static final String SNILS = "snils";
        public static final String CERTIFICATE_TYPE = "certificateType";
        public static final String DECISION_DUE = "decisionDue";
        public static final String SPECIALISTS = "specialists";
        public static final String PROVIDER_OPTIONS = "providerOptions";
        public static final String APPLICANT_SUMMARY = "applicantSummary";
        public static final String INTERAGENCY_SUMMARY = "interagencySummary";
        public static final String EXECUTOR = "executor";
        public static final String SUPER_EXECUTOR = "superExecutor";
        public static final String INTERAGENCY_REQUEST = "interagencyRequest";
        public static final String INTERAGENCY_REQUEST_ID = "interagencyRequestId";
        public static final String INTERAGENCY_STATUS = "interagencyStatus";
        public static final String DECISION = "decision";
        public static final String REFUSAL_REASON = "refusalReason";
        public static final String RECOMMENDED_PROVIDERS = "recommendedProviders";
        public static final String CERTIFICATE_VALUE = "certificateValue";
        public static final String CERTIFICATE_VOLUME = "certificateVolume";
        public static final String VALID_UNTIL = "validUntil";
        public static final String APPROVAL = "approval";
        public static final String REWORK_COMMENT = "reworkComment";

        private Vars() {
        }
    }

    /** Values of the decision fields. */
    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";
    public static final String PUBLISH = "PUBLISH";
    public static final String REWORK = "REWORK";
    public static final String NO_REQUEST = "NONE";
    /** Specialists in this group decide without the approval step. */
    public static final String SUPER_EXECUTORS = ru.zabota.workflow.StaffGroups.SUPER_EXECUTORS;
}
