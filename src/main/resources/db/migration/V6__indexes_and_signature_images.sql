-- Indexes for the foreign keys the code joins and looks up by, provider contract lists that page newest first,
-- the drawn signatures of deliveries in a table of their own, and a foreign key for the basis of a contract.
-- Portable between H2 (plain mode) and PostgreSQL.

-- ---- foreign keys used in lookups and joins ------------------------------------------------------------------
-- (a unique constraint or primary key that starts with the column already serves it: contract_signature.contract_id,
-- provider_service.provider_id, provider_employee.account_id, representation.representative_id, ippsu_provider.ippsu_id,
-- certificate_provider.certificate_id, delivery.contract_id; reference data — service_type, municipality — is never
-- deleted and never looked up from the child side)
CREATE INDEX ix_contract_line_contract ON contract_line (contract_id);
-- volume checks count a line's deliveries; the progress of a contract groups them by line and status
CREATE INDEX ix_delivery_line ON delivery (line_id, status);
CREATE INDEX ix_contract_case ON contract (case_id);
CREATE INDEX ix_cert_app_case ON certificate_application (case_id);
CREATE INDEX ix_need_case ON need_recognition (case_id);
CREATE INDEX ix_ippsu_service_ippsu ON ippsu_service (ippsu_id);
-- the link tables' primary keys start with the programme / certificate; these serve the provider side
CREATE INDEX ix_ippsu_provider_provider ON ippsu_provider (provider_id);
CREATE INDEX ix_certificate_provider_provider ON certificate_provider (provider_id);
-- the provider's employees in a role (signers, workers to notify)
CREATE INDEX ix_provider_employee_provider ON provider_employee (provider_id, role);
CREATE INDEX ix_portal_account_person ON portal_account (person_id);
CREATE INDEX ix_representation_represented ON representation (represented_id);

-- ---- the provider's «Договоры»: newest first, all or in some statuses -------------------------------------------
-- (provider_id, status) could filter but not order; these two read a page in created_at order
DROP INDEX ix_contract_provider;
CREATE INDEX ix_contract_provider_created ON contract (provider_id, created_at);
CREATE INDEX ix_contract_provider_status ON contract (provider_id, status, created_at);

-- ---- drawn signatures of deliveries: read only when the image itself is asked for -------------------------------
-- (a LAZY basic attribute is loaded anyway without bytecode enhancement: every list of deliveries carried the PNGs)
CREATE TABLE delivery_signature (
    delivery_id     BIGINT NOT NULL PRIMARY KEY REFERENCES delivery (id),
    image           BYTEA NOT NULL
);
INSERT INTO delivery_signature (delivery_id, image)
    SELECT id, signature_image FROM delivery WHERE signature_image IS NOT NULL;
ALTER TABLE delivery DROP COLUMN signature_image;

-- ---- the basis of a contract: an ИППСУ or a certificate, with referential integrity -----------------------------
ALTER TABLE contract ADD COLUMN ippsu_id BIGINT;
ALTER TABLE contract ADD COLUMN certificate_id BIGINT;
UPDATE contract SET ippsu_id = basis_id WHERE basis = 'IPPSU';
UPDATE contract SET certificate_id = basis_id WHERE basis = 'CERTIFICATE';
ALTER TABLE contract ADD CONSTRAINT fk_contract_ippsu FOREIGN KEY (ippsu_id) REFERENCES ippsu (id);
ALTER TABLE contract ADD CONSTRAINT fk_contract_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id);
-- exactly the column that matches the basis is set
ALTER TABLE contract ADD CONSTRAINT ck_contract_basis CHECK (
    (basis = 'IPPSU' AND ippsu_id IS NOT NULL AND certificate_id IS NULL)
    OR (basis = 'CERTIFICATE' AND certificate_id IS NOT NULL AND ippsu_id IS NULL));
ALTER TABLE contract DROP COLUMN basis_id;
CREATE INDEX ix_contract_ippsu ON contract (ippsu_id);
CREATE INDEX ix_contract_certificate ON contract (certificate_id);
