package ru.zabota.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated portal user. Roles come from the account (citizen) and its provider memberships;
 * {@code providerId} is the organisation the user works for, if any, and {@code position} the job there.
 */
public record PortalUser(Long accountId, String username, String passwordHash, Long personId, String fullName,
                         Set<PortalRole> roles, Long providerId, String providerName, String position, boolean enabled)
        implements UserDetails {

    public PortalUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(PortalRole.class) : EnumSet.copyOf(roles);
    }

    public boolean has(PortalRole role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toList());
    }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return username; }

    @Override
    public boolean isEnabled() { return enabled; }
}
