# Scenario 5 — footprint: for each service and the gateway, the time from exec to /q/health/ready UP
# and the resident memory after a warm-up, measured on a fresh instance started next to the running
# platform (same jar, same environment, another port, so the platform keeps running) with the JVM
# options bin/platform gives it (bin/lib/jvm.sh): with its AOT cache (JDK 25+), as every start after
# the first of a build, and beside it the first start, without the cache; Keycloak's start from its
# log; and what the whole platform holds in memory now. Sourced by run.sh.

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

# s5_app_dir TARGET — the application directory (quarkus-app) of the target.
s5_app_dir() {
  if [[ "$1" == gateway ]]; then dirname "$GATEWAY_JAR"; else app_dir_on_port "$1"; fi
}

# s5_start TARGET JVM OPTION... — a fresh instance of the target; sets S5_PID, S5_PORT, S5_READY_S
# (seconds from exec to ready) and S5_LOG.
s5_start() {
  local target="$1"
  shift
  if [[ "$target" == gateway ]]; then
    S5_PORT="$(free_port $((BENCH_GATEWAY_PORT + 1)))"
    start_gateway_instance "$S5_PORT" "$@"
    S5_PID="$LAST_GATEWAY_PID" S5_READY_S="$LAST_READY_S" S5_LOG="$WORK/gateway-$S5_PORT.log"
  else
    clone_service "$target" "$@" || return 1
    S5_PID="$LAST_CLONE_PID" S5_PORT="$LAST_CLONE_PORT" S5_LOG="$WORK/clone-$target.log"
    S5_READY_S="$(wait_ready "http://localhost:$S5_PORT/q/health/ready" 180 "$S5_PID")" \
      || { tail -n 30 "$S5_LOG" >&2; die "the clone of $(s5_name "$target") did not get ready"; }
  fi
}

# s5_warm_up SCRIPT PATH — S5_WARM_SECONDS of requests on 4 connections to the instance just started.
s5_warm_up() {
  BENCH_TOKEN="$(user_token coordinator)" BENCH_IDS="$REFERRAL_IDS" BENCH_PATH="$2" \
    wrk_run "$1" "http://127.0.0.1:$S5_PORT" "$S5_WARM_SECONDS" 4 >/dev/null
}

