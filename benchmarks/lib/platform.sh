# The platform under test and the benchmark's own processes: a second gateway with rate limits out
# of the way, nginx as the plain reverse proxy, and clones of the services for start-up timings.
# Sourced by run.sh.

SERVICE_PORTS=(8081 8082 8083 8084)
SERVICE_NAMES=(referral-service victim-service orders-service accommodation-service)
PLATFORM_GATEWAY_PORT=8080
KEYCLOAK_PORT=8180

BENCH_GATEWAY_PORT="${BENCH_GATEWAY_PORT:-8096}"
BENCH_NGINX_PORT="${BENCH_NGINX_PORT:-8095}"
# Start-up clones listen on the service's port + 20000 (or the next free port).
CLONE_PORT_OFFSET="${BENCH_CLONE_PORT_OFFSET:-20000}"

PLATFORM_STARTED=false
BENCH_PIDS=()

# The JVM options and the AOT cache bin/platform runs the services and gateways with: one definition.
# shellcheck source=/dev/null
source "$ROOT/bin/lib/jvm.sh"

# platform_jvm_options APP_DIR [cold] — the options bin/platform starts a JVM of the application in
# APP_DIR with, one a line: bin/lib/jvm.sh's, and its current AOT cache when the JDK has one and the
# cache is there; "cold": without the cache, as the first start after a build. (Only scenario 5
# records a cache, when there is none: s5_record_caches.)
platform_jvm_options() {
  platform_java_opts
  if [[ "${2:-}" != cold ]] && aot_cache_supported "$PLATFORM_JAVA" && aot_cache_current "$1" "$PLATFORM_JAVA"; then
    printf '%s\n' "-XX:AOTCache=$(aot_cache_file "$1" "$PLATFORM_JAVA")"
  fi
}

keycloak_ready() { curl -fsS --max-time 3 "$REALM_URL/.well-known/openid-configuration" >/dev/null 2>&1; }

# ensure_platform — uses a platform that already runs (whoever started it), or starts one with
# bin/platform up and remembers to stop it. A half-running platform is an error: starting the rest
# from here could clash with whoever runs the other half.
ensure_platform() {
  local port ready_count=0 listening=0
  keycloak_ready && ready_count=$((ready_count + 1))
  [[ -n "$(pid_on_port "$KEYCLOAK_PORT")" ]] && listening=$((listening + 1))
  for port in "${SERVICE_PORTS[@]}"; do
    ready "http://localhost:$port/q/health/ready" && ready_count=$((ready_count + 1))
    [[ -n "$(pid_on_port "$port")" ]] && listening=$((listening + 1))
  done
  if (( ready_count == 5 )); then
    say "Using the platform that is already running."
    return
  fi
  if (( listening > 0 )); then
    die "the platform is partly running or still starting ($listening of Keycloak and the four services listen,
       $ready_count ready). Wait until it is ready (bin/platform status), or stop it, then run again."
  fi
  step "Starting the platform (bin/platform up)"
  PLATFORM_STARTED=true
  "$ROOT/bin/platform" up
}

stop_platform_if_started() {
  if [[ "$PLATFORM_STARTED" == true && "$KEEP_PLATFORM" != true ]]; then
    step "Stopping the platform this run started (bin/platform down)"
    "$ROOT/bin/platform" down || true
  fi
}

# environ_of PID — the process's environment, one VAR=value a line.
environ_of() { tr '\0' '\n' <"/proc/$1/environ"; }

