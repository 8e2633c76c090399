-- victim-service schema. Runs as the owner role; the app role gets DML through default privileges.

CREATE TABLE victim (
    id                          uuid PRIMARY KEY,
    referral_id                 uuid,
    referral_reference          text,
    given_name                  text NOT NULL,
    family_name                 text NOT NULL,
    date_of_birth               date,
    gender                      text NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    languages                   text[] NOT NULL DEFAULT '{}',
    district                    text,
    officer_gender_preference   text NOT NULL DEFAULT 'NO_PREFERENCE'
                                CHECK (officer_gender_preference IN ('FEMALE', 'MALE', 'NO_PREFERENCE')),
    exploitation_types          text[] NOT NULL DEFAULT '{}',
    origin                      text NOT NULL CHECK (origin IN ('COORDINATOR', 'REFERRAL_ACCEPTED')),
    created_at                  timestamptz NOT NULL,
    created_by                  text NOT NULL,
    version                     bigint NOT NULL DEFAULT 0
);
-- One victim per referral: makes creation from the referral.accepted event idempotent.
CREATE UNIQUE INDEX victim_referral_uk ON victim (referral_id) WHERE referral_id IS NOT NULL;
CREATE INDEX victim_keyset_idx ON victim (created_at, id);

CREATE TABLE liaison_officer (
    id             uuid PRIMARY KEY,
    username       text NOT NULL UNIQUE,
    name           text NOT NULL,
    agency         text NOT NULL,
    collar_number  text,
    gender         text NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    languages      text[] NOT NULL DEFAULT '{}',
    districts      text[] NOT NULL DEFAULT '{}',
    specialisms    text[] NOT NULL DEFAULT '{}',
    max_caseload   integer NOT NULL CHECK (max_caseload >= 0),
    active         boolean NOT NULL,
    created_at     timestamptz NOT NULL,
    version        bigint NOT NULL DEFAULT 0
);
CREATE INDEX liaison_officer_keyset_idx ON liaison_officer (created_at, id);

CREATE TABLE liaison_assignment (
    id            uuid PRIMARY KEY,
    victim_id     uuid NOT NULL REFERENCES victim (id),
    officer_id    uuid NOT NULL REFERENCES liaison_officer (id),
    reason        text NOT NULL,
    assigned_at   timestamptz NOT NULL,
    assigned_by   text NOT NULL,
    ended_at      timestamptz,
    end_reason    text,
    ended_by      text,
    CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
-- A victim has at most one current liaison officer.
CREATE UNIQUE INDEX liaison_assignment_current_uk ON liaison_assignment (victim_id) WHERE ended_at IS NULL;
CREATE INDEX liaison_assignment_officer_current_idx ON liaison_assignment (officer_id) WHERE ended_at IS NULL;
CREATE INDEX liaison_assignment_history_idx ON liaison_assignment (victim_id, assigned_at);

CREATE TABLE tactical_advisor (
    id          uuid PRIMARY KEY,
    username    text NOT NULL UNIQUE,
    name        text NOT NULL,
    phone       text NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE rota_shift (
    id          uuid PRIMARY KEY,
    advisor_id  uuid NOT NULL REFERENCES tactical_advisor (id),
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  text NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (ends_at - starts_at <= interval '24 hours')
);
CREATE INDEX rota_shift_period_idx ON rota_shift (starts_at, ends_at);

-- Gaps the look-ahead has published, so each gap is reported once.
CREATE TABLE rota_gap_report (
    id           uuid PRIMARY KEY,
    gap_from     timestamptz NOT NULL,
    gap_to       timestamptz NOT NULL,
    reported_at  timestamptz NOT NULL,
    UNIQUE (gap_from, gap_to)
);

CREATE TABLE section45_consideration (
    victim_id           uuid PRIMARY KEY REFERENCES victim (id),
    suspected_offences  text[] NOT NULL DEFAULT '{}',
    compulsion_details  text,
    excluded_offence    boolean NOT NULL,
    status              text NOT NULL CHECK (status IN ('NOT_CONSIDERED', 'APPLICABLE', 'NOT_APPLICABLE', 'REFERRED_TO_CPS')),
    cps_referred_at     timestamptz,
    child_at_assessment boolean NOT NULL,
    assessed_at         timestamptz NOT NULL,
    assessed_by         text NOT NULL,
    version             bigint NOT NULL DEFAULT 0,
    CHECK (status <> 'REFERRED_TO_CPS' OR cps_referred_at IS NOT NULL),
    CHECK (status <> 'APPLICABLE' OR NOT excluded_offence)
);
