-- Events: the relay's retry schedule on the outbox, and the consumers' inbox.

-- A row whose publication failed waits until next_attempt_at (exponential backoff); null = now.
ALTER TABLE outbox_event ADD COLUMN next_attempt_at timestamptz;

-- Published rows are purged after a retention period (org.mscu.platform.events.EventsPurge).
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- One row per event a consumer has processed, written in the transaction of the consumer's
-- effect: a redelivered or duplicated event finds its row and has no second effect.
CREATE TABLE event_inbox (
    consumer     text        NOT NULL,
    event_id     text        NOT NULL,
    event_type   text        NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

CREATE INDEX event_inbox_processed ON event_inbox (processed_at);
