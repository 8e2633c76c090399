#!/usr/bin/env bash
# tools/seed/seed.sh — what `bin/platform seed` runs: builds the seeder when its jar is missing or older
# than its sources, then fills the running platform with the fictional demo world through the gateway.
# Needs a JDK 21+ (bin/platform sets JAVA_HOME). Addresses: MSCU_GATEWAY_URL, MSCU_KEYCLOAK_REALM_URL.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODULE="$ROOT/tools/seed"
JAR="$MODULE/target/seed.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ ! -f "$JAR" || -n "$(find "$MODULE/src" "$MODULE/pom.xml" "$ROOT/pom.xml" -newer "$JAR" -type f -print -quit)" ]]; then
  echo "seed: building the seeder (tools/seed)" >&2
  (cd "$ROOT" && ./mvnw -B -q -pl tools/seed package -DskipTests) >&2
fi

exec "$JAVA" -jar "$JAR" "$@"
