package ru.zabota.contract;

/** The [603] process (processes/social-contract-603.bpmn): key, element ids, variables. */
public final class SocialContractProcess {
    public static final String KEY = "social-contract-603";
    public static final String ACT_SIGNED_MESSAGE = "ActSigned";

    private SocialContractProcess() {
    }

    public static final class Elements {
        public static final String PROVIDER_REVIEW = "providerReview";
        public static final String PROVIDER_DEADLINE = "providerDeadline";
        public static final String PROVIDER_OVERDUE = "providerOverdue";
        public static final String RECORD_PROVIDER_SIGNATURE = "recordProviderSignature";
        public static final String CITIZEN_SIGNATURE = "citizenSignature";
        public static final String ACTIVATE = "activateContract";
        public static final String DECLINE = "declineContract";
        public static final String DELIVERY = "serviceDelivery";
        public static final String EXECUTE = "executeContract";
        public static final String DECLINED_END = "contractDeclined";
        public static final String RATE_PROVIDER = "rateProvider";
        public static final String RATING_WINDOW = "ratingWindow";
        public static final String EXECUTED_END = "contractExecuted";
        public static final String EXECUTED_UNRATED_END = "contractExecutedUnrated";

        private Elements() {
        }
    }

    public static final class Vars {
        public static final String CONTRACT_ID = "contractId";
        public static final String PROVIDER_GROUP = "providerGroup";
        public static final String CITIZEN_USER = "citizenUser";
        public static final String PROVIDER_DUE = "providerDue";
        public static final String PROVIDER_DECISION = "providerDecision";
        public static final String CITIZEN_DECISION = "citizenDecision";
        public static final String DECLINE_REASON = "declineReason";
        public static final String CONTRACT_SUMMARY = "contractSummary";
        /** Integer 1–5: the recipient's rating of the provider. */
        public static final String RATING = "rating";

        private Vars() {
        }
    }

    public static final String SIGN = "SIGN";
    public static final String DECLINE = "DECLINE";

    /** The Camunda candidate group of a provider organisation's employees. */
    public static String providerGroup(Long providerId) {
        return "provider-" + providerId;
    }

    /** The task owner id of a recipient (portal people are not Camunda users). */
    public static String citizenUser(Long personId) {
        return "person-" + personId;
    }
}
