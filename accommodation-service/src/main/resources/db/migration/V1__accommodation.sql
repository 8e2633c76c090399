-- Accommodation: properties with beds, and placements that can never double-book a bed.
-- Runs as the owner role (accommodation_owner). btree_gist is a trusted extension (PostgreSQL 13+),
-- so the database owner may create it; it lets one GiST exclusion constraint combine bed_id (=) and a
-- date range (&&).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE property (
    id                  uuid PRIMARY KEY,
    name                text        NOT NULL,
    provider            text        NOT NULL,
    district            text        NOT NULL,
    -- restricted data: returned only to roles cleared for it, never logged
    address             text        NOT NULL,
    type                text        NOT NULL CHECK (type IN ('SAFE_HOUSE', 'EMERGENCY_BED', 'HOTEL')),
    features            text[]      NOT NULL DEFAULT '{}',
    created_by_agency   text        NOT NULL,
    created_at          timestamptz NOT NULL,
    version             bigint      NOT NULL DEFAULT 0
);
CREATE INDEX property_district ON property (lower(district), id);

CREATE TABLE bed (
    id          uuid PRIMARY KEY,
    property_id uuid   NOT NULL REFERENCES property (id),
    label       text   NOT NULL,
    features    text[] NOT NULL DEFAULT '{}',
    CONSTRAINT bed_label_unique UNIQUE (property_id, label)
);

-- No column asks for or stores immigration status, by design.
CREATE TABLE placement (
    id                      uuid PRIMARY KEY,
    bed_id                  uuid        NOT NULL REFERENCES bed (id),
    property_id             uuid        NOT NULL REFERENCES property (id),
    victim_ref              text        NOT NULL,
    status                  text        NOT NULL CHECK (status IN ('PLANNED', 'ACTIVE', 'ENDED', 'CANCELLED')),
    starts_on               date        NOT NULL,
    planned_to              date        NOT NULL CHECK (planned_to > starts_on),
    ended_at                timestamptz,
    ended_on                date,
    outcome                 text,
    cancel_reason           text,
    needs                   text[]      NOT NULL DEFAULT '{}',
    requested_by_subject    text        NOT NULL,
    requested_by_username   text,
    requested_by_agency     text        NOT NULL,
    created_at              timestamptz NOT NULL,
    ending_soon_sent_for    date,
    version                 bigint      NOT NULL DEFAULT 0,
    -- the nights the bed is taken, half-open: the day a placement ends, the bed can start another
    stay daterange GENERATED ALWAYS AS (daterange(starts_on, LEAST(planned_to, ended_on), '[)')) STORED,
    CONSTRAINT placement_no_overlap EXCLUDE USING gist (bed_id WITH =, stay WITH &&) WHERE (status <> 'CANCELLED')
);
CREATE INDEX placement_property ON placement (property_id);
CREATE INDEX placement_requester ON placement (requested_by_subject, id);
CREATE INDEX placement_status ON placement (status) WHERE status IN ('PLANNED', 'ACTIVE');

CREATE TABLE placement_extension (
    id              uuid PRIMARY KEY,
    placement_id    uuid        NOT NULL REFERENCES placement (id),
    previous_to     date        NOT NULL,
    planned_to      date        NOT NULL,
    reason          text        NOT NULL,
    extended_by     text        NOT NULL,
    extended_at     timestamptz NOT NULL
);
CREATE INDEX placement_extension_placement ON placement_extension (placement_id, extended_at);
