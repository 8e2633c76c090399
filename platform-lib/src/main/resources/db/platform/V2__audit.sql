-- DPA 2018 s.62 log of personal-data processing: append-only and tamper-evident.
-- Each entry stores SHA-256 over the previous entry's hash and its own canonical content
-- (org.mscu.platform.audit.AuditChain); appends are serialised by a transaction-scoped advisory
-- lock so the chain is linear. The service's role may read and append, never change or remove.
CREATE TABLE audit_entry (
    id               uuid        PRIMARY KEY,
    seq              bigint      NOT NULL UNIQUE CHECK (seq > 0),
    recorded_at      timestamptz NOT NULL,
    operation        text        NOT NULL CHECK (operation IN
                         ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE', 'COMBINATION', 'ERASURE')),
    resource_type    text        NOT NULL,
    resource_id      text,
    caller_subject   text,
    caller_username  text,
    caller_agency    text,
    caller_roles     text        NOT NULL,
    client_id        text,
    justification    text        NOT NULL,
    recipient_agency text,
    trace_id         text,
    detail           text,
    previous_hash    char(64)    NOT NULL,
    hash             char(64)    NOT NULL
);

CREATE INDEX audit_entry_resource ON audit_entry (resource_type, resource_id, seq);

REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM "${app_role}";
GRANT SELECT, INSERT ON audit_entry TO "${app_role}";

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
