package ru.zabota.contract;

import ru.zabota.workflow.PortalStep;
import ru.zabota.workflow.ProcessVariable;

import java.util.Date;

/**
 * The [603] process (processes/social-contract-603.bpmn): its key, element ids, messages, the portal steps and the
 * typed variables. Variables are ids, deadlines and decisions only; names, reasons and signatures live in the
 * contract's tables.
 */
public final class SocialContractProcess {
    public static final String KEY = "social-contract-603";

    private SocialContractProcess() {
    }

    /** A party's answer on a portal step; anything else reads as {@code null} and the gateway declines. */
    public enum Decision { SIGN, DECLINE }

    public static final class Elements {
        public static final String START = "contractRequested";
        public static final String PROVIDER_REVIEW = "providerReview";
        public static final String REQUEST_WITHDRAWN = "requestWithdrawn";
        public static final String WITHDRAW = "withdrawContract";
        public static final String WITHDRAWN_END = "contractWithdrawn";
        public static final String PROVIDER_DEADLINE = "providerDeadline";
        public static final String PROVIDER_OVERDUE = "providerOverdue";
        public static final String OVERDUE_HANDLED = "overdueHandled";
        public static final String PROVIDER_GATEWAY = "providerDecisionGateway";
        public static final String RECORD_PROVIDER_SIGNATURE = "recordProviderSignature";
        public static final String CITIZEN_SIGNATURE = "citizenSignature";
        public static final String CITIZEN_DEADLINE = "citizenDeadline";
        public static final String EXPIRE = "expireContract";
        public static final String EXPIRED_END = "contractExpired";
        public static final String CITIZEN_GATEWAY = "citizenDecisionGateway";
        public static final String ACTIVATE = "activateContract";
        public static final String DELIVERY = "serviceDelivery";
        public static final String TERM_ENDED = "termEnded";
        public static final String CLOSE_AT_TERM_END = "closeAtTermEnd";
        public static final String CLOSED_AT_TERM_END = "contractClosedAtTermEnd";
        public static final String EXECUTE = "executeContract";
        public static final String RATE_PROVIDER = "rateProvider";
        public static final String RATING_WINDOW = "ratingWindow";
        public static final String EXECUTED_END = "contractExecuted";
        public static final String EXECUTED_UNRATED_END = "contractExecutedUnrated";
        public static final String DECLINE = "declineContract";
        public static final String DECLINED_END = "contractDeclined";

        private Elements() {
        }
    }

    public static final class Messages {
        public static final String PROVIDER_DECIDED = "ProviderDecided";
        public static final String REQUEST_WITHDRAWN = "RequestWithdrawn";
        public static final String CITIZEN_DECIDED = "CitizenDecided";
        public static final String ACT_SIGNED = "ActSigned";
        public static final String PROVIDER_RATED = "ProviderRated";

        private Messages() {
        }
    }

    public static final class Vars {
        public static final ProcessVariable<Long> CONTRACT_ID = ProcessVariable.id("contractId");
        /** The [603] case, for the staff form's link to the case page. */
        public static final ProcessVariable<Long> CASE_ID = ProcessVariable.id("caseId");
        /** Actor id of the provider organisation ({@code provider-7}): who takes the provider's portal steps. */
        public static final ProcessVariable<String> PROVIDER_ACTOR = ProcessVariable.string("providerActor");
        /** Actor id of the recipient ({@code person-42}): who takes the recipient's portal steps. */
        public static final ProcessVariable<String> RECIPIENT_ACTOR = ProcessVariable.string("recipientActor");
        public static final ProcessVariable<Date> PROVIDER_DUE = ProcessVariable.dateTime("providerDue");
        public static final ProcessVariable<Date> CITIZEN_DUE = ProcessVariable.dateTime("citizenDue");
        public static final ProcessVariable<Date> TERM_END = ProcessVariable.dateTime("termEnd");
        public static final ProcessVariable<Decision> PROVIDER_DECISION = ProcessVariable.decision("providerDecision", Decision.class);
        public static final ProcessVariable<Decision> CITIZEN_DECISION = ProcessVariable.decision("citizenDecision", Decision.class);
        /** Field of the staff form «Договор не подписан поставщиком в срок». */
        public static final ProcessVariable<String> OVERDUE_NOTE = ProcessVariable.string("overdueNote");

        private Vars() {
        }
    }

    /** The portal steps: where the process waits, for which message, and who may take it. */
    public static final class Steps {
        public static final PortalStep PROVIDER_REVIEW = new PortalStep(KEY, Elements.PROVIDER_REVIEW,
                Messages.PROVIDER_DECIDED, Vars.PROVIDER_ACTOR.name());
        public static final PortalStep WITHDRAW = new PortalStep(KEY, Elements.PROVIDER_REVIEW,
                Messages.REQUEST_WITHDRAWN, Vars.RECIPIENT_ACTOR.name());
        public static final PortalStep CITIZEN_SIGNATURE = new PortalStep(KEY, Elements.CITIZEN_SIGNATURE,
                Messages.CITIZEN_DECIDED, Vars.RECIPIENT_ACTOR.name());
        public static final PortalStep ACT = new PortalStep(KEY, Elements.DELIVERY,
                Messages.ACT_SIGNED, Vars.RECIPIENT_ACTOR.name());
        public static final PortalStep RATE = new PortalStep(KEY, Elements.RATE_PROVIDER,
                Messages.PROVIDER_RATED, Vars.RECIPIENT_ACTOR.name());

        private Steps() {
        }
    }
}
