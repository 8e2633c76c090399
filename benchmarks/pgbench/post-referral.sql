-- The rows one POST /api/v1/referrals writes, inserted by pgbench in ONE transaction: the database's
-- share of the write path, the baseline of scenario 2. The tables are copies of the service's in the
-- schema bench of the same database (pgbench/schema.sql), so the service's audit hash chain, its
-- reference counter and its tables stay untouched. Per transaction, like the service:
--   idempotency record (stored response) · reference counter (hot row, locked to commit) · referral ·
--   4 identifiers · 1 history entry · audit append (advisory lock, read the head, chained SHA-256) · outbox event
\set key random(1, 2000000000)
BEGIN;
INSERT INTO bench.idempotency_record (client_id, idempotency_key, request_hash, state, response_status,
        response_headers, response_body, created_at, expires_at)
    VALUES ('la-case-system', 'pgbench-' || :client_id || '-' || :key || '-' || clock_timestamp(),
            encode(sha256(convert_to('request ' || :key, 'UTF8')), 'hex'), 'COMPLETED', 201,
            '{"ETag": "\"0\"", "Location": "http://localhost:8081/api/v1/referrals/00000000-0000-0000-0000-000000000000"}',
            convert_to(repeat('x', 1260), 'UTF8'), now(), now() + interval '24 hours');
INSERT INTO bench.referral_reference_counter AS c (year, last_number) VALUES (2026, 1)
    ON CONFLICT (year) DO UPDATE SET last_number = c.last_number + 1
    RETURNING c.last_number AS refno
\gset
INSERT INTO bench.referral (id, reference, version, source, status, received_at, created_at, referring_agency, created_by,
        child, potential_victim, exploitation_types, location, suspects, narrative, consent_to_nrm, urgent, crime_due_by)
    VALUES (gen_random_uuid(), 'MSR-2026-' || lpad(:refno::text, 6, '0'), 0, 'LOCAL_AUTHORITY', 'RECEIVED', now(), now(),
            'manchester-city-council', 'service-account-la-case-system', false,
            '{"givenName": "Testa", "familyName": "Fictional", "aliases": [], "dateOfBirth": "1990-04-02", "gender": "FEMALE", "nationality": "RO", "languages": ["ro"], "contactPhone": "+447700900001"}',
            ARRAY['LABOUR'], '{"district": "Manchester", "postcode": "M1 1AA", "address": "1 Example Street"}',
            '[{"name": "Fictional Suspect", "phone": "+447700900002", "vehicleRegistration": "AB12 CDE"}]',
            '[benchmark] Fictional referral written by the benchmark suite: found working long hours at a car wash, documents held by a third party, no access to own wages.',
            true, false, now() + interval '24 hours')
    RETURNING id AS rid
\gset
INSERT INTO bench.referral_identifier (referral_id, kind, value) VALUES
    (':rid', 'PHONE', '+447700900001'), (':rid', 'POSTCODE', 'M1 1AA'),
    (':rid', 'PHONE', '+447700900002'), (':rid', 'VEHICLE_REGISTRATION', 'AB12CDE'),
    (':rid', 'SUSPECT_NAME', 'fictional suspect')
    ON CONFLICT DO NOTHING;
INSERT INTO bench.referral_history (referral_id, at, kind, action, actor, agency, detail)
    VALUES (':rid', now(), 'STATE_CHANGE', 'RECEIVED', 'service-account-la-case-system', 'manchester-city-council',
            'source LOCAL_AUTHORITY');
SELECT pg_advisory_xact_lock(7886756728253277289);
SELECT seq AS head_seq, hash AS head_hash FROM bench.audit_entry ORDER BY seq DESC LIMIT 1
\gset
INSERT INTO bench.audit_entry (id, seq, recorded_at, operation, resource_type, resource_id, caller_subject, caller_username,
        caller_agency, caller_roles, client_id, justification, recipient_agency, trace_id, detail, previous_hash, hash)
    SELECT id, :head_seq + 1, at, 'COLLECTION', 'referral', ':rid', '9b1f0c1e-5d5e-4c1b-9f57-6a2f3f6c0001',
           'service-account-la-case-system', 'manchester-city-council', 'partner-system,referrer', 'la-case-system',
           'partner-system-creates-referral', NULL, md5(id::text), NULL, ':head_hash',
           encode(sha256(convert_to(':head_hash' || E'\n' || json_build_array(id, :head_seq + 1, at, 'COLLECTION', 'referral',
               ':rid', 'service-account-la-case-system', 'manchester-city-council', 'partner-system,referrer',
               'la-case-system', 'partner-system-creates-referral')::text, 'UTF8')), 'hex')
    FROM (SELECT gen_random_uuid() AS id, now() AS at) e;
INSERT INTO bench.outbox_event (id, type, source, subject, occurred_at, data, traceparent)
    VALUES (gen_random_uuid(), 'referral.received', 'referrals', ':rid', now(),
            json_build_object('referralId', ':rid', 'reference', 'MSR-2026-' || lpad(:refno::text, 6, '0'),
                              'source', 'LOCAL_AUTHORITY', 'receivedAt', now(), 'referringAgency', 'manchester-city-council',
                              'child', false, 'urgent', false, 'exploitationTypes', json_build_array('LABOUR'),
                              'crimeRecordingDueBy', now() + interval '24 hours')::jsonb,
            '00-' || md5(':rid') || '-' || left(md5(':rid' || 's'), 16) || '-01');
COMMIT;