# jar_of PID — the jar a `java -jar` process runs, as an absolute path.
jar_of() {
  local pid="$1" jar
  jar="$(tr '\0' '\n' <"/proc/$pid/cmdline" | awk 'prev == "-jar" { print; exit } { prev = $0 }')"
  [[ "$jar" == /* ]] || jar="$(readlink -f "/proc/$pid/cwd")/$jar"
  printf '%s' "$jar"
}

# database_of PID DEFAULT — the database name in the service's DB_URL.
database_of() {
  local url
  url="$(environ_of "$1" | sed -n 's/^DB_URL=//p')"
  if [[ -n "$url" ]]; then printf '%s' "${url##*/}" | cut -d'?' -f1; else printf '%s' "$2"; fi
}

# refresh_pids — the processes to read CPU from, looked up again (a component restarted by someone
# else keeps its port, not its pid).
refresh_pids() {
  REFERRAL_PID="$(pid_on_port 8081)"
  VICTIM_PID="$(pid_on_port 8082)"
  ACCOMMODATION_PID="$(pid_on_port 8084)"
  REDIS_PIDS="$(pgrep -x redis-server | xargs || true)"
  [[ -n "$REFERRAL_PID" ]] || die "referral-service no longer listens on 8081"
}

discover_platform() {
  refresh_pids
  REFERRALS_DB="$(database_of "$REFERRAL_PID" referrals)"
  VICTIMS_DB="$(database_of "$VICTIM_PID" victims)"
  ACCOMMODATION_DB="$(database_of "$ACCOMMODATION_PID" accommodation)"
  # The gateway instances run on the JVM the services run on.
  PLATFORM_JAVA="$(readlink -f "/proc/$REFERRAL_PID/exe")"
  # jcmd and jfr of that JDK attach best to its JVMs.
  JCMD="$(dirname "$PLATFORM_JAVA")/jcmd" JFR="$(dirname "$PLATFORM_JAVA")/jfr"
  [[ -x "$JCMD" ]] || JCMD=jcmd
  [[ -x "$JFR" ]] || JFR=jfr
  local gateway_pid
  gateway_pid="$(pid_on_port "$PLATFORM_GATEWAY_PORT")"
  if [[ -n "$gateway_pid" ]]; then
    GATEWAY_JAR="$(jar_of "$gateway_pid")"
  else
    GATEWAY_JAR="$ROOT/gateway/target/quarkus-app/quarkus-run.jar"
  fi
  [[ -f "$GATEWAY_JAR" ]] || die "no gateway jar at $GATEWAY_JAR: build it (bin/platform up builds everything)."
  say "Databases: $REFERRALS_DB, $VICTIMS_DB, $ACCOMMODATION_DB. Gateway under test: $GATEWAY_JAR"
}

# start_gateway_instance PORT [JVM OPTION...] — the platform's gateway jar on PORT, configured as
# bin/platform configures it (JVM options: platform_jvm_options unless given), except: rate limits so
# high they never refuse (still checked in Redis on every request, under a key prefix of its own), so
# the benchmark measures the gateway's work rather than its limits. Sets LAST_GATEWAY_PID and
# LAST_READY_S (seconds from exec to ready).
start_gateway_instance() {
  local port="$1" log="$WORK/gateway-$1.log" options=()
  shift
  if (( $# > 0 )); then options=("$@"); else mapfile -t options < <(platform_jvm_options "$(dirname "$GATEWAY_JAR")"); fi
  setsid env HTTP_PORT="$port" \
    REFERRAL_SERVICE_URL=http://localhost:8081 VICTIM_SERVICE_URL=http://localhost:8082 \
    ORDERS_SERVICE_URL=http://localhost:8083 ACCOMMODATION_SERVICE_URL=http://localhost:8084 \
    OIDC_ISSUER="$REALM_URL" OIDC_JWKS_URL="$REALM_URL/protocol/openid-connect/certs" \
    REDIS_URL=redis://127.0.0.1:6379 LOG_JSON=false \
    RATE_LIMIT_BURST=100000000 RATE_LIMIT_PER_SECOND=100000000 MSCU_GATEWAY_RATE_LIMIT_KEY_PREFIX=mscu:bench:rl \
    "$PLATFORM_JAVA" "${options[@]}" -jar "$GATEWAY_JAR" >"$log" 2>&1 </dev/null &
  LAST_GATEWAY_PID=$!
  BENCH_PIDS+=("$LAST_GATEWAY_PID")
  LAST_READY_S="$(wait_ready "http://localhost:$port/q/health/ready" 120 "$LAST_GATEWAY_PID")" \
    || { tail -n 30 "$log" >&2; die "the gateway on port $port did not get ready (log: $log)"; }
}

# start_nginx — nginx as a plain reverse proxy to referral-service (nginx/nginx.conf.template).
start_nginx() {
  local dir="$WORK/nginx" user_line=""
  BENCH_NGINX_PORT="$(free_port "$BENCH_NGINX_PORT")"
  mkdir -p "$dir/temp"
  # Workers of a root master would switch to nobody, who could not write here.
  (( EUID == 0 )) && user_line="user root;"
  sed -e "s|@DIR@|$dir|g" -e "s|@PORT@|$BENCH_NGINX_PORT|g" -e "s|@UPSTREAM@|127.0.0.1:8081|g" \
      -e "s|@USER@|$user_line|" "$BENCH_DIR/nginx/nginx.conf.template" >"$dir/nginx.conf"
  setsid nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' >"$dir/stdout.log" 2>&1 </dev/null &
  NGINX_PID=$!
  BENCH_PIDS+=("$NGINX_PID")
  local waited=0
  until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$BENCH_NGINX_PORT/q/health/ready" 2>/dev/null; do
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$dir/stdout.log" "$dir/error.log" >&2 2>/dev/null; die "nginx did not start"; }
    (( waited++ < 100 )) || die "nginx did not answer within 10 s"
    sleep 0.1
  done
  NGINX_PIDS="$NGINX_PID $(pgrep -P "$NGINX_PID" | xargs)"
}

stop_bench_processes() {
  local pid
  for pid in "${BENCH_PIDS[@]+"${BENCH_PIDS[@]}"}"; do stop_pid "$pid" || true; done
  BENCH_PIDS=()
}

# app_dir_on_port PORT — the application directory (quarkus-app) of the `java -jar` listening on PORT.
app_dir_on_port() {
  local pid
  pid="$(pid_on_port "$1")"
  [[ -n "$pid" ]] && dirname "$(jar_of "$pid")"
}

# clone_service PORT [JVM OPTION...] — starts a second instance of the service listening on PORT +
# 20000 (or the next free port), with exactly the jar, JVM, working directory and environment of the
# running one but the port, and the JVM options bin/platform gives it (platform_jvm_options) unless
# given. Sets LAST_CLONE_PID and LAST_CLONE_PORT.
clone_service() {
  local port="$1" pid clone_port options=()
  shift
  pid="$(pid_on_port "$port")"
  [[ -n "$pid" && -r "/proc/$pid/environ" ]] || { warn "nothing listens on port $port: no clone of it"; return 1; }
  clone_port="$(free_port $((port + CLONE_PORT_OFFSET)))"
  LAST_CLONE_PORT="$clone_port"
  local jar cwd vars java
  jar="$(jar_of "$pid")"
  java="$(readlink -f "/proc/$pid/exe")"
  cwd="$(readlink -f "/proc/$pid/cwd")"
  if (( $# > 0 )); then options=("$@"); else mapfile -t options < <(platform_jvm_options "$(dirname "$jar")"); fi
  mapfile -t vars < <(environ_of "$pid" | grep -v '^HTTP_PORT=')
  (cd "$cwd" && exec setsid env -i "${vars[@]}" HTTP_PORT="$clone_port" "$java" "${options[@]}" -jar "$jar") \
    >"$WORK/clone-$port.log" 2>&1 </dev/null &
  LAST_CLONE_PID=$!
  BENCH_PIDS+=("$LAST_CLONE_PID")
}
