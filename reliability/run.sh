#!/usr/bin/env bash
# reliability/run.sh — the full reliability and security suite of issue #12 (reliability/README.md).
#
#   bin/platform reliability [--minutes N] [--rate R] [--faults kill,broker,postgres|none] [--hostile-cases N]
#                            [--seed S] [--replicas|--no-replicas] [--keep-running]
#
# Brings the platform up if it is not running (and stops it again at the end unless --keep-running),
# runs the security suites with a larger hostile-input run, then the scale-out suite on two replicas of
# each service (started for it with bin/platform scale 2 and stopped again; --no-replicas leaves it out),
# then the load with faults, and writes reliability/results/<date>.md. All traffic stays on this machine.
# Exit status: 0 when every suite passed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The clone whose bin/platform runs the platform under test (its policies and sources are what the
# suites expect); by default this one.
PLATFORM_ROOT="${MSCU_PLATFORM_ROOT:-$ROOT}"
MINUTES="${MSCU_RELIABILITY_MINUTES:-5}"
RATE="${MSCU_RELIABILITY_RATE:-25}"
FAULTS="${MSCU_RELIABILITY_FAULTS:-kill,broker,postgres}"
HOSTILE_CASES="${MSCU_RELIABILITY_HOSTILE_CASES:-40}"
SEED="${MSCU_RELIABILITY_SEED:-$(( (RANDOM << 15) | RANDOM ))}"
REPLICAS="${MSCU_RELIABILITY_REPLICAS:-true}"
# How much more resident memory a service may end the load with than it began with (0.25 = 25 %).
MEMORY_GROWTH="${MSCU_RELIABILITY_MEMORY_GROWTH:-0.25}"
KEEP_RUNNING=false
SECURITY_SUITES="AccessMatrixIT,TokenAttacksIT,ExpiredTokenIT,NotYetValidTokenIT,BolaIT,MassAssignmentIT,HostileInputIT,KeycloakOutageIT"

while (( $# )); do
  case "$1" in
    --minutes) MINUTES="$2"; shift 2 ;;
    --rate) RATE="$2"; shift 2 ;;
    --faults) FAULTS="$2"; shift 2 ;;
    --hostile-cases) HOSTILE_CASES="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --replicas) REPLICAS=true; shift ;;
    --no-replicas) REPLICAS=false; shift ;;
    --keep-running) KEEP_RUNNING=true; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) printf 'unknown option %s (see --help)\n' "$1" >&2; exit 2 ;;
  esac
done
[[ "$FAULTS" == none ]] && FAULTS=""

say()  { printf '%s\n' "$*"; }
step() { printf '\n==> %s\n' "$*"; }

TARGET="$ROOT/e2e-tests/target/reliability"
STARTED_PLATFORM=false
started_at="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
started_seconds="$SECONDS"

cd "$ROOT"
if ! "$PLATFORM_ROOT/bin/platform" status 2>/dev/null | awk 'NR > 1 && $4 != "ready" { bad = 1 } END { exit bad }' \
   || [[ "$("$PLATFORM_ROOT/bin/platform" status 2>/dev/null | awk 'NR > 1' | wc -l)" -lt 6 ]]; then
  step "Bringing the platform up (bin/platform up)"
  # The scale-out suite proves each scheduled job runs once per cluster: they must run often enough to watch.
  export REFERRALS_CRIME_RECORDING_OVERDUE_SCAN_EVERY="${REFERRALS_CRIME_RECORDING_OVERDUE_SCAN_EVERY:-10s}"
  export PLACEMENT_LIFECYCLE_EVERY="${PLACEMENT_LIFECYCLE_EVERY:-10s}"
  export ROTA_CHECK_EVERY="${ROTA_CHECK_EVERY:-10s}"
  export MSCU_ORDERS_EXPIRY_EVERY="${MSCU_ORDERS_EXPIRY_EVERY:-10s}"
  "$PLATFORM_ROOT/bin/platform" up
  STARTED_PLATFORM=true
fi
finish() {
  if [[ "$STARTED_PLATFORM" == true && "$KEEP_RUNNING" == false ]]; then
    step "Stopping the platform this run started"
    "$PLATFORM_ROOT/bin/platform" down || true
  fi
}
trap finish EXIT

if [[ ! -f "$HOME/.m2/repository/org/mscu/platform-lib/1.0.0-SNAPSHOT/platform-lib-1.0.0-SNAPSHOT.jar" ]]; then
  step "Installing what the end-to-end tests depend on (platform-lib: the suites read the policies with its engine)"
  "$ROOT/mvnw" -B -q -pl e2e-tests -am install -DskipTests
fi

rm -rf "$TARGET" "$ROOT/e2e-tests/target/failsafe-reports"
mkdir -p "$TARGET"

step "Security suites: access matrix, token attacks, BOLA, mass assignment, hostile input ($HOSTILE_CASES cases per operation, seed $SEED), Keycloak outage"
security=0
"$ROOT/mvnw" -B -pl e2e-tests verify -DskipITs=false -Dit.test="$SECURITY_SUITES" \
  -Dmscu.hostile.cases="$HOSTILE_CASES" -Dmscu.hostile.seed="$SEED" -Dmscu.project.root="$PLATFORM_ROOT" \
  | tee "$TARGET/security.log" | grep --line-buffered -E 'Tests run:|FAIL|ERROR\]   ' || true
grep -q 'BUILD SUCCESS' "$TARGET/security.log" || security=1
cp -r "$ROOT/e2e-tests/target/failsafe-reports" "$TARGET/security-reports" 2>/dev/null || true

