# Scenario 5 — footprint: for each service and the gateway, the time from exec to /q/health/ready UP
# and the resident memory after a warm-up, measured on a fresh instance started next to the running
# platform (same jar, same environment, another port, so the platform keeps running); Keycloak's start
# from its log; and what the whole platform holds in memory now. Sourced by run.sh.

# port|wrk script|path for the warm-up
s5_targets() {
  cat <<EOF
8081|get-referral.lua|
8082|get.lua|/api/v1/liaison-officers?limit=50
8083|get.lua|/api/v1/orders
8084|get.lua|/api/v1/availability?from=$(date -u -d tomorrow +%F)&to=$(date -u -d '+3 days' +%F)
gateway|get-referral.lua|
EOF
}

s5_name() {
  case "$1" in
    8081) printf referral-service ;; 8082) printf victim-service ;; 8083) printf orders-service ;;
    8084) printf accommodation-service ;; gateway) printf gateway ;;
  esac
}

s5_round() {
  local round="$1" line target script path pid port seconds rss_start rss_warm heap log quarkus
  step "Scenario 5, round $round: start-up and memory of a fresh instance of each service and of the gateway"
  mapfile -t lines < <(s5_targets)
  for line in $(rotate "$round" "${lines[@]}"); do
    IFS='|' read -r target script path <<<"$line"
    if [[ "$target" == gateway ]]; then
      port="$(free_port $((BENCH_GATEWAY_PORT + 1)))"
      start_gateway_instance "$port"
      pid="$LAST_GATEWAY_PID" seconds="$LAST_READY_S"
    else
      clone_service "$target" || continue
      pid="$LAST_CLONE_PID" port="$LAST_CLONE_PORT"
      seconds="$(wait_ready "http://localhost:$port/q/health/ready" 180 "$pid")" \
        || { tail -n 30 "$WORK/clone-$target.log" >&2; die "the clone of $(s5_name "$target") did not get ready"; }
    fi
    rss_start="$(rss_kib "$pid")"
    BENCH_TOKEN="$(user_token coordinator)" BENCH_IDS="$REFERRAL_IDS" BENCH_PATH="$path" \
      wrk_run "$script" "http://127.0.0.1:$port" "$S5_WARM_SECONDS" 4 >/dev/null
    sleep 1
    rss_warm="$(rss_kib "$pid")"
    # What the resident memory is made of: the Java heap the JVM committed (sized from the machine's
    # memory when no -Xmx is given) and what of it is in use.
    heap="$("$JCMD" "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*committed \([0-9]*\)K, used \([0-9]*\)K.*/\1 \2/p' | head -n1)"
    [[ -n "$heap" ]] || heap="0 0"
    log="$WORK/$([[ "$target" == gateway ]] && printf 'gateway-%s' "$port" || printf 'clone-%s' "$target").log"
    quarkus="$(grep -o 'started in [0-9.]*s' "$log" 2>/dev/null | head -n1 | grep -o '[0-9.]*[0-9]' || true)"
    stop_pid "$pid"
    record s5 "$(s5_name "$target")" "$round" "$(jq -n --argjson s "$seconds" --argjson a "$rss_start" --argjson b "$rss_warm" \
      --argjson hc "${heap% *}" --argjson hu "${heap#* }" --argjson q "${quarkus:-null}" \
      '{kind: "startup", ready_s: $s, quarkus_started_s: $q, rss_ready_mb: ($a / 1024 | round), rss_warm_mb: ($b / 1024 | round),
        heap_committed_mb: ($hc / 1024 | round), heap_used_mb: ($hu / 1024 | round)}')"
    say "  $(printf '%-22s' "$(s5_name "$target")") ready after ${seconds}s (Quarkus: ${quarkus:-?}s); resident $((rss_start / 1024)) MB when ready, $((rss_warm / 1024)) MB after ${S5_WARM_SECONDS}s of load (heap committed $(( ${heap% *} / 1024 )) MB, used $(( ${heap#* } / 1024 )) MB)"
  done
}

# pss_kib PID... — proportional set size: shared pages (PostgreSQL's shared buffers) counted once overall.
pss_kib() {
  local pid total=0 v
  for pid in "$@"; do
    v="$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null)" || v=0
    total=$((total + ${v:-0}))
  done
  printf '%s' "$total"
}

# s5_platform — memory of everything running now, and Keycloak's start time from its log.
s5_platform() {
  local name pid port kc_log kc_started json='{}'
  step "Scenario 5: the platform's memory now"
  for name in keycloak:8180 referral-service:8081 victim-service:8082 orders-service:8083 accommodation-service:8084 \
              gateway:8080 "benchmark gateway:$BENCH_GATEWAY_PORT"; do
    port="${name##*:}"
    pid="$(pid_on_port "$port")"
    [[ -n "$pid" ]] || continue
    json="$(jq -c --arg n "${name%:*}" --argjson r "$(rss_kib "$pid")" --argjson p "$(pss_kib "$pid")" \
      '. + {($n): {rss_mb: ($r / 1024 | round), pss_mb: ($p / 1024 | round)}}' <<<"$json")"
  done
  json="$(jq -c --argjson pg "$(pss_kib $(postgres_pids))" --argjson redis "$(pss_kib $(pgrep -x redis-server))" \
    --argjson mq "$(pss_kib $(pgrep -x beam.smp))" \
    '. + {"postgresql (all processes)": {pss_mb: ($pg / 1024 | round)}, redis: {pss_mb: ($redis / 1024 | round)},
          rabbitmq: {pss_mb: ($mq / 1024 | round)}}' <<<"$json")"
  kc_log="$(readlink "/proc/$(pid_on_port 8180)/fd/1" 2>/dev/null || true)"
  kc_started="$(grep -ho 'started in [0-9.]*s' "$kc_log" 2>/dev/null | tail -n1 | grep -o '[0-9.]*' || true)"
  record s5 platform 0 "$(jq -c --argjson kc "${kc_started:-null}" '{kind: "memory", components: ., keycloak_started_s: $kc}' <<<"$json")"
  jq -r '.components | to_entries[] | "  \(.key): \(.value.rss_mb // "-") MB resident, \(.value.pss_mb) MB proportional"' <<<"$(tail -n1 "$RAW")"
  say "  Keycloak's last start (its log): ${kc_started:-unknown} s"
}
