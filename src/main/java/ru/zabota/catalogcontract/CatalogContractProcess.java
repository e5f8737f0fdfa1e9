package ru.zabota.catalogcontract;

import ru.zabota.workflow.PortalStep;
import ru.zabota.workflow.ProcessVariable;

import java.util.Date;

/**
 * The catalog contract process (processes/catalog-contract.bpmn): its key, element ids, messages, portal steps and
 * typed variables. Variables are ids, deadlines and decisions only; comments, costs, names and signatures live in
 * the contract's tables.
 */
public final class CatalogContractProcess {
    public static final String KEY = "catalog-contract";

    private CatalogContractProcess() {
    }

    /** A party's answer to the contract; anything else reads as {@code null} and the gateway declines. */
    public enum Decision { ACCEPT, DECLINE }

    /** The citizen's answer to the actual cost; anything else reads as a dispute (back to the provider). */
    public enum Acceptance { ACCEPT, DISPUTE }

    /** The provider's answer about the payment; anything else: not paid. */
    public enum Payment { CONFIRM, REJECT }

    public static final class Elements {
        public static final String START = "catalogContractRequested";
        public static final String PROVIDER_REVIEW = "providerReview";
        public static final String PROVIDER_DEADLINE = "providerDeadline";
        public static final String CANCEL_PROVIDER_SILENT = "cancelProviderSilent";
        public static final String PROVIDER_SILENT_END = "providerSilentEnd";
        public static final String PROVIDER_GATEWAY = "providerDecisionGateway";
        public static final String RECORD_PROVIDER_ACCEPTANCE = "recordProviderAcceptance";
        public static final String CITIZEN_REVIEW = "citizenReview";
        public static final String CITIZEN_DEADLINE = "citizenDeadline";
        public static final String CANCEL_CITIZEN_SILENT = "cancelCitizenSilent";
        public static final String CITIZEN_SILENT_END = "citizenSilentEnd";
        public static final String CITIZEN_GATEWAY = "citizenDecisionGateway";
        public static final String START_WORK = "startWork";
        public static final String SERVICE_IN_WORK = "serviceInWork";
        public static final String WORK_DEADLINE = "workDeadline";
        public static final String CANCEL_NOT_DONE = "cancelNotDone";
        public static final String NOT_DONE_END = "notDoneEnd";
        public static final String RECORD_DONE = "recordDone";
        public static final String CITIZEN_ACCEPTANCE = "citizenAcceptance";
        public static final String ACCEPTANCE_DEADLINE = "acceptanceDeadline";
        public static final String ACCEPT_AUTOMATICALLY = "acceptAutomatically";
        public static final String ACCEPTANCE_GATEWAY = "acceptanceGateway";
        public static final String RECORD_DISPUTE = "recordDispute";
        public static final String EXECUTE = "executeContract";
        public static final String ISSUE_RECEIPT = "issueReceipt";
        public static final String PAYMENT_CHECK = "paymentCheck";
        public static final String PAYMENT_DEADLINE = "paymentDeadline";
        public static final String CLOSE_PAYMENT_WAIT = "closePaymentWait";
        public static final String PAYMENT_UNCONFIRMED_END = "paymentUnconfirmedEnd";
        public static final String PAYMENT_GATEWAY = "paymentGateway";
        public static final String CONFIRM_PAYMENT = "confirmPayment";
        public static final String PAID_END = "paidEnd";
        public static final String REJECT_PAYMENT = "rejectPayment";
        public static final String REJECTED_END = "paymentRejectedEnd";
        public static final String NOT_PAID_END = "notPaidEnd";
        public static final String DECLINE = "declineContract";
        public static final String DECLINED_END = "contractDeclinedEnd";

        private Elements() {
        }
    }

    public static final class Messages {
        public static final String PROVIDER_DECIDED = "CatalogProviderDecided";
        public static final String CITIZEN_DECIDED = "CatalogCitizenDecided";
        public static final String SERVICE_DONE = "CatalogServiceDone";
        public static final String COST_ANSWERED = "CatalogCostAnswered";
        public static final String PAYMENT_DECIDED = "CatalogPaymentDecided";

        private Messages() {
        }
    }

    public static final class Vars {
        public static final ProcessVariable<Long> CONTRACT_ID = ProcessVariable.id("catalogContractId");
        /** Actor id of the provider organisation ({@code provider-7}). */
        public static final ProcessVariable<String> PROVIDER_ACTOR = ProcessVariable.string("providerActor");
        /** Actor id of the person the service is for ({@code person-42}); a representative acts as that person. */
        public static final ProcessVariable<String> CITIZEN_ACTOR = ProcessVariable.string("citizenActor");
        public static final ProcessVariable<Date> PROVIDER_DUE = ProcessVariable.dateTime("providerDue");
        public static final ProcessVariable<Date> CITIZEN_DUE = ProcessVariable.dateTime("citizenDue");
        public static final ProcessVariable<Date> WORK_DUE = ProcessVariable.dateTime("workDue");
        public static final ProcessVariable<Date> ACCEPTANCE_DUE = ProcessVariable.dateTime("acceptanceDue");
        public static final ProcessVariable<Date> PAYMENT_DUE = ProcessVariable.dateTime("paymentDue");
        public static final ProcessVariable<Decision> PROVIDER_DECISION = ProcessVariable.decision("catalogProviderDecision", Decision.class);
        public static final ProcessVariable<Decision> CITIZEN_DECISION = ProcessVariable.decision("catalogCitizenDecision", Decision.class);
        public static final ProcessVariable<Acceptance> ACCEPTANCE = ProcessVariable.decision("costAcceptance", Acceptance.class);
        public static final ProcessVariable<Payment> PAYMENT = ProcessVariable.decision("paymentDecision", Payment.class);
        public static final ProcessVariable<Long> RECEIPT_ID = ProcessVariable.id("receiptId");

        private Vars() {
        }
    }

    /** The portal steps: where the process waits, for which message, and who may take it. */
    public static final class Steps {
        public static final PortalStep PROVIDER_REVIEW = new PortalStep(KEY, Elements.PROVIDER_REVIEW,
                Messages.PROVIDER_DECIDED, Vars.PROVIDER_ACTOR.name());
        public static final PortalStep CITIZEN_REVIEW = new PortalStep(KEY, Elements.CITIZEN_REVIEW,
                Messages.CITIZEN_DECIDED, Vars.CITIZEN_ACTOR.name());
        public static final PortalStep DONE = new PortalStep(KEY, Elements.SERVICE_IN_WORK,
                Messages.SERVICE_DONE, Vars.PROVIDER_ACTOR.name());
        public static final PortalStep ACCEPTANCE = new PortalStep(KEY, Elements.CITIZEN_ACCEPTANCE,
                Messages.COST_ANSWERED, Vars.CITIZEN_ACTOR.name());
        public static final PortalStep PAYMENT = new PortalStep(KEY, Elements.PAYMENT_CHECK,
                Messages.PAYMENT_DECIDED, Vars.PROVIDER_ACTOR.name());

        private Steps() {
        }
    }
}
