# Evidence for the report's "what limits it": after the measured rounds, the heaviest paths run once
# more under a JFR recording of the JVMs involved (hot methods) while PostgreSQL's wait events are
# sampled every 100 ms (what the service's connections wait for: a lock, the WAL, the client, or CPU).
# Not measured figures. Sourced by run.sh.

jfr_start() {
  "$JCMD" "$1" JFR.start name=bench settings=profile 'jdk.ExecutionSample#period=2ms' filename="$WORK/$2.jfr" >/dev/null 2>&1 \
    || warn "no JFR recording of pid $1 ($2): jcmd could not attach"
}

jfr_stop() {
  "$JCMD" "$1" JFR.stop name=bench >/dev/null 2>&1 || return 0
  "$JFR" view --width 160 hot-methods "$WORK/$2.jfr" >"$WORK/$2-hot-methods.txt" 2>&1 || true
  jfr_breakdown "$WORK/$2.jfr" >"$WORK/$2-breakdown.json" 2>/dev/null || printf '{}' >"$WORK/$2-breakdown.json"
}

# jfr_breakdown FILE — on-CPU samples by what they were doing: the share of samples whose stack holds
# a frame of each component (inclusive: a sample can count for several). Prints JSON.
jfr_breakdown() {
  "$JFR" print --events jdk.ExecutionSample --stack-depth 96 "$1" | awk '
    BEGIN {
      # component = class-name prefixes
      spec = "token check (jose4j, smallrye-jwt)=org.jose4j. io.smallrye.jwt.;" \
             "rate limit (Redis client)=org.mscu.gateway.ratelimit. io.vertx.redis. io.quarkus.redis.;" \
             "proxying (gateway routing)=org.mscu.gateway.routing.;" \
             "access log, logging=org.jboss.logmanager. org.jboss.logging. java.util.Formatter;" \
             "tracing (OpenTelemetry)=io.opentelemetry. io.quarkus.opentelemetry.;" \
             "metrics (Micrometer)=io.micrometer.;" \
             "JSON (Jackson)=com.fasterxml.jackson.;" \
             "ORM (Hibernate)=org.hibernate.;" \
             "JDBC (pgjdbc, Agroal)=org.postgresql. io.agroal.;" \
             "audit log (platform-lib)=org.mscu.platform.audit.;" \
             "access policy (platform-lib)=org.mscu.platform.policy.;" \
             "idempotency (platform-lib)=org.mscu.platform.idempotency.;" \
             "crypto (RSA, SHA-256, AES)=sun.security. com.sun.crypto. java.security.MessageDigest java.math.BigInteger java.math.MutableBigInteger;" \
             "HTTP server and client I/O (Netty, Vert.x)=io.netty. io.vertx.core.http. io.vertx.core.net."
      n = split(spec, parts, ";")
      for (i = 1; i <= n; i++) {
        split(parts[i], kv, "=")
        name[i] = kv[1]
        count[i] = split(kv[2], list, " ")
        for (j = 1; j <= count[i]; j++) prefix[i, j] = list[j]
      }
    }
    /^jdk[.]ExecutionSample/ { samples++; split("", seen); next }
    /^    [a-z]/ {
      for (i = 1; i <= n; i++) {
        if (i in seen) continue
        for (j = 1; j <= count[i]; j++) if (index($1, prefix[i, j]) == 1) { seen[i] = 1; hits[i]++; break }
      }
    }
    END {
      printf "{\"samples\":%d,\"by_component\":{", samples
      for (i = 1; i <= n; i++) printf "%s\"%s\":%.1f", (i > 1 ? "," : ""), name[i], (samples ? hits[i] * 100 / samples : 0)
      printf "}}\n"
    }'
}

# pg_waits SECONDS DB — samples the active sessions of DB every 100 ms; prints {wait event: samples}.
pg_waits() {
  local samples=$(( $1 * 10 ))
  psql_db "$2" -At <<SQL
CREATE TEMP TABLE bench_wait (event text);
DO \$\$
BEGIN
  FOR i IN 1..$samples LOOP
    PERFORM pg_stat_clear_snapshot();
    INSERT INTO bench_wait
      SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU (no wait event)')
      FROM pg_stat_activity
      WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid();
    PERFORM pg_sleep(0.1);
  END LOOP;
END
\$\$;
SELECT coalesce(json_object_agg(event, n ORDER BY n DESC), '{}') FROM (SELECT event, count(*) AS n FROM bench_wait GROUP BY event) x;
SQL
}

# evidence NAME JVM_PIDS... -- LOAD COMMAND... — runs the load with recordings around it.
evidence() {
  local name="$1" pid waits_file="$WORK/waits-$1.json" pids=()
  shift
  while [[ "$1" != -- ]]; do pids+=("$1"); shift; done
  shift
  for pid in "${pids[@]}"; do jfr_start "$pid" "$name-$pid"; done
  pg_waits "$EVIDENCE_SECONDS" "$REFERRALS_DB" >"$waits_file" &
  local sampler=$!
  "$@" >/dev/null
  wait "$sampler" || true
  for pid in "${pids[@]}"; do jfr_stop "$pid" "$name-$pid"; done
  local profiles='{}'
  for pid in "${pids[@]}"; do
    profiles="$(jq -c --arg who "$(evidence_who "$pid")" --slurpfile b "$WORK/$name-$pid-breakdown.json" \
      '. + {($who): ($b[0] // {})}' <<<"$profiles")"
  done
  record evidence "$name" 0 "$(jq -c --argjson profiles "$profiles" '{kind: "evidence", pg_waits: ., profiles: $profiles}' "$waits_file")"
  say "  $name: PostgreSQL wait samples $(cat "$waits_file")"
}

evidence_who() {
  case "$1" in
    "$BENCH_GATEWAY_PID") printf gateway ;;
    "$REFERRAL_PID") printf referral-service ;;
    *) printf 'pid %s' "$1" ;;
  esac
}

collect_evidence() {
  refresh_pids
  step "Evidence: JFR hot methods and PostgreSQL wait events under the heaviest loads (${EVIDENCE_SECONDS}s each)"
  export BENCH_TOKEN BENCH_IDS="$REFERRAL_IDS" BENCH_BODY="$BENCH_DIR/data/referral.json" BENCH_RUN_ID="$RUN_ID-evidence"
  BENCH_TOKEN="$(user_token coordinator)"
  evidence get-via-gateway "$BENCH_GATEWAY_PID" "$REFERRAL_PID" -- \
    wrk_run get-referral.lua "http://127.0.0.1:$BENCH_GATEWAY_PORT" "$EVIDENCE_SECONDS" "$S1_CONNECTIONS"
  evidence get-via-nginx "$REFERRAL_PID" -- \
    wrk_run get-referral.lua "http://127.0.0.1:$BENCH_NGINX_PORT" "$EVIDENCE_SECONDS" "$S1_CONNECTIONS"
  BENCH_PATH="/api/v1/referrals?status=ACCEPTED" evidence list "$REFERRAL_PID" -- \
    wrk_run get.lua http://127.0.0.1:8081 "$EVIDENCE_SECONDS" 1
  BENCH_TOKEN="$(client_token "$S2_CLIENT")"
  evidence post "$REFERRAL_PID" -- wrk_run post-referral.lua http://127.0.0.1:8081 "$EVIDENCE_SECONDS" "$S2_CONNECTIONS"
}
