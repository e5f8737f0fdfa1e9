-- The staff register lists cases newest first, filtered by status.
CREATE INDEX ix_case_created ON social_case (created_at);
CREATE INDEX ix_case_status ON social_case (status, created_at);
