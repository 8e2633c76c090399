-- Test-only: what the library's sample event handlers did, one row per effect (no unique key, so
-- a second effect of one event would show as a second row).
CREATE TABLE sample_effect (
    id        uuid PRIMARY KEY,
    consumer  text        NOT NULL,
    event_id  text        NOT NULL,
    note      text,
    at        timestamptz NOT NULL
);
