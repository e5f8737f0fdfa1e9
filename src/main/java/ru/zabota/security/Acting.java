package ru.zabota.security;

/** Who is acting now: the portal user, in which role, for which person (self or a represented person). */
public record Acting(PortalUser user, PortalRole role, Long personId, String personName) {

    public boolean representing() {
        return personId != null && !personId.equals(user.personId());
    }

    /**
     * The person who acts, as a signature or an audit entry names them at this moment: «ФИО» for a citizen,
     * «ФИО, законный представитель за ФИО» for a representative, «ФИО, должность (организация)» for a provider's
     * employee. Stored with the signature or the entry, so a later change of name or job does not rewrite history.
     */
    public String displayName() {
        String name = user.fullName() == null || user.fullName().isBlank() ? user.username() : user.fullName();
        if (role == PortalRole.PROVIDER || role == PortalRole.WORKER) {
            String job = user.position() == null || user.position().isBlank() ? name : name + ", " + user.position().toLowerCase(java.util.Locale.ROOT);
            return user.providerName() == null ? job : job + " (" + user.providerName() + ")";
        }
        return representing() ? name + ", законный представитель за " + personName : name;
    }
}
