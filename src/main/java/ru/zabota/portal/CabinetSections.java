package ru.zabota.portal;

import ru.zabota.security.PortalRole;

import java.util.List;

/** The sections of each personal cabinet, in the order of seed 000. */
public final class CabinetSections {
    private CabinetSections() {
    }

    public static List<String> of(PortalRole role) {
        return switch (role) {
            case CITIZEN -> List.of("profile", "ippsu", "certificates", "cases", "contracts", "catalog-contracts",
                    "my-services", "payments", "messages");
            case PROVIDER -> List.of("profile", "contracts", "recipients", "calendar", "ads", "catalog-contracts",
                    "my-services", "payments", "messages");
            case WORKER -> List.of("profile", "calendar", "recipients");
        };
    }

    public static String home(PortalRole role) {
        return switch (role) {
            case CITIZEN -> "ippsu";
            case PROVIDER -> "contracts";
            case WORKER -> "calendar";
        };
    }
}
