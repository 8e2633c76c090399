-- Seeds the accommodation service's database, bypassing the API (see seed-referrals.sql for why):
-- :properties properties of 5 beds each (provider 'Bench Housing (fictional)'). Idempotent.
--
--   psql -v properties=40 -f seed-accommodation.sql accommodation
\set ON_ERROR_STOP on

INSERT INTO property (id, name, provider, district, address, type, features, created_by_agency, created_at)
SELECT md5('mscu-bench-property-' || n)::uuid,
       'Bench House ' || n,
       'Bench Housing (fictional)',
       (ARRAY['Manchester','Salford','Trafford','Stockport','Tameside','Oldham','Rochdale','Bury','Bolton',
              'Wigan'])[1 + n % 10],
       n || ' Example Road, Fictional Town',
       (ARRAY['SAFE_HOUSE','EMERGENCY_BED','HOTEL'])[1 + n % 3],
       CASE WHEN n % 2 = 0 THEN ARRAY['WOMEN_ONLY','INTERPRETER_SUPPORT'] ELSE ARRAY['SUPPORT_WORKER_ON_SITE'] END,
       'manchester-city-council',
       timestamptz '2025-01-01 09:00:00+00' + make_interval(hours => n::int)
FROM generate_series(1, :properties) AS n
ON CONFLICT DO NOTHING;

INSERT INTO bed (id, property_id, label, features)
SELECT md5('mscu-bench-bed-' || p || '-' || b)::uuid,
       md5('mscu-bench-property-' || p)::uuid,
       'Room ' || b,
       CASE WHEN b = 1 THEN ARRAY['GROUND_FLOOR','WHEELCHAIR'] ELSE ARRAY[]::text[] END
FROM generate_series(1, :properties) AS p, generate_series(1, 5) AS b
ON CONFLICT DO NOTHING;

ANALYZE property;
ANALYZE bed;
SELECT (SELECT count(*) FROM property WHERE provider = 'Bench Housing (fictional)') AS properties,
       (SELECT count(*) FROM bed b JOIN property p ON p.id = b.property_id
         WHERE p.provider = 'Bench Housing (fictional)') AS beds;
