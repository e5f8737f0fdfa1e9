package ru.zabota.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Three filter chains: the engine REST API (Camunda identity via HTTP Basic, staff only), the Camunda webapps
 * (their own login and CSRF), and the portal with its JSON API (portal accounts; form login, HTTP Basic or a
 * personal API token as Bearer). Password logins (portal form, Basic, staff form) are throttled by {@link LoginThrottle}.
 */
@Configuration
public class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        // Authentication is done by Camunda's own filter registered below, against Camunda identity.
        http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> reg = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        reg.setName("camunda-engine-rest-auth");
        reg.addInitParameter("authentication-provider",
                "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider");
        reg.addUrlPatterns("/engine-rest/*");
        return reg;
    }

    /**
     * Operations: {@code /actuator/health} (liveness, readiness) is public for load balancers; metrics and the rest
     * need an engine administrator (group {@code camunda-admin}) by HTTP Basic.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, org.camunda.bpm.engine.IdentityService identity) throws Exception {
        // Its own manager without a parent: the portal accounts (the global manager) must not authenticate here,
        // where no login throttle counts their passwords.
        http.securityMatcher(path("/actuator/**"))
                .authenticationManager(new ProviderManager(new StaffAuthenticationProvider(identity)))
                .authorizeHttpRequests(a -> a.requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        .anyRequest().hasAuthority("GROUP_camunda-admin"))
                .httpBasic(Customizer.withDefaults())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // The webapps keep their own login, session and CSRF protection.
        http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/camunda-welcome/**")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain staffPages(HttpSecurity http, org.camunda.bpm.engine.IdentityService identity,
                                   LoginThrottle throttle) throws Exception {
        // Staff pages where Tasklist cannot serve (case history); sign-in with the Camunda identity, throttled.
        // Its own manager without a parent: a refused staff login must not fall through to the portal accounts.
        http.securityMatcher(path("/staff/**"))
                .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(
                        new StaffAuthenticationProvider(identity), throttle, LoginThrottle.Realm.STAFF)))
                .authorizeHttpRequests(a -> a.requestMatchers(path("/staff/login")).permitAll()
                        .anyRequest().hasRole("STAFF"))
                .formLogin(f -> f.loginPage("/staff/login").loginProcessingUrl("/staff/login")
                        .defaultSuccessUrl("/staff/cases", true).failureHandler(loginFailure("/staff/login")).permitAll())
                .logout(l -> l.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login?logout"))
                .headers(SecurityConfig::pageHeaders);
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain portal(HttpSecurity http, PortalUserDetailsService users, PasswordEncoder passwordEncoder, java.time.Clock clock,
                               @org.springframework.beans.factory.annotation.Value("${zabota.security.basic-cache-ttl:PT5M}") java.time.Duration basicCacheTtl,
                               @org.springframework.beans.factory.annotation.Value("${zabota.security.basic-cache-size:10000}") int basicCacheSize,
                               LoginThrottle throttle, ApiTokenService tokens, ApiAuthenticationEntryPoint apiEntryPoint) throws Exception {
        RequestMatcher api = r -> r.getRequestURI().startsWith(r.getContextPath() + "/api/");
        // Basic and Bearer calls carry no session cookie: nothing for a forged cross-site request to ride on.
        RequestMatcher headerApiCall = r -> api.matches(r) && (hasBasicHeader(r) || ApiTokenAuthenticationFilter.bearer(r) != null);
        // The form login and HTTP Basic share one throttled check of the portal accounts (BCrypt once, then the
        // recent-login cache for repeated Basic calls, zabota.security.basic-cache-ttl, PT0S switches it off; the
        // throttle is checked before either). Not a bean: the global authentication manager stays as it was.
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        RecentLoginCache accounts = new RecentLoginCache(passwords, users, basicCacheTtl, basicCacheSize, clock);
        http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(accounts, throttle, LoginThrottle.Realm.PORTAL)))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, apiEntryPoint), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/registry", "/registry/**", "/catalog", "/catalog/**", "/login", "/error",
                                "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/providers", "/api/providers/**", "/api/municipalities",
                                "/api/service-types", "/api/catalog/categories", "/api/catalog/ads", "/api/catalog/ads/**").permitAll()
                        // portal accounts only: a staff session (its own login) is not a portal user (403)
                        .anyRequest().hasAnyRole("CITIZEN", "PROVIDER", "WORKER"))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/role", true).failureHandler(loginFailure("/login")).permitAll())
                .httpBasic(b -> b.authenticationEntryPoint(apiEntryPoint))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/"))
                .headers(SecurityConfig::pageHeaders)
                .csrf(c -> c.ignoringRequestMatchers(headerApiCall))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(apiEntryPoint, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), r -> true));
        return http.build();
    }

    /**
     * What the portal's and the staff pages' responses tell the browser: scripts and styles only from this server
     * (Bootstrap from the webjars, js/zabota.js; inline style attributes for progress bars), images also as data URLs
     * (the drawn signature), no framing by other sites, no referrer to other sites. HSTS is sent on HTTPS requests
     * (behind a TLS proxy with forwarded headers). The Camunda webapps keep the headers Camunda sets for them.
     */
    static void pageHeaders(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                        + "form-action 'self'; frame-ancestors 'self'"))
                .referrerPolicy(r -> r.policy(org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.sameOrigin());
    }

    /** The API's 401 and 429 as Problem Details; {@code WWW-Authenticate: Basic} only after failed Basic credentials. */
    @Bean
    ApiAuthenticationEntryPoint apiEntryPoint(com.fasterxml.jackson.databind.ObjectMapper json) {
        return new ApiAuthenticationEntryPoint(json);
    }

    /**
     * A failed form login goes back to the login page: {@code ?error} for a wrong password, {@code ?throttled} when
     * the account or address must wait or is locked (the page shows the exception's message, kept in the session).
     */
    private static AuthenticationFailureHandler loginFailure(String loginPage) {
        var wrongPassword = new SimpleUrlAuthenticationFailureHandler(loginPage + "?error");
        var throttled = new SimpleUrlAuthenticationFailureHandler(loginPage + "?throttled");
        return (request, response, e) -> (e instanceof LoginThrottledException ? throttled : wrongPassword)
                .onAuthenticationFailure(request, response, e);
    }

    /** The engine REST API and the webapps are not Spring MVC: match their paths plainly. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static boolean hasBasicHeader(HttpServletRequest r) {
        String h = r.getHeader("Authorization");
        return h != null && h.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /**
     * BCrypt for new hashes ({@code zabota.security.bcrypt-strength}, 10 by default); older hashes of any supported
     * kind still match. The test profile lowers the strength so that the suite does not spend its time hashing.
     */
    @Bean
    PasswordEncoder passwordEncoder(@org.springframework.beans.factory.annotation.Value("${zabota.security.bcrypt-strength:10}") int strength) {
        var delegating = (org.springframework.security.crypto.password.DelegatingPasswordEncoder)
                PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var encoders = new java.util.HashMap<String, PasswordEncoder>();
        encoders.put("bcrypt", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(strength));
        var result = new org.springframework.security.crypto.password.DelegatingPasswordEncoder("bcrypt", encoders);
        result.setDefaultPasswordEncoderForMatches(delegating);
        return result;
    }
}
