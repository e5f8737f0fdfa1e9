package ru.zabota.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.List;

/**
 * Staff pages sign in with the same Camunda identity as Tasklist and Cockpit: one account per employee.
 * Deliberately not a bean: a global AuthenticationProvider bean would replace the portal's own login.
 */
public class StaffAuthenticationProvider implements AuthenticationProvider {
    private final IdentityService identity;

    public StaffAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (userId == null || userId.isBlank() || !identity.checkPassword(userId, password)) {
            throw new BadCredentialsException("Неверное имя пользователя или пароль");
        }
        User u = identity.createUserQuery().userId(userId).singleResult();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
        groups.forEach(g -> authorities.add(new SimpleGrantedAuthority("GROUP_" + g)));
        StaffUser staff = new StaffUser(userId, (u.getFirstName() + " " + u.getLastName()).trim(), groups);
        return new UsernamePasswordAuthenticationToken(staff, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