scale=0
if [[ "$REPLICAS" == true ]]; then
  step "Scale-out: a second replica of each service (bin/platform scale 2), ScaleOutIT, back to one"
  if "$PLATFORM_ROOT/bin/platform" scale 2 2>&1 | tee "$TARGET/scale-up.log"; then
    "$ROOT/mvnw" -B -pl e2e-tests verify -DskipITs=false -Dit.test=ScaleOutIT -Dmscu.project.root="$PLATFORM_ROOT" \
      | tee "$TARGET/scale-out.log" | grep --line-buffered -E 'Tests run:|FAIL|ERROR\]   ' || true
    grep -q 'BUILD SUCCESS' "$TARGET/scale-out.log" || scale=1
    grep -q 'Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0' "$TARGET/scale-out.log" || scale=1
    mkdir -p "$TARGET/scale-out-reports"
    cp "$ROOT"/e2e-tests/target/failsafe-reports/TEST-*ScaleOutIT.xml "$TARGET/scale-out-reports/" 2>/dev/null || true
  else
    say "The replicas did not start (see $TARGET/scale-up.log)."
    scale=1
  fi
  "$PLATFORM_ROOT/bin/platform" scale 1 || { say "Could not go back to one instance per service."; scale=1; }
fi

step "Load ($MINUTES min at $RATE/s) with faults: ${FAULTS:-none}"
load=0
"$ROOT/mvnw" -B -pl e2e-tests verify -DskipITs=false -Dit.test=LoadAndFaultsIT -Dmscu.reliability.full=true \
  -Dmscu.reliability.minutes="$MINUTES" -Dmscu.reliability.rate="$RATE" -Dmscu.reliability.faults="${FAULTS:-none}" \
  -Dmscu.reliability.memory-growth="$MEMORY_GROWTH" -Dmscu.project.root="$PLATFORM_ROOT" \
  | tee "$TARGET/load.log" | grep --line-buffered -E 'Tests run:|FAIL|ERROR\]   ' || true
grep -q 'BUILD SUCCESS' "$TARGET/load.log" || load=1

step "Writing the report"
mkdir -p "$ROOT/reliability/results"
report="$ROOT/reliability/results/$(date -u +%Y-%m-%d).md"
[[ -e "$report" ]] && report="$ROOT/reliability/results/$(date -u +%Y-%m-%dT%H%M).md"
suite_table() {
  local xml name
  for xml in "$TARGET"/security-reports/TEST-*.xml "$TARGET"/scale-out-reports/TEST-*.xml \
             "$ROOT"/e2e-tests/target/failsafe-reports/TEST-*LoadAndFaultsIT.xml; do
    [[ -f "$xml" ]] || continue
    name="$(basename "$xml" .xml)"
    grep -m1 -o '<testsuite [^>]*>' "$xml" | awk -v name="${name#TEST-org.mscu.e2e.}" '
      function attr(a) { return match($0, " " a "=\"[^\"]*\"") ? substr($0, RSTART + length(a) + 3, RLENGTH - length(a) - 4) : "?" }
      { printf "| %s | %s | %s | %s | %s | %s |\n", name, attr("tests"), attr("failures"), attr("errors"), attr("skipped"), attr("time") }'
  done
}
{
  printf '# Reliability and security run, %s\n\n' "$started_at"
  printf 'Commit `%s`%s on %s (%s cores, %s MiB memory), JDK %s. Took %d min.\n\n' \
    "$(git -C "$PLATFORM_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    "$([[ -n "$(git -C "$PLATFORM_ROOT" status --porcelain -- . ':!reliability/results' 2>/dev/null)" ]] && echo ' (with uncommitted changes)')" \
    "$(uname -sr)" "$(nproc)" "$(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo)" \
    "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | sed 's/"//g')" $(( (SECONDS - started_seconds) / 60 ))
  printf 'Command: `bin/platform reliability --minutes %s --rate %s --faults %s --hostile-cases %s --seed %s%s`\n\n' \
    "$MINUTES" "$RATE" "${FAULTS:-none}" "$HOSTILE_CASES" "$SEED" "$([[ $REPLICAS == true ]] || echo ' --no-replicas')"
  printf '## Suites\n\n| suite | tests | failures | errors | skipped | seconds |\n|---|---|---|---|---|---|\n'
  suite_table
  printf '\nSecurity suites: **%s**. Scale-out (two replicas of each service): **%s**. Load and faults: **%s**.\n\n' \
    "$([[ $security == 0 ]] && echo passed || echo FAILED)" \
    "$([[ $REPLICAS == true ]] || { echo 'not run'; exit 0; }; [[ $scale == 0 ]] && echo passed || echo 'FAILED (or skipped)')" \
    "$([[ $load == 0 ]] && echo passed || echo FAILED)"
  if grep -hq 'FAILURE\|<<< ERROR' "$TARGET/security.log" "$TARGET/scale-out.log" "$TARGET/load.log" 2>/dev/null; then
    printf '### Failures\n\n```\n'
    grep -h -A3 '<<< FAILURE!\|<<< ERROR!' "$TARGET/security.log" "$TARGET/scale-out.log" "$TARGET/load.log" 2>/dev/null \
      | grep -v '^\s*at ' | cut -c1-400 | head -120
    printf '```\n\n'
  fi
  for part in load.md scale-out.md access-matrix.md hostile-input.md; do
    [[ -f "$TARGET/$part" ]] && { sed 's/^#/##/' "$TARGET/$part"; printf '\n'; }
  done
  printf '## Not covered by this run\n\nSee reliability/README.md, "What is not done yet".\n'
} > "$report"
say "Report: $report"
(( security == 0 && scale == 0 && load == 0 ))
