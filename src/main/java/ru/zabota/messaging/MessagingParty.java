package ru.zabota.messaging;

import org.springframework.http.HttpStatus;
import ru.zabota.common.DomainProblem;
import ru.zabota.security.Acting;
import ru.zabota.security.PortalRole;

/**
 * Whose threads the actor reads and writes: a citizen those of the person they act for (self or a represented
 * person); an employee in the role «Поставщик услуг» those of the organisation. A social worker has no messages (403).
 */
public record MessagingParty(Side side, Long id) {

    public static MessagingParty of(Acting a) {
        if (a.role() == PortalRole.CITIZEN && a.personId() != null) return new MessagingParty(Side.PERSON, a.personId());
        if (a.role() == PortalRole.PROVIDER && a.user().providerId() != null) return new MessagingParty(Side.PROVIDER, a.user().providerId());
        throw new DomainProblem(HttpStatus.FORBIDDEN, "no-messages",
                "Сообщения ведут гражданин и сотрудники организации-поставщика в роли «Поставщик услуг»");
    }

    /** Whether the actor has messages at all (the cabinet menu and the header ask without failing). */
    public static boolean has(Acting a) {
        return (a.role() == PortalRole.CITIZEN && a.personId() != null)
                || (a.role() == PortalRole.PROVIDER && a.user().providerId() != null);
    }
}
