package ru.zabota.security;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps a password check (the portal's accounts or the staff's Camunda identity) with {@link LoginThrottle}:
 * a throttled or locked account or address is refused before the password is looked at, a wrong password
 * (or an unknown login: the same answer, so that logins cannot be probed) is counted, a success resets the count.
 * Used by the form logins and HTTP Basic alike: the client address comes from the request details.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final LoginThrottle.Realm realm;

    public ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, LoginThrottle.Realm realm) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.realm = realm;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        throttle.check(realm, username, address);
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException | UsernameNotFoundException e) {
            LoginThrottledException locked;
            try {
                locked = throttle.failed(realm, username, address).orElse(null);
            } catch (DataIntegrityViolationException concurrentFirstFailure) {
                locked = throttle.failed(realm, username, address).orElse(null);
            }
            if (locked != null) throw locked;
            throw e;
        }
        if (result != null && throttle.hasFailures(realm, username)) throttle.succeeded(realm, username);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
