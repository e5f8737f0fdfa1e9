-- [602] interagency requests: one request per idempotency key (case number / kind / attempt), so that a retried
-- sending job sends nothing twice; the poller looks for waiting requests.
ALTER TABLE interagency_request ADD COLUMN idempotency_key VARCHAR(200);
ALTER TABLE interagency_request ADD CONSTRAINT uq_interagency_idempotency_key UNIQUE (idempotency_key);
CREATE INDEX ix_interagency_status ON interagency_request (status, id);
