package ru.zabota.contract;

import org.flywaydb.core.Flyway;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V6 on a database that already holds contracts and confirmed deliveries: migrate an empty schema to V5, put in a
 * contract on an ИППСУ, one on a certificate and a delivery confirmed with a drawn image, migrate to the newest
 * version and check that the image moved to {@code delivery_signature}, the basis moved to its foreign-key column,
 * and the new constraints refuse what they should. Shared by the H2 test and the PostgreSQL IT.
 */
final class V6MigrationCheck {
    /** Indexes V6 adds; each must exist after the migration. */
    static final List<String> NEW_INDEXES = List.of("ix_contract_line_contract", "ix_delivery_line", "ix_contract_case",
            "ix_cert_app_case", "ix_need_case", "ix_ippsu_service_ippsu", "ix_ippsu_provider_provider",
            "ix_certificate_provider_provider", "ix_provider_employee_provider", "ix_portal_account_person",
            "ix_representation_represented", "ix_contract_provider_created", "ix_contract_provider_status",
            "ix_contract_ippsu", "ix_contract_certificate");

    static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3, 0, (byte) 0xff};

    private V6MigrationCheck() {
    }

    /** Runs the check on an empty schema (the data source's default one; Flyway {@code schema} if not null). */
    static void run(DataSource dataSource, String schema) {
        migrate(dataSource, schema, "5");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO municipality (id, name) VALUES (1, 'Ханты-Мансийск')");
        jdbc.update("INSERT INTO service_type (id, code, name, kind, unit) VALUES (1, '1.1', 'Покупка продуктов', 'HOUSEHOLD', 'услуга')");
        jdbc.update("INSERT INTO person (id, last_name, first_name, birth_date, snils, created_at)"
                + " VALUES (1, 'Петрова', 'Анна', DATE '1950-03-01', '112-233-445 95', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO provider (id, full_name, short_name, inn, ogrn, legal_address, municipality_id, service_forms, registered_on)"
                + " VALUES (1, 'КЦСОН', 'КЦСОН', '8601000001', '1028600000001', 'ул. Мира, 1', 1, 'HOME', DATE '2020-01-01')");
        for (int i = 1; i <= 3; i++) {
            jdbc.update("INSERT INTO social_case (id, case_type, number, applicant_id, status, created_at, updated_at)"
                    + " VALUES (?, ?, ?, 1, 'SUBMITTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", i, i == 3 ? "C602" : "C603", "60x-2026-00000" + i);
        }
        jdbc.update("INSERT INTO ippsu (id, person_id, number, issued_on, valid_from, valid_to, service_form)"
                + " VALUES (1, 1, 'ИППСУ-1', DATE '2026-01-01', DATE '2026-01-01', DATE '2026-12-31', 'HOME')");
        jdbc.update("INSERT INTO certificate_application (id, person_id, case_id, certificate_type, status, created_by, created_at)"
                + " VALUES (1, 1, 3, 'SOCIAL_CERTIFICATE', 'SATISFIED', 'citizen', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO certificate (id, application_id, person_id, number, certificate_type, amount, volume, valid_from, valid_until, issued_at)"
                + " VALUES (7, 1, 1, 'С-1', 'SOCIAL_CERTIFICATE', 1000.00, 10, DATE '2026-01-01', DATE '2026-12-31', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO contract (id, number, case_id, person_id, provider_id, basis, basis_id, service_form, status, created_by, created_at)"
                + " VALUES (1, '603-1', 1, 1, 1, 'IPPSU', 1, 'HOME', 'ACTIVE', 'citizen', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO contract (id, number, case_id, person_id, provider_id, basis, basis_id, service_form, status, created_by, created_at)"
                + " VALUES (2, '603-2', 2, 1, 1, 'CERTIFICATE', 7, 'HOME', 'CONCLUDING', 'citizen', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO contract_line (id, contract_id, service_type_id, tariff, programme_volume) VALUES (1, 1, 1, 100.00, 12)");
        jdbc.update("INSERT INTO delivery (id, contract_id, line_id, provider_id, scheduled_at, status, created_by, created_at,"
                + " confirmed_by, confirmed_at, signature_image, document_hash) VALUES (1, 1, 1, 1, TIMESTAMP '2026-02-01 10:00:00',"
                + " 'CONFIRMED', 'worker', CURRENT_TIMESTAMP, 'worker', CURRENT_TIMESTAMP, ?, ?)", IMAGE, "a".repeat(64));
        jdbc.update("INSERT INTO delivery (id, contract_id, line_id, provider_id, scheduled_at, status, created_by, created_at)"
                + " VALUES (2, 1, 1, 1, TIMESTAMP '2026-02-02 10:00:00', 'SCHEDULED', 'worker', CURRENT_TIMESTAMP)");

        migrate(dataSource, schema, null);

        // the image moved, one row per confirmed delivery; the delivery row no longer has it
        assertThat(jdbc.queryForList("SELECT delivery_id FROM delivery_signature", Long.class)).containsExactly(1L);
        assertThat(jdbc.queryForObject("SELECT image FROM delivery_signature WHERE delivery_id = 1", byte[].class)).isEqualTo(IMAGE);
        assertThatThrownBy(() -> jdbc.queryForList("SELECT signature_image FROM delivery")).isInstanceOf(DataAccessException.class);
        // the basis is in the column of its kind
        assertThat(jdbc.queryForList("SELECT id, basis, ippsu_id, certificate_id FROM contract ORDER BY id"))
                .extracting(r -> List.of(String.valueOf(r.get("basis")), String.valueOf(r.get("ippsu_id")), String.valueOf(r.get("certificate_id"))))
                .containsExactly(List.of("IPPSU", "1", "null"), List.of("CERTIFICATE", "null", "7"));
        assertThatThrownBy(() -> jdbc.queryForList("SELECT basis_id FROM contract")).isInstanceOf(DataAccessException.class);

        // referential integrity: no basis that does not exist, exactly the column of the basis, no image of no delivery
        assertThatThrownBy(() -> jdbc.update("UPDATE contract SET ippsu_id = 999 WHERE id = 1"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE contract SET certificate_id = 999 WHERE id = 2"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE contract SET certificate_id = 7 WHERE id = 1"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE contract SET ippsu_id = NULL WHERE id = 1"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE contract SET basis = 'CERTIFICATE' WHERE id = 1"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO delivery_signature (delivery_id, image) VALUES (999, ?)", (Object) IMAGE))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO delivery_signature (delivery_id, image) VALUES (1, ?)", (Object) IMAGE))
                .isInstanceOf(DataIntegrityViolationException.class);
        // a signed delivery cannot be deleted; an unsigned one can
        assertThatThrownBy(() -> jdbc.update("DELETE FROM delivery WHERE id = 1")).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.update("DELETE FROM delivery WHERE id = 2")).isEqualTo(1);
        assertThat(jdbc.update("UPDATE contract SET basis = 'CERTIFICATE', ippsu_id = NULL, certificate_id = 7 WHERE id = 1")).isEqualTo(1);
    }

    private static void migrate(DataSource dataSource, String schema, String target) {
        var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) config.schemas(schema);
        if (target != null) config.target(target);
        config.load().migrate();
    }
}
