package ru.zabota.contract;

import org.springframework.http.HttpStatus;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;
import ru.zabota.security.Acting;
import ru.zabota.security.PortalRole;

/**
 * Which party of a contract the acting user is: a provider's employee (acts for the provider) or the recipient
 * (acts for the person). Shared by the API and the pages of the feature.
 */
public final class ContractParty {
    private ContractParty() {
    }

    /** A provider's employee acts for the provider; everyone else for the acting person. */
    public static boolean asProvider(Acting a) {
        return a.role() != PortalRole.CITIZEN && a.user().providerId() != null;
    }

    /** The provider the user acts for, or null for the recipient's side. */
    public static Long providerOf(Acting a) {
        return asProvider(a) ? a.user().providerId() : null;
    }

    /** The person the user acts for, or null for a provider's employee. */
    public static Long personOf(Acting a) {
        return asProvider(a) ? null : a.personId();
    }

    /**
     * The provider for whom the user may sign, change the terms of or decline a contract: the organisation's head
     * (seed 000: руководитель or an employee with the signing right). A social worker fills the calendar only: 403.
     */
    public static Long signingProviderOf(Acting a) {
        Long providerId = requireProvider(a);
        if (!maySign(a)) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "no-signing-right",
                    "Подписывать, изменять и отклонять договор может руководитель организации-поставщика");
        }
        return providerId;
    }

    /** Whether the user holds the organisation's signing right. */
    public static boolean maySign(Acting a) {
        return asProvider(a) && a.role() == PortalRole.PROVIDER;
    }

    /** Only the provider's employees keep the calendar; a recipient gets 404 as for someone else's record. */
    public static Long requireProvider(Acting a) {
        Long providerId = providerOf(a);
        if (providerId == null) throw new NotFoundException("Календарь оказаний ведёт поставщик");
        return providerId;
    }
}
