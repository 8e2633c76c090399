# Helpers shared by benchmarks/run.sh and its scenarios: output, tokens, processes, CPU and memory
# readings, load generators and the raw results file. Sourced, not run.

say()  { printf '%s\n' "$*"; }
step() { printf '\n==> [%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# --- PostgreSQL (as the superuser: seeding bypasses the services' roles, see sql/*.sql) ------------

psql_db() {
  local db="$1"
  shift
  psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_SUPERUSER" -d "$db" "$@"
}

psql_value() { psql_db "$1" -At -c "$2"; }

# --- tokens: real ones from Keycloak, fetched just before each measurement (they live 5 minutes) ---

REALM_URL="${BENCH_REALM_URL:-http://localhost:8180/realms/mscu}"

# token_request FORM... — an access token from the realm's token endpoint; retried for a while, since
# Keycloak may be busy (or restarting) on a loaded machine.
token_request() {
  local attempt body
  for attempt in 1 2 3 4 5 6 7 8; do
    if body="$(curl -fsS --max-time 20 "$REALM_URL/protocol/openid-connect/token" "$@" 2>/dev/null)"; then
      jq -er .access_token <<<"$body" && return 0
    fi
    sleep $((attempt * 3))
  done
  # Called inside $(…), exit would only end the subshell: stop run.sh itself (its traps clean up).
  printf 'ERROR: no token from %s (is Keycloak up, and are the development identities unchanged?)\n' "$REALM_URL" >&2
  [[ -n "${BENCH_MAIN_PID:-}" ]] && kill -TERM "$BENCH_MAIN_PID" 2>/dev/null
  exit 1
}

# user_token USERNAME — password grant through the development client mscu-cli.
user_token() {
  token_request -d grant_type=password -d client_id=mscu-cli -d username="$1" -d password="$1-dev"
}

# client_token CLIENT_ID — client-credentials grant of a partner system.
client_token() {
  token_request -d grant_type=client_credentials -d client_id="$1" -d client_secret="$1-secret"
}

# --- processes -------------------------------------------------------------------------------------

# pid_on_port PORT — the process listening on a local TCP port (empty if none).
pid_on_port() {
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2
}

# free_port PORT — PORT, or the next one nobody listens on (other tools use the neighbourhood too).
free_port() {
  local port="$1"
  while [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]; do port=$((port + 1)); done
  printf '%s' "$port"
}

ready() {
  local body
  body="$(curl -fsS --max-time 3 "$1" 2>/dev/null)" || return 1
  [[ "$(jq -r '.status // empty' <<<"$body" 2>/dev/null)" == UP ]]
}

# wait_ready URL SECONDS PID — polls every 50 ms; prints the seconds waited (3 decimals).
wait_ready() {
  local url="$1" limit="$2" pid="$3" start now
  start="$(date +%s.%N)"
  while true; do
    if ready "$url"; then
      now="$(date +%s.%N)"
      awk -v a="$start" -v b="$now" 'BEGIN { printf "%.3f", b - a }'
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || return 1
    now="$(date +%s.%N)"
    awk -v a="$start" -v b="$now" -v l="$limit" 'BEGIN { exit !(b - a > l) }' && return 1
    sleep 0.05
  done
}

# stop_pid PID [SECONDS] — TERM, then KILL after SECONDS (default 20); false when it had to be killed.
stop_pid() {
  local pid="$1" limit="${2:-20}" waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null && (( waited < limit * 10 )); do sleep 0.1; waited=$((waited + 1)); done
  kill -0 "$pid" 2>/dev/null || return 0
  kill -KILL "$pid" 2>/dev/null || true
  return 1
}

# --- CPU and memory from /proc -----------------------------------------------------------------------

CLK_TCK="$(getconf CLK_TCK)"

# cpu_ticks PID... — utime + stime of the processes (all their threads), in clock ticks. The command
# name in /proc/PID/stat may hold spaces, so fields are counted after its closing parenthesis.
cpu_ticks() {
  local pid total=0 t
  for pid in "$@"; do
    t="$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }')" || t=0
    total=$((total + ${t:-0}))
  done
  printf '%s' "$total"
}

postgres_pids() { pgrep -x postgres | xargs; }
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || printf '0'; }

# jit_ticks PID... — CPU ticks of the JIT compiler threads (C1, C2) of JVMs, as long as they live.
jit_ticks() {
  local pid task total=0 t
  for pid in "$@"; do
    for task in /proc/"$pid"/task/*; do
      case "$(cat "$task/comm" 2>/dev/null)" in
        "C1 CompilerThre"*|"C2 CompilerThre"*)
          t="$(sed 's/^.*) //' "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }')" || t=0
          total=$((total + ${t:-0})) ;;
      esac
    done
  done
  printf '%s' "$total"
}

# cpu_snapshot — ticks of the groups named in CPU_SERVICE_PIDS, CPU_PROXY_PIDS, CPU_REDIS_PIDS (and all of
# PostgreSQL): "service proxy postgres redis service-JIT proxy-JIT".
cpu_snapshot() {
  printf '%s %s %s %s %s %s' "$(cpu_ticks $CPU_SERVICE_PIDS)" "$(cpu_ticks $CPU_PROXY_PIDS)" \
    "$(cpu_ticks $(postgres_pids))" "$(cpu_ticks $CPU_REDIS_PIDS)" \
    "$(jit_ticks $CPU_SERVICE_PIDS)" "$(jit_ticks $CPU_PROXY_PIDS)"
}

# cpu_json BEFORE AFTER REQUESTS — CPU microseconds per request of each group, as JSON; *_jit_us is the
# part the JIT compilers took (it should be near 0 once warm).
cpu_json() {
  local before=($1) after=($2) requests="$3" i deltas=()
  for i in 0 1 2 3 4 5; do
    deltas+=($(( after[i] - before[i] < 0 ? 0 : after[i] - before[i] )))
  done
  jq -n --argjson tck "$CLK_TCK" --argjson n "$requests" \
    --argjson s "${deltas[0]}" --argjson p "${deltas[1]}" --argjson d "${deltas[2]}" --argjson r "${deltas[3]}" \
    --argjson sj "${deltas[4]}" --argjson pj "${deltas[5]}" \
    'def per(t): if $n > 0 then (t / $tck * 1e6 / $n * 10 | round / 10) else null end;
     {service_us: per($s), proxy_us: per($p), postgres_us: per($d), redis_us: per($r),
      service_jit_us: per($sj), proxy_jit_us: per($pj)}'
}

# warm JVM_PIDS... -- COMMAND... — JIT warm-up: runs COMMAND (a few seconds of load) again until the
# JIT compilers take under 10 % of those JVMs' CPU during a run, at most WARM_MAX_RUNS times.
warm() {
  local pids=() run share=100 c0 c1 j0 j1
  while [[ "$1" != -- ]]; do pids+=("$1"); shift; done
  shift
  for (( run = 1; run <= WARM_MAX_RUNS; run++ )); do
    c0="$(cpu_ticks "${pids[@]}")" j0="$(jit_ticks "${pids[@]}")"
    "$@" >/dev/null
    c1="$(cpu_ticks "${pids[@]}")" j1="$(jit_ticks "${pids[@]}")"
    share=$(( c1 > c0 ? ( (j1 > j0 ? j1 - j0 : 0) * 100 / (c1 - c0) ) : 0 ))
    (( share < 10 )) && break
  done
  say "  warm after $(( run > WARM_MAX_RUNS ? WARM_MAX_RUNS : run )) run(s) of ${WARMUP_SECONDS}s (JIT compilers: $share % of the CPU in the last)"
}

# --- load generators, pinned to one core -----------------------------------------------------------

# wrk_run SCRIPT URL SECONDS CONNECTIONS — closed loop; prints the script's JSON summary line.
wrk_run() {
  local script="$1" url="$2" seconds="$3" connections="$4"
  BENCH_WRK_DIR="$BENCH_DIR/wrk" taskset -c "$LOADGEN_CPU" \
    wrk -t1 -c"$connections" -d"${seconds}s" --timeout 10s -s "$BENCH_DIR/wrk/$script" "$url" | tail -n1
}

# open_loop URL RATE SECONDS ARGS... — fixed offered rate (load/open-loop.mjs); prints its JSON line.
open_loop() {
  local url="$1" rate="$2" seconds="$3"
  shift 3
  taskset -c "$LOADGEN_CPU" node "$BENCH_DIR/load/open-loop.mjs" --url "$url" --rate "$rate" \
    --duration "$seconds" "$@"
}

# checked CONDITION COMMAND... — runs COMMAND (which prints one JSON result); when the jq CONDITION
# does not hold for it (e.g. more than 1 % errors: Keycloak restarting, a service hiccup), waits 10 s
# and runs it once more. The result says whether it was retried and whether it is still invalid.
checked() {
  local condition="$1" result attempt
  shift
  for attempt in 1 2; do
    result="$("$@")"
    if [[ "$(jq -r "$condition" <<<"$result" 2>/dev/null)" == true ]]; then
      jq -c --argjson retried "$(( attempt > 1 ))" '. + {retried: ($retried == 1)}' <<<"$result"
      return 0
    fi
    warn "a run failed its check ($condition); $([[ $attempt == 1 ]] && printf 'running it again in 10 s' || printf 'keeping it, marked invalid')"
    sleep 10
  done
  jq -c '. + {retried: true, invalid: true}' <<<"$result"
}

# Conditions for checked: at most 1 % answers that are neither 2xx nor expected.
FEW_ERRORS='(.non2xx // 0) + (.socket_errors // 0) <= ((.requests // 0) / 100)'
FEW_OPEN_LOOP_ERRORS='((.statuses | to_entries | map(select(.key | startswith("2") | not) | .value) | add // 0) + .errors + .unfinished) <= (.sent / 100)'

# --- raw results: one JSON object a line ------------------------------------------------------------

# record SCENARIO VARIANT ROUND JSON — appends the measurement to $RAW.
record() {
  jq -c --arg s "$1" --arg v "$2" --argjson r "$3" '{scenario: $s, variant: $v, round: $r} + .' <<<"$4" >>"$RAW"
}

# rotate N WORDS... — the words rotated left by N (each round starts with another variant).
rotate() {
  local n="$1"
  shift
  local words=("$@") count=$#
  local i
  for (( i = 0; i < count; i++ )); do printf '%s\n' "${words[$(( (i + n) % count ))]}"; done
}
