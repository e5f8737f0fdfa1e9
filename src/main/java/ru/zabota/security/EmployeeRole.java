package ru.zabota.security;

/** What a provider employee does in the organisation. */
public enum EmployeeRole {
    MANAGER, SOCIAL_WORKER;

    public PortalRole portalRole() {
        return this == MANAGER ? PortalRole.PROVIDER : PortalRole.WORKER;
    }
}
