package ru.zabota.catalog;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.zabota.workflow.StaffDirectory;
import ru.zabota.workflow.StaffGroups;
import ru.zabota.workflow.WorkingCalendar;

import java.util.stream.Collectors;

import static ru.zabota.catalog.AdModerationProcess.Vars.*;

/**
 * The service tasks of ad-moderation.bpmn. Each records the moderator's decision in the catalog with the moderator's
 * name, and only when a moderator took it: a decision reached any other way fails and the engine rolls it back.
 */
public final class AdModerationDelegates {
    private AdModerationDelegates() {
    }

    /** «Найти возможные дубликаты, назначить срок»: ids of the candidates for the form, the moderation due date. */
    @Component("findAdDuplicates")
    public static class FindDuplicates implements JavaDelegate {
        private final AdService ads;
        private final WorkingCalendar calendar;
        private final int days;

        public FindDuplicates(AdService ads, WorkingCalendar calendar,
                              @Value("${zabota.catalog.moderation-working-days:3}") int days) {
            this.ads = ads;
            this.calendar = calendar;
            this.days = days;
        }

        @Override
        public void execute(DelegateExecution e) {
            String ids = ads.duplicateCandidates(AD_ID.required(e)).stream().map(a -> a.getId().toString())
                    .collect(Collectors.joining(", "));
            DUPLICATE_AD_IDS.set(e, ids.isEmpty() ? "не найдены" : ids);
            MODERATION_DUE.set(e, calendar.dueAfter(days));
            // a new round starts clean: the previous round's decision must not decide this one
            e.removeVariable(DECISION.name());
            e.removeVariable(REMARKS.name());
            e.removeVariable(DUPLICATE_OF.name());
        }
    }

    /** The staff member who decided, checked to be a moderator. */
    static String moderator(StaffDirectory staff) {
        String user = staff.currentStaffUser();
        if (!staff.isMember(user, StaffGroups.MODERATORS)) {
            throw new IllegalStateException("Решение по объявлению принимает модератор каталога (" + StaffGroups.MODERATORS + ")");
        }
        return user;
    }

    /** «Опубликовать объявление»: the checked version becomes the public one. */
    @Component("publishAd")
    public static class Publish implements JavaDelegate {
        private final AdService ads;
        private final StaffDirectory staff;

        public Publish(AdService ads, StaffDirectory staff) {
            this.ads = ads;
            this.staff = staff;
        }

        @Override
        public void execute(DelegateExecution e) {
            String user = moderator(staff);
            ads.markPublished(AD_ID.required(e), user, staff.displayName(user));
        }
    }

    /** «Вернуть поставщику с замечаниями»: also the safe default of an unknown decision. */
    @Component("returnAd")
    public static class Return implements JavaDelegate {
        private final AdService ads;
        private final StaffDirectory staff;

        public Return(AdService ads, StaffDirectory staff) {
            this.ads = ads;
            this.staff = staff;
        }

        @Override
        public void execute(DelegateExecution e) {
            String user = staff.currentStaffUser();
            String remarks = REMARKS.from(e);
            if (remarks == null || remarks.isBlank()) remarks = "Объявление возвращено без решения о публикации: уточните его у модератора";
            ads.markReturned(AD_ID.required(e), remarks, user, staff.currentStaffName());
        }
    }

    /** «Отметить дубликат»: moderation stops, the provider is told which ad it duplicates. */
    @Component("markAdDuplicate")
    public static class MarkDuplicate implements JavaDelegate {
        private final AdService ads;
        private final StaffDirectory staff;

        public MarkDuplicate(AdService ads, StaffDirectory staff) {
            this.ads = ads;
            this.staff = staff;
        }

        @Override
        public void execute(DelegateExecution e) {
            String user = moderator(staff);
            ads.markDuplicate(AD_ID.required(e), DUPLICATE_OF.from(e), REMARKS.from(e), user, staff.displayName(user));
        }
    }
}
