-- Transactional outbox: events written in the transaction of the change they announce, relayed
-- to the broker later by a relay that claims rows with FOR UPDATE SKIP LOCKED.
CREATE TABLE outbox_event (
    id           uuid        PRIMARY KEY,
    type         text        NOT NULL,
    source       text        NOT NULL,
    subject      text,
    occurred_at  timestamptz NOT NULL,
    data         jsonb       NOT NULL,
    traceparent  text,
    published_at timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text
);

-- What a relay scans: unpublished events, oldest first.
CREATE INDEX outbox_event_unpublished ON outbox_event (occurred_at, id) WHERE published_at IS NULL;
