-- Test-only table of the library's tests: a record with an owner agency, a share and a version.
CREATE TABLE sample (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    kind        text        NOT NULL,
    agency      text        NOT NULL,
    shared_with text,
    secret      text,
    phone       text,
    created_at  timestamptz NOT NULL,
    version     bigint      NOT NULL
);
