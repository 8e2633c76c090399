#!/usr/bin/env bash
# docker-compose only: run by the postgres image on the first start of an empty data volume
# (/docker-entrypoint-initdb.d/). It hands over to the one provisioning script the launcher uses too
# (infra/postgres/provision.sh), over the image's local socket, as the image's superuser: databases
# referrals, victims, orders, accommodation (each with its app role <db> and owner role <db>_owner)
# and keycloak. Passwords are the local development defaults that script documents.
PGHOST=/var/run/postgresql PGUSER="${POSTGRES_USER:-postgres}" PGPASSWORD="${POSTGRES_PASSWORD:-}" \
  bash /opt/mscu/provision.sh
