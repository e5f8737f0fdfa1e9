package ru.zabota.security;

import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;
import org.springframework.http.HttpStatus;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ru.zabota.people.Person;
import ru.zabota.people.Representation;
import ru.zabota.people.RepresentationRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The role and the person chosen after login live in the HTTP session. API clients using HTTP Basic may name
 * the represented person in the {@code X-Acting-For} header; without a choice a user acts for themselves in
 * their first role.
 */
@Component
public class ActingContext {
    static final String ROLE = "zabota.role";
    static final String PERSON = "zabota.person";
    public static final String ACTING_FOR_HEADER = "X-Acting-For";
    private static final String CACHED = ActingContext.class.getName() + ".acting";

    private final RepresentationRepository representations;
    private final Clock clock;

    public ActingContext(RepresentationRepository representations, Clock clock) {
        this.representations = representations;
        this.clock = clock;
    }

    public Optional<PortalUser> user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser u) return Optional.of(u);
        return Optional.empty();
    }

    public PortalUser requireUser() {
        return user().orElseThrow(() -> new NotFoundException("Войдите на портал"));
    }

    /** True once the user has chosen a role in this session (pages send them to the choice first). */
    public boolean chosen() {
        HttpSession s = session(false);
        return s != null && s.getAttribute(ROLE) != null;
    }

    /** Resolved once per request (pages ask for it several times). */
    @Transactional(readOnly = true)
    public Acting current() {
        Optional<HttpServletRequest> req = request();
        if (req.isPresent() && req.get().getAttribute(CACHED) instanceof Acting a && a.user().equals(requireUser())) return a;
        Acting a = resolve();
        req.ifPresent(r -> r.setAttribute(CACHED, a));
        return a;
    }

    private Acting resolve() {
        PortalUser u = requireUser();
        HttpSession s = session(false);
        PortalRole role = s != null && s.getAttribute(ROLE) instanceof PortalRole r && u.has(r) ? r
                : u.roles().stream().findFirst().orElse(PortalRole.CITIZEN);
        Long personId = u.personId();
        String name = u.fullName();
        Object chosenPerson = s == null ? null : s.getAttribute(PERSON);
        String header = request().map(r -> r.getHeader(ACTING_FOR_HEADER)).orElse(null);
        Long wanted = chosenPerson instanceof Long id ? id : parse(header);
        if (role == PortalRole.CITIZEN && wanted != null && !wanted.equals(u.personId())) {
            Person p = represented(u).stream().filter(x -> x.getId().equals(wanted)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Нет права действовать за этого человека"));
            personId = p.getId();
            name = p.getFullName();
        }
        return new Acting(u, role, personId, name);
    }

    /** People this user may act for as legal representative, valid today. */
    @Transactional(readOnly = true)
    public List<Person> represented(PortalUser u) {
        LocalDate today = LocalDate.now(clock);
        return representations.findByRepresentativeId(u.personId()).stream()
                .filter(r -> r.isValidOn(today)).map(Representation::getRepresented).toList();
    }

    @Transactional(readOnly = true)
    public void choose(PortalRole role, Long personId) {
        PortalUser u = requireUser();
        if (!u.has(role)) throw new NotFoundException("Эта роль вам недоступна");
        Long target = personId == null ? u.personId() : personId;
        if (!target.equals(u.personId()) && (role != PortalRole.CITIZEN
                || represented(u).stream().noneMatch(p -> p.getId().equals(target)))) {
            throw new NotFoundException("Нет права действовать за этого человека");
        }
        HttpSession s = session(true);
        s.setAttribute(ROLE, role);
        s.setAttribute(PERSON, target);
        request().ifPresent(r -> r.removeAttribute(CACHED));
    }

    /**
     * The person a citizen acts for (self or a represented person), for the citizen's own functions (ИППСУ,
     * applications, cases, a contract request). In a provider's role (head, worker) they are the wrong role: 403.
     */
    public Long citizenPersonId() {
        Acting a = current();
        if (a.role() != PortalRole.CITIZEN) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "citizen-only",
                    "Это раздел гражданина: войдите в роли «Гражданин»");
        }
        return a.personId();
    }

    /** Whether the acting citizen may see a record of this person (own or represented). */
    public boolean mayActFor(Long personId) {
        return current().personId().equals(personId);
    }

    private static Long parse(String header) {
        if (header == null || header.isBlank()) return null;
        try {
            return Long.valueOf(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? Optional.of(a.getRequest()) : Optional.empty();
    }

    private static HttpSession session(boolean create) {
        return request().map(r -> r.getSession(create)).orElse(null);
    }
}
