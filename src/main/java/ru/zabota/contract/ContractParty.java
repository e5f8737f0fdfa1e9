package ru.zabota.contract;

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

    /** Only the provider's employees keep the calendar; a recipient gets 404 as for someone else's record. */
    public static Long requireProvider(Acting a) {
        Long providerId = providerOf(a);
        if (providerId == null) throw new NotFoundException("Календарь оказаний ведёт поставщик");
        return providerId;
    }
}
