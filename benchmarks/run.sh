#!/usr/bin/env bash
# benchmarks/run.sh — the MSCU benchmark suite (benchmarks/README.md); `bin/platform bench` runs it.
#
#   bin/platform bench               full run: 100,000 referrals, 3 rounds; writes results/<date>.md,
#                                    results/<date>.png, results/<date>.jsonl and the README summary
#   bin/platform bench --large       also grows the data to 1,000,000 referrals and measures the lists again
#   bin/platform bench --quick       1 round, short runs, for development: writes to benchmarks/.work/
#                                    only (no README update); figures are indicative only
#   options: --rounds N, --only s1,s2,s3,s4,s5,jwt,evidence (development), --keep-platform
#
# Uses the running platform when Keycloak and the four services are ready; otherwise starts it with
# bin/platform up and stops it at the end. Starts its own gateway (port 8096, rate limits out of the
# way) and nginx (port 8095), and stops them. Seeds the services' databases directly (sql/).
# Needs: wrk, nginx, gnuplot (Debian packages; installed with apt-get when missing and run as root),
# pgbench, psql, jq, curl, taskset, Node.js >= 20.18 (npm ci here), a JDK >= 21 with jcmd and jfr.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
# shellcheck source=/dev/null
for lib in "$BENCH_DIR"/lib/*.sh "$BENCH_DIR"/scenarios/*.sh; do source "$lib"; done

MODE=full LARGE=false KEEP_PLATFORM=false ROUNDS="" ONLY="s1,s2,s3,s4,s5,jwt,evidence"
ARGS_TEXT="$*"
while (( $# > 0 )); do
  case "$1" in
    --quick) MODE=quick ;;
    --large) LARGE=true ;;
    --rounds) ROUNDS="$2"; shift ;;
    --only) ONLY="$2"; shift ;;
    --keep-platform) KEEP_PLATFORM=true ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done
wants() { [[ ",$ONLY," == *",$1,"* ]]; }

# Durations in seconds. A full run takes about 15 minutes on a 2-core machine (20 with --large), plus
# the platform's start when it is not running.
if [[ "$MODE" == quick ]]; then
  ROUNDS="${ROUNDS:-1}" WARMUP_SECONDS=5 SAT_SECONDS=4 LAT_SECONDS=4 RATE_SECONDS=3 S3_SECONDS=2 S4_SECONDS=3
  S5_ROUNDS=1 S5_WARM_SECONDS=3 EVIDENCE_SECONDS=4 JWT_CPU_ROUNDS=3 JMH_OPTS=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
else
  ROUNDS="${ROUNDS:-3}" WARMUP_SECONDS=10 SAT_SECONDS=8 LAT_SECONDS=8 RATE_SECONDS=6 S3_SECONDS=3 S4_SECONDS=6
  S5_ROUNDS=2 S5_WARM_SECONDS=6 EVIDENCE_SECONDS=6 JWT_CPU_ROUNDS=5 JMH_OPTS=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
fi
S1_CONNECTIONS=32 S2_CONNECTIONS=16 S4_CONNECTIONS=16
WARM_MAX_RUNS="${WARM_MAX_RUNS:-$([[ "$MODE" == quick ]] && printf 2 || printf 4)}"
REFERRALS_DEFAULT=100000 REFERRALS_LARGE=1000000

PG_HOST="${PGHOST:-127.0.0.1}" PG_PORT="${PGPORT:-5432}" PG_SUPERUSER="${PGUSER:-postgres}"
# The load generators get the last core to themselves as far as taskset can give it.
LOADGEN_CPU=$(( $(nproc) - 1 ))
RUN_ID="$(date -u +%Y%m%dT%H%M%S)"
# The CPU counters at the start, for the share of time the hypervisor took (steal) during the run.
CPU_AT_START="$(head -n1 /proc/stat)"
WORK="$BENCH_DIR/.work/$RUN_ID"
mkdir -p "$WORK"
# Work files (logs, JFR recordings, plans) of the last 5 runs are kept.
ls -1dt "$BENCH_DIR"/.work/*/ 2>/dev/null | tail -n +6 | xargs -r rm -rf
REFERRAL_IDS="$WORK/referral-ids.txt"
# Only a full run of everything goes to results/ (and the README); the rest stays in the work directory.
ALL="s1,s2,s3,s4,s5,jwt,evidence"
if [[ "$MODE" == full && "$ONLY" == "$ALL" ]]; then OUT_DIR="$BENCH_DIR/results"; else OUT_DIR="$WORK"; fi
mkdir -p "$OUT_DIR"
DATE="$(date -u +%F)"
REPORT="$OUT_DIR/$DATE.md" CHART="$OUT_DIR/$DATE.png"
# Measurements go to the work directory first; results/ gets them with the report, once complete.
RAW="$WORK/raw.jsonl"
: >"$RAW"
STARTED_AT="$(date +%s)"
BENCH_MAIN_PID=$$

