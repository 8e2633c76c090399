-- Seeds fictional referrals straight into the referral service's database, bypassing the API: a
-- million POSTs would take hours, and each would also write an idempotency record, an audit entry and
-- an outbox event nobody needs for reading benchmarks. Run as the database owner or a superuser.
--
--   psql -v target=100000 -f seed-referrals.sql referrals
--
-- Row n (1..target) is a pure function of n, so the table can be topped up or trimmed to any size and
-- always holds the same rows for the same target. Seeded rows have created_by = 'bench-seed'. Their
-- references are MSR-2020-… to MSR-2025-… (row n: year 2020 + (n-1) % 6, number (n-1) / 6 + 1), so
-- they never collide with referrals the API creates in the current year. Crime recording is settled
-- (recorded, "no crime", or overdue already notified) on every seeded row, so the overdue scan finds
-- nothing to announce. Names, phones (Ofcom's drama range 07700 900xxx), addresses: all fictional.
\set ON_ERROR_STOP on

SELECT count(*) AS seeded FROM referral WHERE created_by = 'bench-seed' \gset

-- Trim: rows beyond the target go (with what hangs off them).
CREATE TEMP TABLE bench_trim AS
SELECT id FROM referral
WHERE created_by = 'bench-seed'
  AND (substr(reference, 10)::int - 1) * 6 + (substr(reference, 5, 4)::int - 2020) + 1 > :target;
DELETE FROM referral_history WHERE referral_id IN (SELECT id FROM bench_trim);
DELETE FROM referral_share WHERE referral_id IN (SELECT id FROM bench_trim);
DELETE FROM referral_identifier WHERE referral_id IN (SELECT id FROM bench_trim);
DELETE FROM referral WHERE id IN (SELECT id FROM bench_trim);

-- Top up: rows n = 1..target that are missing (normally a contiguous run after the last one).
INSERT INTO referral (id, reference, version, source, status, received_at, created_at, referring_agency, created_by,
                      child, potential_victim, exploitation_types, location, suspects, narrative, consent_to_nrm, urgent,
                      triage_reason, triage_notes, triaged_at, triaged_by,
                      crime_due_by, crime_reference, crime_recorded_at, no_crime_reason, no_crime_decided_at,
                      overdue_notified_at,
                      nrm_stage, nrm_reference, nrm_submitted_at, nrm_rg_outcome, nrm_rg_at, nrm_cg_outcome, nrm_cg_at)
SELECT
    -- deterministic ids: the same row n always has the same id
    md5('mscu-bench-referral-' || n)::uuid,
    'MSR-' || y || '-' || lpad(k::text, 6, '0'),
    0,
    (ARRAY['POLICE','POLICE','POLICE','POLICE','POLICE','POLICE','THIRD_SECTOR','THIRD_SECTOR','THIRD_SECTOR','THIRD_SECTOR',
           'LOCAL_AUTHORITY','LOCAL_AUTHORITY','LOCAL_AUTHORITY','LOCAL_AUTHORITY','NRM','NRM',
           'PARTNER_AGENCY','PARTNER_AGENCY','PARTNER_AGENCY','PUBLIC'])[1 + (n * 13) % 20],
    status,
    received_at,
    received_at + interval '3 minutes',
    (ARRAY['gmp','gmp','gmp','gmp','gmp','gmp','gmp','manchester-city-council','manchester-city-council',
           'manchester-city-council','manchester-city-council','stop-the-traffik','stop-the-traffik','stop-the-traffik',
           'immigration-enforcement','immigration-enforcement','glaa','glaa','dwp','probation-service'])[1 + (n * 7) % 20],
    'bench-seed',
    child,
    jsonb_strip_nulls(jsonb_build_object(
        'givenName', (ARRAY['Ana','Bogdan','Mai','Tuan','Elira','Arben','Grace','Chidi','Kasia','Piotr','Amina','Yonas',
                            'Li','Wei','Priya','Ravi','Sam','Alex','Maria','Ion'])[1 + (n * 3) % 20],
        'familyName', (ARRAY['Popescu','Ionescu','Nguyen','Tran','Hoxha','Krasniqi','Okafor','Adeyemi','Nowak','Kowalski',
                             'Tesfaye','Haile','Zhang','Chen','Sharma','Patel','Fictional','Example','Sample','Placeholder'])[1 + (n * 11) % 20],
        'aliases', jsonb_build_array(),
        'dateOfBirth', CASE WHEN n % 10 = 0 THEN NULL
                            ELSE to_char((received_at - make_interval(years => age)
                                          - make_interval(days => (n % 300)::int))::date, 'YYYY-MM-DD') END,
        'estimatedAge', CASE WHEN n % 10 = 0 THEN age END,
        'ageDisputed', CASE WHEN n % 10 = 0 AND child THEN true END,
        'gender', (ARRAY['FEMALE','MALE','FEMALE','MALE','OTHER','UNKNOWN'])[1 + (n * 5) % 6],
        'nationality', nationality,
        'languages', jsonb_build_array(CASE nationality WHEN 'RO' THEN 'ro' WHEN 'AL' THEN 'sq' WHEN 'VN' THEN 'vi'
                                       WHEN 'NG' THEN 'en' WHEN 'PL' THEN 'pl' WHEN 'ER' THEN 'ti' WHEN 'CN' THEN 'zh'
                                       WHEN 'IN' THEN 'hi' WHEN 'SD' THEN 'ar' ELSE 'en' END),
        'contactPhone', CASE WHEN n % 3 = 0 THEN NULL ELSE '+447700900' || lpad((n % 1000)::text, 3, '0') END)),
    CASE WHEN n % 5 = 0 THEN ARRAY[etype, (ARRAY['CRIMINAL','LABOUR','SEXUAL'])[1 + n % 3]]::text[]
         ELSE ARRAY[etype]::text[] END,
    jsonb_build_object(
        'district', (ARRAY['Manchester','Salford','Trafford','Stockport','Tameside','Oldham','Rochdale','Bury','Bolton',
                           'Wigan'])[1 + (n * 3) % 10],
        'postcode', 'M' || (1 + n % 40) || ' ' || (1 + n % 9) || (ARRAY['AA','AB','BD','DX','EQ','HT','LZ','NP'])[1 + n % 8],
        'address', (1 + n % 250) || ' Example Street'),
    CASE WHEN n % 5 < 2 THEN jsonb_build_array(jsonb_build_object(
             'name', (ARRAY['Fictional Suspect','Example Person','Sample Name','Placeholder Person'])[1 + n % 4],
             'phone', '+447700900' || lpad(((n * 7) % 1000)::text, 3, '0')))
         ELSE '[]'::jsonb END,
    'Fictional benchmark referral ' || n || ': found working long hours at a car wash, documents held by a third party, '
        || 'no access to own wages; accommodation provided by the employer.',
    consent,
    n % 10 = 0,
    -- triage
    CASE WHEN status = 'NO_FURTHER_ACTION'
         THEN (ARRAY['NOT_MODERN_SLAVERY','INSUFFICIENT_INFORMATION','DUPLICATE','REFERRED_ELSEWHERE','OTHER'])[1 + n % 5] END,
    CASE WHEN status = 'NO_FURTHER_ACTION' THEN 'Fictional triage note' END,
    CASE WHEN status <> 'RECEIVED' THEN received_at + interval '2 hours' END,
    CASE WHEN status <> 'RECEIVED' THEN 'coordinator' END,
    -- crime recording: 80 % recorded (some late), 10 % no crime, 10 % overdue and already notified
    received_at + interval '24 hours',
    CASE WHEN n % 10 < 8 THEN 'CRI/' || y || '/' || lpad(k::text, 6, '0') END,
    CASE WHEN n % 10 < 8 THEN received_at + make_interval(mins => ((n * 37) % 1700)::int) END,
    CASE WHEN n % 10 = 8 THEN 'Fictional: no notifiable offence disclosed' END,
    CASE WHEN n % 10 = 8 THEN received_at + interval '5 hours' END,
    CASE WHEN n % 10 = 9 THEN received_at + interval '24 hours 15 minutes' END,
    -- NRM: submitted for half of those who may be referred, decided for some of them
    CASE WHEN nrm_level = 0 THEN 'NOT_SUBMITTED' WHEN nrm_level = 1 THEN 'SUBMITTED'
         WHEN nrm_level = 2 THEN 'REASONABLE_GROUNDS_POSITIVE' ELSE 'CONCLUSIVE_GROUNDS_POSITIVE' END,
    CASE WHEN nrm_level > 0 THEN 'NRM-' || y || '-' || lpad(k::text, 6, '0') END,
    CASE WHEN nrm_level > 0 THEN received_at + interval '3 days' END,
    CASE WHEN nrm_level > 1 THEN 'POSITIVE' END,
    CASE WHEN nrm_level > 1 THEN received_at + interval '10 days' END,
    CASE WHEN nrm_level > 2 THEN 'POSITIVE' END,
    CASE WHEN nrm_level > 2 THEN received_at + interval '80 days' END
FROM (
    SELECT n, y, k, received_at, child, consent, nationality, etype, status,
           CASE WHEN NOT (child OR consent) OR n % 2 = 0 THEN 0
                WHEN status IN ('RECEIVED', 'TRIAGED', 'NO_FURTHER_ACTION') THEN 0
                ELSE 1 + (n / 2) % 3 END AS nrm_level,
           CASE WHEN child THEN 12 + (n % 6)::int ELSE 18 + (n % 40)::int END AS age
    FROM (
        SELECT n, y, k,
               make_timestamptz(y, 1, 1, 0, 0, 0, 'UTC')
                   + make_interval(secs => ((n * 2654435761) % 31449600) + (n % 1000) / 1000.0) AS received_at,
               (n * 17) % 100 < 22 AS child,
               (n * 23) % 100 < 70 AS consent,
               (ARRAY['RO','AL','VN','GB','NG','PL','ER','SD','CN','IN'])[1 + (n * 29) % 10] AS nationality,
               (ARRAY['LABOUR','LABOUR','LABOUR','LABOUR','LABOUR','LABOUR','LABOUR','SEXUAL','SEXUAL','SEXUAL',
                      'SEXUAL','SEXUAL','CRIMINAL','CRIMINAL','CRIMINAL','CRIMINAL','CRIMINAL','DOMESTIC_SERVITUDE',
                      'DOMESTIC_SERVITUDE','UNKNOWN'])[1 + (n * 19) % 20] AS etype,
               CASE WHEN (n * 31) % 100 < 5 THEN 'RECEIVED' WHEN (n * 31) % 100 < 15 THEN 'TRIAGED'
                    WHEN (n * 31) % 100 < 60 THEN 'ACCEPTED' WHEN (n * 31) % 100 < 85 THEN 'NO_FURTHER_ACTION'
                    ELSE 'CLOSED' END AS status
        FROM (SELECT n, 2020 + ((n - 1) % 6)::int AS y, (n - 1) / 6 + 1 AS k
              FROM generate_series(1::bigint, :target::bigint) AS n) g
    ) base
) s
WHERE :seeded < :target
ON CONFLICT DO NOTHING;

-- Partners see their own referrals and those shared with them: 2 % of the seeded referrals are shared.
INSERT INTO referral_share (id, referral_id, agency, level, purpose, legal_basis, shared_at, shared_by)
SELECT md5('mscu-bench-share-' || r.id)::uuid, r.id,
       CASE WHEN r.referring_agency = 'dwp' THEN 'glaa' ELSE 'dwp' END,
       CASE WHEN abs(hashtext(r.id::text)) % 2 = 0 THEN 'FULL' ELSE 'SUMMARY' END,
       'Fictional: joint safeguarding visit', 'Crime and Disorder Act 1998 s.115', r.received_at + interval '1 day',
       'coordinator'
FROM referral r
WHERE r.created_by = 'bench-seed' AND abs(hashtext(r.id::text)) % 50 = 0
ON CONFLICT DO NOTHING;

-- The per-year counters stay ahead of the seeded numbers (the service never reuses a reference).
INSERT INTO referral_reference_counter (year, last_number)
SELECT substr(reference, 5, 4)::int, max(substr(reference, 10)::int)
FROM referral WHERE created_by = 'bench-seed' GROUP BY 1
ON CONFLICT (year) DO UPDATE SET last_number = greatest(referral_reference_counter.last_number, excluded.last_number);

VACUUM (ANALYZE) referral;
VACUUM (ANALYZE) referral_share;
SELECT count(*) AS seeded_referrals FROM referral WHERE created_by = 'bench-seed';
