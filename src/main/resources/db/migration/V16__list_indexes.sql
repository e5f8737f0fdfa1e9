-- Issue 14: indexes for the lists that had none on region data (found by IndexUsageOnPostgresIT, which EXPLAINs every
-- list and cabinet query on generated rows).
-- The staff register filtered by case type, newest first (the filter by status has ix_case_status).
CREATE INDEX ix_case_type_created ON social_case (case_type, created_at);
-- The public catalog, newest first (the default order) over the active ads.
CREATE INDEX ix_catalog_ad_active_published ON catalog_ad (active, published_at);
-- A contract's deliveries in time order (the contract page and its act).
CREATE INDEX ix_delivery_contract_time ON delivery (contract_id, scheduled_at);
