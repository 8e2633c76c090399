-- Event flows (issue #9): the liaison officer proposed for a victim recorded from an accepted
-- referral, and the victim's timeline.

-- Placements name a victim by victimRef: its id here, or the reference of the referral it came from.
CREATE INDEX victim_referral_reference_idx ON victim (referral_reference) WHERE referral_reference IS NOT NULL;

-- At most one proposal per victim, made when the victim is recorded from a referral.accepted event.
CREATE TABLE liaison_proposal (
    victim_id      uuid PRIMARY KEY REFERENCES victim (id),
    status         text NOT NULL CHECK (status IN ('PROPOSED', 'NO_CANDIDATE', 'CONFIRMED', 'AUTO_ASSIGNED', 'SUPERSEDED')),
    officer_id     uuid REFERENCES liaison_officer (id),
    score          integer,
    reasons        jsonb NOT NULL DEFAULT '[]',
    proposed_at    timestamptz NOT NULL,
    decided_at     timestamptz,
    decided_by     text,
    assignment_id  uuid REFERENCES liaison_assignment (id),
    version        bigint NOT NULL DEFAULT 0,
    CHECK (status NOT IN ('PROPOSED', 'CONFIRMED', 'AUTO_ASSIGNED') OR officer_id IS NOT NULL),
    CHECK (status <> 'NO_CANDIDATE' OR officer_id IS NULL),
    CHECK (status NOT IN ('CONFIRMED', 'AUTO_ASSIGNED') OR assignment_id IS NOT NULL)
);

-- What happened to a victim, in order. Ids, dates and codes only: never an address or a free-text reason.
CREATE TABLE victim_timeline_entry (
    id            uuid PRIMARY KEY,
    victim_id     uuid NOT NULL REFERENCES victim (id),
    kind          text NOT NULL CHECK (kind IN ('VICTIM_RECORDED', 'LIAISON_PROPOSED', 'LIAISON_ASSIGNED',
                                                'LIAISON_REASSIGNED', 'PLACEMENT_STARTED', 'PLACEMENT_ENDED')),
    occurred_at   timestamptz NOT NULL,
    recorded_at   timestamptz NOT NULL,
    officer_id    uuid REFERENCES liaison_officer (id),
    placement_id  uuid,
    property_id   uuid,
    starts_on     date,
    planned_to    date,
    detail        text
);
CREATE INDEX victim_timeline_keyset_idx ON victim_timeline_entry (victim_id, occurred_at, id);
-- A placement starts and ends once, whatever the broker redelivers.
CREATE UNIQUE INDEX victim_timeline_placement_uk ON victim_timeline_entry (placement_id, kind) WHERE placement_id IS NOT NULL;

-- Victims and assignments recorded before the timeline existed get their entries.
INSERT INTO victim_timeline_entry (id, victim_id, kind, occurred_at, recorded_at, detail)
SELECT gen_random_uuid(), id, 'VICTIM_RECORDED', created_at, now(), origin FROM victim;
INSERT INTO victim_timeline_entry (id, victim_id, kind, occurred_at, recorded_at, officer_id)
SELECT gen_random_uuid(), victim_id,
       CASE WHEN row_number() OVER (PARTITION BY victim_id ORDER BY assigned_at, id) = 1
            THEN 'LIAISON_ASSIGNED' ELSE 'LIAISON_REASSIGNED' END,
       assigned_at, now(), officer_id
FROM liaison_assignment;
