-- Idempotency-Key records: one per (client, key), claimed IN_PROGRESS before the request runs and
-- COMPLETED with the response to replay. Expired rows are purged by a scheduled job.
CREATE TABLE idempotency_record (
    client_id        text        NOT NULL,
    idempotency_key  text        NOT NULL,
    request_hash     char(64)    NOT NULL,
    state            text        NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    response_status  integer,
    response_headers jsonb,
    response_body    bytea,
    created_at       timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);

CREATE INDEX idempotency_record_expiry ON idempotency_record (expires_at);
