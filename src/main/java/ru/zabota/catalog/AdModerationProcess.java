package ru.zabota.catalog;

import ru.zabota.workflow.PortalStep;
import ru.zabota.workflow.ProcessVariable;

import java.util.Date;

/**
 * The catalog's moderation process (processes/ad-moderation.bpmn): key, element ids, the provider's portal step and
 * the typed variables. Variables are ids and the moderator's decision; the ad's text and the provider's data live in
 * the catalog's tables and on the staff page the form links to.
 */
public final class AdModerationProcess {
    public static final String KEY = "ad-moderation";

    private AdModerationProcess() {
    }

    /** The moderator's decision; anything else reads as {@code null} and the gateway returns the ad to the provider. */
    public enum Decision { PUBLISH, RETURN, DUPLICATE }

    public static final class Elements {
        public static final String START = "adSubmitted";
        public static final String FIND_DUPLICATES = "findDuplicates";
        public static final String MODERATE = "moderateAd";
        public static final String DEADLINE = "moderationDeadline";
        public static final String OVERDUE = "moderationOverdue";
        public static final String OVERDUE_HANDLED = "overdueHandled";
        public static final String GATEWAY = "moderationDecisionGateway";
        public static final String PUBLISH = "publishAd";
        public static final String PUBLISHED_END = "adPublished";
        public static final String RETURN = "returnAd";
        public static final String PROVIDER_FIX = "providerFix";
        public static final String MARK_DUPLICATE = "markAdDuplicate";
        public static final String DUPLICATE_END = "adDuplicate";

        private Elements() {
        }
    }

    public static final class Messages {
        public static final String RESUBMITTED = "AdResubmitted";

        private Messages() {
        }
    }

    public static final class Vars {
        public static final ProcessVariable<Long> AD_ID = ProcessVariable.id("adId");
        /** Actor id of the provider organisation ({@code provider-7}): who takes «Исправление поставщиком». */
        public static final ProcessVariable<String> PROVIDER_ACTOR = ProcessVariable.string("providerActor");
        public static final ProcessVariable<Decision> DECISION = ProcessVariable.decision("decision", Decision.class);
        /** Deficiencies written for the provider (about the ad, never about a person). */
        public static final ProcessVariable<String> REMARKS = ProcessVariable.string("remarks");
        /** The ad id this one duplicates (the moderator's choice). */
        public static final ProcessVariable<Long> DUPLICATE_OF = ProcessVariable.id("duplicateOf");
        /** Ids of the possible duplicates found automatically, «12, 15»: ids only, the staff page shows them. */
        public static final ProcessVariable<String> DUPLICATE_AD_IDS = ProcessVariable.string("duplicateAdIds");
        public static final ProcessVariable<Date> MODERATION_DUE = ProcessVariable.dateTime("moderationDue");
        /** Field of the heads' form «Модерация просрочена». */
        public static final ProcessVariable<String> ESCALATION_NOTE = ProcessVariable.string("escalationNote");

        private Vars() {
        }
    }

    public static final class Steps {
        /** The provider fixed the returned ad and sent it again. */
        public static final PortalStep PROVIDER_FIX = new PortalStep(KEY, Elements.PROVIDER_FIX, Messages.RESUBMITTED,
                Vars.PROVIDER_ACTOR.name());

        private Steps() {
        }
    }
}
