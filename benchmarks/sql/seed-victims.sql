-- Seeds the victim service's database, bypassing the API (see seed-referrals.sql for why): a roster of
-- liaison officers (username bench-vlo-NNN) and victims to assign them to (created_by = 'bench-seed').
-- Idempotent: rows have deterministic ids and are inserted only when missing. Run as owner or superuser.
--
--   psql -v officers=500 -v victims=5000 -f seed-victims.sql victims
\set ON_ERROR_STOP on

INSERT INTO liaison_officer (id, username, name, agency, collar_number, gender, languages, districts, specialisms,
                             max_caseload, active, created_at)
SELECT md5('mscu-bench-officer-' || n)::uuid,
       'bench-vlo-' || lpad(n::text, 3, '0'),
       (ARRAY['Sam','Alex','Jo','Chris','Robin','Kim','Lee','Pat','Morgan','Jamie'])[1 + n % 10] || ' '
           || (ARRAY['Fictional','Example','Sample','Placeholder','Testperson'])[1 + (n * 3) % 5] || ' ' || n,
       'gmp',
       'GM' || lpad(n::text, 5, '0'),
       (ARRAY['FEMALE','MALE','FEMALE','MALE','OTHER'])[1 + n % 5],
       CASE WHEN n % 4 = 0 THEN ARRAY['en', (ARRAY['ro','sq','vi','pl','ti','zh','hi','ar'])[1 + n % 8]]
            ELSE ARRAY['en'] END,
       ARRAY[(ARRAY['Manchester','Salford','Trafford','Stockport','Tameside','Oldham','Rochdale','Bury','Bolton',
                    'Wigan'])[1 + n % 10]],
       ARRAY[(ARRAY['LABOUR','SEXUAL','CRIMINAL','DOMESTIC_SERVITUDE'])[1 + n % 4]],
       5 + n % 11,
       n % 25 <> 0,
       timestamptz '2024-01-01 09:00:00+00' + make_interval(hours => n::int)
FROM generate_series(1, :officers) AS n
ON CONFLICT DO NOTHING;

INSERT INTO victim (id, given_name, family_name, date_of_birth, gender, languages, district, officer_gender_preference,
                    exploitation_types, origin, created_at, created_by)
SELECT md5('mscu-bench-victim-' || n)::uuid,
       (ARRAY['Ana','Bogdan','Mai','Tuan','Elira','Arben','Grace','Chidi','Kasia','Piotr'])[1 + n % 10],
       (ARRAY['Popescu','Nguyen','Hoxha','Okafor','Nowak','Tesfaye','Zhang','Sharma','Fictional','Example'])[1 + (n * 7) % 10],
       date '1970-01-01' + ((n * 97) % 15000),
       (ARRAY['FEMALE','MALE','FEMALE','MALE','UNKNOWN'])[1 + n % 5],
       ARRAY[(ARRAY['ro','sq','vi','en','pl','ti','zh','hi','ar'])[1 + n % 9]],
       (ARRAY['Manchester','Salford','Trafford','Stockport','Tameside','Oldham','Rochdale','Bury','Bolton',
              'Wigan'])[1 + (n * 3) % 10],
       (ARRAY['NO_PREFERENCE','NO_PREFERENCE','FEMALE','MALE'])[1 + n % 4],
       ARRAY[(ARRAY['LABOUR','SEXUAL','CRIMINAL','DOMESTIC_SERVITUDE'])[1 + (n * 5) % 4]],
       'COORDINATOR',
       timestamptz '2025-01-01 09:00:00+00' + make_interval(mins => n::int),
       'bench-seed'
FROM generate_series(1, :victims) AS n
ON CONFLICT DO NOTHING;

ANALYZE liaison_officer;
ANALYZE victim;
SELECT (SELECT count(*) FROM liaison_officer WHERE username LIKE 'bench-vlo-%') AS officers,
       (SELECT count(*) FROM victim WHERE created_by = 'bench-seed') AS victims;
