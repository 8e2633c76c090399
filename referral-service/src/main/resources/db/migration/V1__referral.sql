-- Referrals of potential victims, with their NCRS crime-recording duty and NRM stage.
CREATE TABLE referral (
    id                      uuid PRIMARY KEY,
    reference               text        NOT NULL,
    version                 bigint      NOT NULL DEFAULT 0,
    source                  text        NOT NULL,
    status                  text        NOT NULL,
    received_at             timestamptz NOT NULL,
    created_at              timestamptz NOT NULL,
    referring_agency        text        NOT NULL,
    created_by              text,
    child                   boolean     NOT NULL,
    potential_victim        jsonb       NOT NULL,
    exploitation_types      text[]      NOT NULL,
    location                jsonb,
    suspects                jsonb       NOT NULL DEFAULT '[]',
    narrative               text,
    consent_to_nrm          boolean     NOT NULL,
    urgent                  boolean     NOT NULL,
    -- triage
    triage_reason           text,
    triage_notes            text,
    triaged_at              timestamptz,
    triaged_by              text,
    -- crime recording (NCRS)
    crime_due_by            timestamptz NOT NULL,
    crime_reference         text,
    crime_recorded_at       timestamptz,
    no_crime_reason         text,
    no_crime_decided_at     timestamptz,
    overdue_notified_at     timestamptz,
    -- NRM
    nrm_stage               text        NOT NULL DEFAULT 'NOT_SUBMITTED',
    nrm_reference           text,
    nrm_submitted_at        timestamptz,
    nrm_duty_to_notify_at   timestamptz,
    nrm_rg_outcome          text,
    nrm_rg_at               timestamptz,
    nrm_cg_outcome          text,
    nrm_cg_at               timestamptz,
    nrm_duty_to_notify      jsonb,
    CONSTRAINT referral_reference_unique UNIQUE (reference),
    CONSTRAINT referral_reference_format CHECK (reference ~ '^MSR-[0-9]{4}-[0-9]{6}$'),
    CONSTRAINT referral_crime_recorded_or_not_required CHECK (crime_recorded_at IS NULL OR no_crime_decided_at IS NULL)
);

-- Keyset pagination runs newest first on (received_at, id); each filter has an index leading with it.
CREATE INDEX referral_received_idx ON referral (received_at DESC, id DESC);
CREATE INDEX referral_status_idx ON referral (status, received_at DESC, id DESC);
CREATE INDEX referral_source_idx ON referral (source, received_at DESC, id DESC);
CREATE INDEX referral_child_idx ON referral (child, received_at DESC, id DESC);
CREATE INDEX referral_agency_idx ON referral (referring_agency, received_at DESC, id DESC);
CREATE INDEX referral_exploitation_idx ON referral USING gin (exploitation_types);
CREATE UNIQUE INDEX referral_crime_reference_idx ON referral (crime_reference) WHERE crime_reference IS NOT NULL;
CREATE UNIQUE INDEX referral_nrm_reference_idx ON referral (nrm_reference) WHERE nrm_reference IS NOT NULL;
-- The overdue scan only looks at open duties.
CREATE INDEX referral_crime_open_idx ON referral (crime_due_by)
    WHERE crime_recorded_at IS NULL AND no_crime_decided_at IS NULL AND overdue_notified_at IS NULL;

-- One row per year; the next reference number is taken with UPDATE ... RETURNING in the creating
-- transaction, so a rolled-back creation gives its number back and numbers never have gaps.
CREATE TABLE referral_reference_counter (
    year        integer PRIMARY KEY,
    last_number integer NOT NULL CHECK (last_number BETWEEN 0 AND 999999)
);

-- Explicit disclosures to another agency (purpose and legal basis recorded); revocation keeps the row.
CREATE TABLE referral_share (
    id           uuid PRIMARY KEY,
    referral_id  uuid        NOT NULL REFERENCES referral (id),
    agency       text        NOT NULL,
    level        text        NOT NULL,
    purpose      text        NOT NULL,
    legal_basis  text        NOT NULL,
    shared_at    timestamptz NOT NULL,
    shared_by    text        NOT NULL,
    revoked_at   timestamptz,
    revoked_by   text
);
CREATE UNIQUE INDEX referral_share_active_idx ON referral_share (referral_id, agency) WHERE revoked_at IS NULL;
CREATE INDEX referral_share_agency_idx ON referral_share (agency, referral_id) WHERE revoked_at IS NULL;

-- Normalised identifiers for linking partners' referrals.
CREATE TABLE referral_identifier (
    referral_id uuid NOT NULL REFERENCES referral (id),
    kind        text NOT NULL,
    value       text NOT NULL,
    PRIMARY KEY (referral_id, kind, value)
);
CREATE INDEX referral_identifier_value_idx ON referral_identifier (kind, value);

-- The referral's timeline: state changes and accesses, newest first.
CREATE TABLE referral_history (
    id          bigserial PRIMARY KEY,
    referral_id uuid        NOT NULL REFERENCES referral (id),
    at          timestamptz NOT NULL,
    kind        text        NOT NULL,
    action      text        NOT NULL,
    actor       text,
    agency      text,
    detail      text
);
CREATE INDEX referral_history_referral_idx ON referral_history (referral_id, id DESC);
