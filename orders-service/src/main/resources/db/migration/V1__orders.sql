-- Prevention and risk orders (MSA 2015 Part 2), their notification requirements, breaches and
-- Risk Order opportunities. Runs as the owner role; the service role gets DML through default privileges.

CREATE TABLE prevention_order (
    id                      uuid PRIMARY KEY,
    type                    text        NOT NULL CHECK (type IN ('STPO', 'STRO')),
    route                   text        NOT NULL CHECK (route IN ('ON_CONVICTION', 'ON_APPLICATION')),
    interim                 boolean     NOT NULL,
    interim_for             uuid REFERENCES prevention_order (id),
    conviction_reference    text,
    subject_name            text,
    subject_name_key        text,
    subject_date_of_birth   date,
    court                   text,
    prohibitions            jsonb       NOT NULL DEFAULT '[]',
    linked_referral_ids     uuid[]      NOT NULL DEFAULT '{}',
    opportunity_id          uuid,
    applicant_agency        text        NOT NULL,
    status                  text        NOT NULL,
    decided_on              date,
    made_on                 date,
    expires_on              date,
    served_on               date,
    discharge               jsonb,
    variations              jsonb       NOT NULL DEFAULT '[]',
    renewals                jsonb       NOT NULL DEFAULT '[]',
    ended_on                date,
    expiring_published_at   timestamptz,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    version                 bigint      NOT NULL DEFAULT 0,
    CHECK (NOT interim OR interim_for IS NOT NULL)
);

CREATE INDEX prevention_order_page ON prevention_order (created_at, id);
CREATE INDEX prevention_order_expiring ON prevention_order (expires_on) WHERE status IN ('GRANTED', 'VARIED', 'RENEWED');
CREATE INDEX prevention_order_subject ON prevention_order (subject_name_key, subject_date_of_birth);
CREATE INDEX prevention_order_interim_for ON prevention_order (interim_for) WHERE interim_for IS NOT NULL;
CREATE INDEX prevention_order_agency ON prevention_order (applicant_agency, created_at, id);

CREATE TABLE notification_requirement (
    id                 uuid PRIMARY KEY,
    order_id           uuid        NOT NULL REFERENCES prevention_order (id),
    kind               text        NOT NULL CHECK (kind IN ('INITIAL', 'CHANGE_OF_NAME', 'CHANGE_OF_ADDRESS')),
    triggered_on       date        NOT NULL,
    due_by             date        NOT NULL,
    notified_on        date,
    details            text,
    recorded_by_agency text        NOT NULL,
    recorded_at        timestamptz NOT NULL
);

-- one initial requirement per order
CREATE UNIQUE INDEX notification_requirement_initial ON notification_requirement (order_id) WHERE kind = 'INITIAL';
CREATE INDEX notification_requirement_order ON notification_requirement (order_id, triggered_on);
CREATE INDEX notification_requirement_outstanding ON notification_requirement (due_by) WHERE notified_on IS NULL;

CREATE TABLE breach (
    id                  uuid PRIMARY KEY,
    order_id            uuid        NOT NULL REFERENCES prevention_order (id),
    occurred_on         date        NOT NULL,
    description         text        NOT NULL,
    reported_by_agency  text        NOT NULL,
    reported_by         text        NOT NULL,
    recorded_at         timestamptz NOT NULL
);

CREATE INDEX breach_order ON breach (order_id, recorded_at, id);

CREATE TABLE order_opportunity (
    id             uuid PRIMARY KEY,
    referral_id    uuid        NOT NULL,
    reason         text        NOT NULL CHECK (reason IN ('INVESTIGATION_NOT_PURSUED', 'NO_FURTHER_ACTION', 'OTHER')),
    notes          text,
    origin         text        NOT NULL CHECK (origin IN ('REQUEST', 'REFERRAL_EVENT')),
    status         text        NOT NULL CHECK (status IN ('OPEN', 'PURSUED', 'DECLINED')),
    decision       text,
    rationale      text,
    assessed_at    timestamptz,
    assessed_by    text,
    order_id       uuid REFERENCES prevention_order (id),
    created_by     text,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0
);

-- one opportunity per referral: the event consumer and people may both open it
CREATE UNIQUE INDEX order_opportunity_referral ON order_opportunity (referral_id);
CREATE INDEX order_opportunity_page ON order_opportunity (created_at, id);
