package ru.zabota.catalog;

import org.springframework.http.HttpStatus;
import ru.zabota.common.DomainProblem;
import ru.zabota.security.Acting;
import ru.zabota.security.PortalRole;

/**
 * Who may write the organisation's ads: its head (role «Поставщик услуг», seed 000: руководитель with the signing
 * right). A social worker or a citizen is refused with 403.
 */
public final class CatalogParty {
    private CatalogParty() {
    }

    public static boolean mayEdit(Acting a) {
        return a.role() == PortalRole.PROVIDER && a.user().providerId() != null;
    }

    public static Long editingProviderOf(Acting a) {
        if (!mayEdit(a)) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "no-catalog-right",
                    "Объявления организации в каталоге размещает руководитель организации-поставщика");
        }
        return a.user().providerId();
    }

    /**
     * For a request about one ad: someone who works for no organisation (a citizen) has no such record (404, as for
     * anybody else's record); an employee who is not the head is refused (403).
     */
    public static Long editingProviderOfRecord(Acting a) {
        if (a.role() == PortalRole.CITIZEN || a.user().providerId() == null) {
            throw new ru.zabota.common.NotFoundException("Нет такого объявления");
        }
        return editingProviderOf(a);
    }
}