ensure_tools() {
  local missing=() cmd
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
  command -v gnuplot >/dev/null || missing+=(gnuplot-nox)
  if (( ${#missing[@]} > 0 )); then
    if (( EUID == 0 )) && command -v apt-get >/dev/null; then
      step "Installing ${missing[*]} (apt-get)"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >"$WORK/apt.log" 2>&1 \
        || { apt-get update -q >>"$WORK/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >>"$WORK/apt.log" 2>&1; } \
        || die "could not install ${missing[*]} (log: $WORK/apt.log)"
    else
      die "missing: ${missing[*]}. Install them: sudo apt-get install -y ${missing[*]}"
    fi
  fi
  command -v nginx >/dev/null || PATH="$PATH:/usr/sbin"
  for cmd in pgbench psql jq curl taskset ss node npm java jcmd jfr; do
    command -v "$cmd" >/dev/null || die "$cmd is needed (see benchmarks/README.md, Prerequisites)"
  done
  if [[ ! -f "$BENCH_DIR/node_modules/undici/package.json" ]]; then
    step "Installing the open-loop generator's dependency (npm ci)"
    (cd "$BENCH_DIR" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

cleanup() {
  stop_bench_processes
  stop_platform_if_started
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "MSCU benchmarks ($MODE, $ROUNDS rounds; work files in $WORK)"
ensure_tools
ensure_platform
discover_platform
wants jwt && jmh_build

seed_all "$REFERRALS_DEFAULT"

BENCH_GATEWAY_PORT="$(free_port "$BENCH_GATEWAY_PORT")"
step "Starting the benchmark's gateway (port $BENCH_GATEWAY_PORT) and nginx"
start_gateway_instance "$BENCH_GATEWAY_PORT"
BENCH_GATEWAY_PID="$LAST_GATEWAY_PID"
start_nginx
say "  gateway ready after ${LAST_READY_S}s (pid $BENCH_GATEWAY_PID); nginx on port $BENCH_NGINX_PORT (pids $NGINX_PIDS)"

# Warm-up (unrecorded or recorded as round 0, which the report leaves out).
wants s1 && s1_warmup
wants s2 && s2_warmup
if wants s3; then
  step "Scenario 3: warming up the list endpoint"
  s3_prepare
  BENCH_TOKEN="$(user_token coordinator)" BENCH_PATH="/api/v1/referrals?status=ACCEPTED" \
    warm "$REFERRAL_PID" -- wrk_run get.lua http://127.0.0.1:8081 "$WARMUP_SECONDS" 1
fi
if wants s4; then s4_prepare; s4_round 0; fi

for (( round = 1; round <= ROUNDS; round++ )); do
  wants s1 && s1_round "$round"
  wants s2 && s2_round "$round"
  wants s3 && s3_round "$round" "$REFERRAL_COUNT"
  wants s4 && s4_round "$round"
done
wants s3 && s3_explain "$REFERRAL_COUNT"
# The placements and assignments of the last round go (future placements would start by themselves).
wants s4 && s4_reset

if [[ "$LARGE" == true ]] && wants s3; then
  s3_grow "$REFERRALS_LARGE"
  BENCH_TOKEN="$(user_token coordinator)" BENCH_PATH="/api/v1/referrals?status=ACCEPTED" \
    wrk_run get.lua http://127.0.0.1:8081 "$WARMUP_SECONDS" 1 >/dev/null
  for (( round = 1; round <= ROUNDS; round++ )); do s3_round "$round" "$REFERRALS_LARGE"; done
  s3_explain "$REFERRALS_LARGE"
fi

wants evidence && collect_evidence
wants s2 && s2_tidy && s2_drop_pgbench_tables

if wants s5; then
  s5_record_caches
  for (( round = 1; round <= S5_ROUNDS; round++ )); do s5_round "$round"; done
  s5_platform
fi
wants jwt && token_verification

step "Writing the report"
cp "$RAW" "$OUT_DIR/$DATE.jsonl"
write_chart "$CHART"
write_report "$REPORT" "$CHART" "$STARTED_AT"
if [[ "$OUT_DIR" == "$BENCH_DIR/results" ]]; then
  update_readme "$REPORT"
  say "Report: $REPORT (chart $CHART); summary updated in $BENCH_DIR/README.md"
else
  say "Report: $REPORT (chart $CHART); README not updated ($MODE mode${ONLY:+, scenarios $ONLY})"
fi
say "Done in $(( ($(date +%s) - STARTED_AT) / 60 )) min $(( ($(date +%s) - STARTED_AT) % 60 )) s."
