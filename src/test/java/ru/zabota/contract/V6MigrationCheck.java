package ru.zabota.contract;

import java.util.List;

/** What V6 adds to the schema, for the tests that check it. */
final class V6MigrationCheck {
    /** Indexes V6 adds; each must exist after the migration. */
    static final List<String> NEW_INDEXES = List.of("ix_contract_line_contract", "ix_delivery_line", "ix_contract_case",
            "ix_cert_app_case", "ix_need_case", "ix_ippsu_service_ippsu", "ix_ippsu_provider_provider",
            "ix_certificate_provider_provider", "ix_provider_employee_provider", "ix_portal_account_person",
            "ix_representation_represented", "ix_contract_provider_created", "ix_contract_provider_status");

    private V6MigrationCheck() {
    }
}
