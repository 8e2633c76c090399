CREATE TABLE property (
    id         uuid PRIMARY KEY,
    version    bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
