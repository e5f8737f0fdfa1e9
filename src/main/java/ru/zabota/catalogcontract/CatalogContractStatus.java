package ru.zabota.catalogcontract;

import java.util.EnumSet;
import java.util.Set;

/**
 * Status of a catalog contract (seed 000): «Заключение» until both accepted, «В работе», «Выполнен поставщиком»
 * while the citizen checks the cost, «Исполнен»; or ended: «Отказ», «Отменён». Labels in messages.properties.
 */
public enum CatalogContractStatus {
    CONCLUDING, IN_WORK, DONE, EXECUTED, DECLINED, CANCELLED;

    /** The statuses «Мои услуги» lists: the service agreed and being or already delivered. */
    public static final Set<CatalogContractStatus> SERVICES = EnumSet.of(IN_WORK, DONE, EXECUTED);

    public boolean ended() {
        return this == EXECUTED || this == DECLINED || this == CANCELLED;
    }
}
