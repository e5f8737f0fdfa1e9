package ru.zabota.security;

/** Who is acting now: the portal user, in which role, for which person (self or a represented person). */
public record Acting(PortalUser user, PortalRole role, Long personId, String personName) {

    public boolean representing() {
        return !personId.equals(user.personId());
    }
}
