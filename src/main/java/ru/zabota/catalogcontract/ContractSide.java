package ru.zabota.catalogcontract;

import org.springframework.http.HttpStatus;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;
import ru.zabota.security.Acting;
import ru.zabota.security.PortalRole;

/** Which side of a catalog contract the acting user is on; shared by the API and the pages. */
final class ContractSide {
    private ContractSide() {
    }

    /** A provider's employee (head or worker) reads as the organisation; everyone else as the acting person. */
    static boolean asProvider(Acting a) {
        return a.role() != PortalRole.CITIZEN && a.user().providerId() != null;
    }

    static Long providerOf(Acting a) {
        return asProvider(a) ? a.user().providerId() : null;
    }

    static Long personOf(Acting a) {
        return asProvider(a) ? null : a.personId();
    }

    /** The provider's decisions are the head's (role «Поставщик услуг»); a worker is the wrong role: 403. */
    static Long deciding(Acting a) {
        if (!asProvider(a)) throw new NotFoundException("Нет такого контракта");
        if (a.role() != PortalRole.PROVIDER) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "no-signing-right",
                    "Решения по контрактам принимает руководитель организации-поставщика");
        }
        return a.user().providerId();
    }

    /** The citizen's steps: a provider's employee answers 404 as for a record it may not act on. */
    static Long citizen(Acting a) {
        if (asProvider(a) || a.role() != PortalRole.CITIZEN) throw new NotFoundException("Нет такого контракта");
        return a.personId();
    }
}