# s5_record_caches — with JDK 25+, each target's AOT cache when there is none for its current build:
# recorded as bin/platform records it on the first start after a build (here: that start, a warm-up,
# and the stop, during which the JVM writes the cache). Each is started and warmed up alone, then all are
# stopped together: writing five caches at once takes less time than one after another, and no start is
# measured while they write. Each one's time to ready, and the time the five took to stop, are recorded.
s5_record_caches() {
  local line lines target script path app_dir cache recording stop_start stopped_s pid i recorded=() stoppers=() complete=() options=()
  if ! aot_cache_supported "$PLATFORM_JAVA"; then
    say "  JDK $(jdk_runtime_version "$PLATFORM_JAVA"): no AOT cache (it needs JDK 25 or newer)"
    return 0
  fi
  step "Scenario 5: the AOT cache of each service and of the gateway"
  mapfile -t lines < <(s5_targets)
  for line in "${lines[@]}"; do
    IFS='|' read -r target script path <<<"$line"
    app_dir="$(s5_app_dir "$target")" || continue
    [[ -n "$app_dir" ]] || continue
    cache="$(aot_cache_file "$app_dir" "$PLATFORM_JAVA")"
    if aot_cache_current "$app_dir" "$PLATFORM_JAVA"; then
      say "  $(printf '%-22s' "$(s5_name "$target")") has a current AOT cache ($(basename "$cache"))"
      continue
    fi
    mapfile -t options < <(platform_java_opts; aot_cache_options "$app_dir" "$PLATFORM_JAVA" bench)
    recording="${options[-1]#-XX:AOTCacheOutput=}"
    s5_start "$target" "${options[@]}" || continue
    s5_warm_up "$script" "$path"
    recorded+=("$target|$S5_PID|$recording|$cache|$S5_READY_S|$S5_LOG")
  done
  (( ${#recorded[@]} )) || return 0
  stop_start="$(date +%s.%N)"
  for line in "${recorded[@]}"; do
    IFS='|' read -r target pid _ <<<"$line"
    stop_pid "$pid" 180 &
    stoppers+=("$!")
  done
  for i in "${!stoppers[@]}"; do
    complete[i]=true
    wait "${stoppers[i]}" || complete[i]=false
  done
  stopped_s="$(awk -v a="$stop_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
  for i in "${!recorded[@]}"; do
    IFS='|' read -r target pid recording cache S5_READY_S S5_LOG <<<"${recorded[i]}"
    if aot_recording_finish "$recording" "${complete[i]}"; then
      record s5 "$(s5_name "$target")" 0 "$(jq -n --argjson s "$S5_READY_S" --argjson w "$stopped_s" \
        --argjson b "$(stat -c %s "$cache")" '{kind: "aot-recording", ready_s: $s, stop_s: $w, cache_mb: ($b / 1048576 | round)}')"
      say "  $(printf '%-22s' "$(s5_name "$target")") recorded its AOT cache: ready after ${S5_READY_S}s, $(( $(stat -c %s "$cache") / 1048576 )) MB"
    else
      warn "$(s5_name "$target") did not write its AOT cache (log: $S5_LOG): measuring it without"
    fi
  done
  say "  the ${#recorded[@]} instances stopped together (each writing its cache) in ${stopped_s}s"
}

s5_round() {
  local round="$1" line lines target script path app_dir seconds cold_s aot rss_start rss_warm heap quarkus options=()
  step "Scenario 5, round $round: start-up and memory of a fresh instance of each service and of the gateway"
  mapfile -t lines < <(s5_targets)
  for line in $(rotate "$round" "${lines[@]}"); do
    IFS='|' read -r target script path <<<"$line"
    app_dir="$(s5_app_dir "$target")"
    [[ -n "$app_dir" ]] || { warn "nothing listens on port $target: no clone of it"; continue; }
    # The first start after a build: no AOT cache yet (bin/platform's also records one, see above).
    cold_s=null
    if aot_cache_supported "$PLATFORM_JAVA"; then
      mapfile -t options < <(platform_jvm_options "$app_dir" cold)
      s5_start "$target" "${options[@]}" || continue
      cold_s="$S5_READY_S"
      stop_pid "$S5_PID" || true
    fi
    # Every later start: with the cache when there is one.
    mapfile -t options < <(platform_jvm_options "$app_dir")
    aot=false
    [[ " ${options[*]} " == *" -XX:AOTCache="* ]] && aot=true
    s5_start "$target" "${options[@]}" || continue
    seconds="$S5_READY_S"
    rss_start="$(rss_kib "$S5_PID")"
    s5_warm_up "$script" "$path"
    sleep 1
    rss_warm="$(rss_kib "$S5_PID")"
    # What the resident memory is made of: the Java heap the JVM committed and what of it is in use.
    heap="$("$JCMD" "$S5_PID" GC.heap_info 2>/dev/null | s5_heap_kib)"
    [[ -n "$heap" ]] || heap="0 0"
    quarkus="$(grep -o 'started in [0-9.]*s' "$S5_LOG" 2>/dev/null | head -n1 | grep -o '[0-9.]*[0-9]' || true)"
    stop_pid "$S5_PID" || true
    record s5 "$(s5_name "$target")" "$round" "$(jq -n --argjson s "$seconds" --argjson c "$cold_s" --argjson aot "$aot" \
      --argjson a "$rss_start" --argjson b "$rss_warm" --argjson hc "${heap% *}" --argjson hu "${heap#* }" \
      --argjson q "${quarkus:-null}" --arg o "$(platform_java_opts | xargs)" \
      '{kind: "startup", ready_s: $s, cold_ready_s: $c, aot_cache: $aot, quarkus_started_s: $q,
        rss_ready_mb: ($a / 1024 | round), rss_warm_mb: ($b / 1024 | round),
        heap_committed_mb: ($hc / 1024 | round), heap_used_mb: ($hu / 1024 | round), java_options: $o}')"
    say "  $(printf '%-22s' "$(s5_name "$target")") ready after ${seconds}s$([[ "$aot" == true ]] && printf ' with its AOT cache')$([[ "$cold_s" != null ]] && printf ' (without: %ss)' "$cold_s") (Quarkus: ${quarkus:-?}s); resident $((rss_start / 1024)) MB when ready, $((rss_warm / 1024)) MB after ${S5_WARM_SECONDS}s of load (heap committed $(( ${heap% *} / 1024 )) MB, used $(( ${heap#* } / 1024 )) MB)"
  done
}

# s5_heap_kib — from `jcmd GC.heap_info`: the committed and used Java heap in KiB ("COMMITTED USED"),
# whichever collector: G1 prints one line for the heap, Serial and Parallel one per generation.
s5_heap_kib() {
  awk '
    / total [0-9]+K, used [0-9]+K/ && !/Metaspace|class space/ {
      for (i = 1; i <= NF; i++) { if ($i == "total") c += $(i + 1) + 0; if ($i == "used") u += $(i + 1) + 0 }
      found = 1
    }
    /committed [0-9]+K, used [0-9]+K/ && !found && !/Metaspace|class space/ {
      for (i = 1; i <= NF; i++) { if ($i == "committed") c += $(i + 1) + 0; if ($i == "used") u += $(i + 1) + 0 }
      done_g1 = 1
    }
    END { if (found || done_g1) printf "%d %d\n", c, u }'
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
