package ru.zabota.security;

import ru.zabota.common.NotFoundException;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;

@Service
public class PortalUserDetailsService implements UserDetailsService {
    private final PortalAccountRepository accounts;
    private final ProviderEmployeeRepository employees;

    public PortalUserDetailsService(PortalAccountRepository accounts, ProviderEmployeeRepository employees) {
        this.accounts = accounts;
        this.employees = employees;
    }

    @Override
    @Transactional(readOnly = true)
    public PortalUser loadUserByUsername(String username) {
        PortalAccount a = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Нет такой учётной записи"));
        EnumSet<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        if (a.isCitizen()) roles.add(PortalRole.CITIZEN);
        List<ProviderEmployee> jobs = employees.findByAccountId(a.getId());
        Long providerId = null;
        String providerName = null;
        String position = null;
        for (ProviderEmployee e : jobs) {
            roles.add(e.getRole().portalRole());
            providerId = e.getProvider().getId();
            providerName = e.getProvider().getShortName();
            position = e.getPosition();
        }
        return new PortalUser(a.getId(), a.getUsername(), a.getPasswordHash(), a.getPerson().getId(),
                a.getPerson().getFullName(), roles, providerId, providerName, position, a.isEnabled());
    }
}
