-- Copies of the tables POST /api/v1/referrals writes, in the schema bench of the service's database,
-- for the pgbench baseline (post-referral.sql): same columns, defaults, constraints, indexes and
-- foreign keys, so the same work per row, without touching the service's own tables or its audit
-- hash chain. run.sh creates it before scenario 2 and drops it at the end (DROP SCHEMA bench CASCADE).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.referral (LIKE public.referral INCLUDING ALL);
CREATE TABLE bench.referral_reference_counter (LIKE public.referral_reference_counter INCLUDING ALL);
CREATE TABLE bench.referral_identifier (LIKE public.referral_identifier INCLUDING ALL);
ALTER TABLE bench.referral_identifier ADD FOREIGN KEY (referral_id) REFERENCES bench.referral (id);
CREATE SEQUENCE bench.referral_history_id_seq;
CREATE TABLE bench.referral_history (LIKE public.referral_history INCLUDING ALL);
ALTER TABLE bench.referral_history ALTER COLUMN id SET DEFAULT nextval('bench.referral_history_id_seq');
ALTER TABLE bench.referral_history ADD FOREIGN KEY (referral_id) REFERENCES bench.referral (id);
CREATE TABLE bench.audit_entry (LIKE public.audit_entry INCLUDING ALL);
CREATE TABLE bench.outbox_event (LIKE public.outbox_event INCLUDING ALL);
CREATE TABLE bench.idempotency_record (LIKE public.idempotency_record INCLUDING ALL);
-- The chain's first entry, so every transaction finds a head to chain after.
INSERT INTO bench.audit_entry (id, seq, recorded_at, operation, resource_type, caller_roles, justification,
                               previous_hash, hash)
VALUES (gen_random_uuid(), 1, now(), 'COLLECTION', 'genesis', '', 'benchmark', repeat('0', 64), repeat('0', 64));
