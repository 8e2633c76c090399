-- The notifications feed: one row per consumed event of a notifying type; the id is the event's id,
-- so a redelivered event cannot add a second row. Who may see a row is decided when the feed is read,
-- from policy.yaml (resource notification), so a policy change applies to existing rows too.
CREATE TABLE notification (
    id           uuid PRIMARY KEY,
    type         text        NOT NULL,
    source       text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    received_at  timestamptz NOT NULL,
    title        text        NOT NULL,
    link         text        NOT NULL,
    subject_refs jsonb       NOT NULL,
    -- the agency the record belongs to (order applicant, placement requester), for rules with relationship own
    agency       text
);

-- The feed is read newest first, overall or for one type.
CREATE INDEX notification_feed_idx ON notification (occurred_at DESC, id DESC);
CREATE INDEX notification_type_idx ON notification (type, occurred_at DESC, id DESC);
