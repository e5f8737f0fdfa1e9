package ru.zabota.workflow;

/** Camunda identity groups of the social-protection office. */
public final class StaffGroups {
    public static final String SPECIALISTS = "uszn-specialists";
    public static final String HEADS = "uszn-heads";
    public static final String APPROVERS = "uszn-approvers";
    public static final String MODERATORS = "uszn-moderators";
    public static final String ANALYSTS = "analysts";
    public static final String ADMINS = "camunda-admin";
    /** Specialists who decide without the approval step (seed 002: «суперисполнитель»). */
    public static final String SUPER_EXECUTORS = "uszn-super-executors";

    private StaffGroups() {
    }
}
