package ru.zabota.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/** Staff of the office as the engine's identity knows them: names for audit entries, group members for forms. */
@Component
public class StaffDirectory {
    /** The actor of a step that no person took (a timer, a message from another system). */
    public static final String SYSTEM = "система";

    private final IdentityService identity;

    public StaffDirectory(IdentityService identity) {
        this.identity = identity;
    }

    /** The staff member who completed the Tasklist step that runs now, or {@code null} (a job, a portal step). */
    public String currentStaffUser() {
        Authentication a = identity.getCurrentAuthentication();
        return a == null ? null : a.getUserId();
    }

    /** «Фамилия Имя, должность» of the staff member who acts now, for audit entries; «система» when none does. */
    public String currentStaffName() {
        String id = currentStaffUser();
        return id == null ? SYSTEM : displayName(id);
    }

    /**
     * «Фамилия Имя, должность» of a staff member: a person, not a login, in every audit entry. The position is the
     * office role the identity groups give (the head's before the specialist's, when both).
     */
    public String displayName(String userId) {
        if (userId == null) return SYSTEM;
        User u = identity.createUserQuery().userId(userId).singleResult();
        if (u == null) return userId;
        String name = ((u.getLastName() == null ? "" : u.getLastName()) + " " + (u.getFirstName() == null ? "" : u.getFirstName())).trim();
        if (name.isEmpty()) return userId;
        String position = positionOf(groupsOf(userId));
        return position == null ? name : name + ", " + position;
    }

    /** The office position of a member of these groups, in the order of precedence; null outside the office. */
    static String positionOf(List<String> groups) {
        for (String[] g : POSITIONS) if (groups.contains(g[0])) return g[1];
        return null;
    }

    private static final String[][] POSITIONS = {
            {StaffGroups.HEADS, "начальник отдела УСЗН"},
            {StaffGroups.APPROVERS, "заместитель начальника УСЗН"},
            {StaffGroups.SPECIALISTS, "специалист УСЗН"},
            {StaffGroups.MODERATORS, "модератор каталога услуг"},
            {StaffGroups.ANALYSTS, "аналитик"},
            {StaffGroups.ADMINS, "администратор"},
    };

    public List<User> members(String group) {
        return identity.createUserQuery().memberOfGroup(group).orderByUserLastName().asc().list();
    }

    public boolean isMember(String userId, String group) {
        return userId != null && identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
    }

    /** Checks a staff password (the staff pages' login). */
    public boolean checkPassword(String userId, String password) {
        return identity.checkPassword(userId, password);
    }

    public List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }
}
