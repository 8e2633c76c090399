#!/usr/bin/env bash
# Creates the MSCU databases and roles in a PostgreSQL server. Idempotent: run it as often as you like.
#
# Per service database <db> (referrals, victims, orders, accommodation; platform for the shared
# library's tests):
#   role <db>        LOGIN, password <db>         the application role (no DDL rights)
#   role <db>_owner  LOGIN, password <db>_owner   owns the databases, runs the Flyway migrations
#   databases <db> and <db>_test, owned by <db>_owner
# and for Keycloak: role keycloak (password keycloak) owning database keycloak.
#
# The passwords are local development defaults only.
#
# Connection: psql as a superuser, by default `psql -h 127.0.0.1 -U postgres`; the usual
# PGHOST / PGPORT / PGUSER / PGPASSWORD variables override it. As a docker-compose / postgres
# image init script (/docker-entrypoint-initdb.d/) it runs over the local socket instead:
# PGHOST is then left as the image sets it.
set -euo pipefail

SERVICE_DATABASES=(referrals victims orders accommodation platform)

export PGHOST="${PGHOST:-127.0.0.1}"
export PGUSER="${PGUSER:-${POSTGRES_USER:-postgres}}"
export PGDATABASE="${PGDATABASE:-postgres}"

psql_admin() {
  psql -X -q -v ON_ERROR_STOP=1 "$@"
}

ensure_role() {
  local role="$1" password="$2"
  psql_admin -v role="$role" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role')
\gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'role', :'password')
\gexec
SQL
}

ensure_database() {
  local database="$1" owner="$2"
  psql_admin -v db="$database" -v owner="$owner" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'owner')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db')
\gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'owner')
\gexec
SQL
  # The owner role runs the migrations and creates the schema objects; nobody else may.
  # (PostgreSQL 15+ already gives the public schema to the database owner.)
  psql_admin -d "$database" -v owner="$owner" <<'SQL'
SELECT format('ALTER SCHEMA public OWNER TO %I', :'owner')
WHERE (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public')
      NOT IN ('pg_database_owner', :'owner')
\gexec
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
}

provision_service_database() {
  local db="$1"
  ensure_role "$db" "$db"
  ensure_role "${db}_owner" "${db}_owner"
  ensure_database "$db" "${db}_owner"
  ensure_database "${db}_test" "${db}_owner"
}

provision_keycloak_database() {
  ensure_role keycloak keycloak
  ensure_database keycloak keycloak
}

main() {
  local db
  for db in "${SERVICE_DATABASES[@]}"; do
    provision_service_database "$db"
  done
  provision_keycloak_database
  echo "PostgreSQL: databases ${SERVICE_DATABASES[*]} (+ *_test) and keycloak are provisioned."
}

main "$@"
