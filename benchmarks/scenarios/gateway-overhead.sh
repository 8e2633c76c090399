# Scenario 1 — gateway overhead: GET /api/v1/referrals/{id} straight to referral-service, through
# nginx (plain reverse proxy) and through the gateway. Saturation with wrk (closed loop), latency at
# equal offered load (50 % of the slowest path's saturation) with the open-loop generator, CPU per
# request of the service, the proxy, PostgreSQL and Redis. Sourced by run.sh.

S1_PATHS=(direct nginx gateway)

s1_url() {
  case "$1" in
    direct) printf 'http://127.0.0.1:8081' ;;
    nginx) printf 'http://127.0.0.1:%s' "$BENCH_NGINX_PORT" ;;
    gateway) printf 'http://127.0.0.1:%s' "$BENCH_GATEWAY_PORT" ;;
  esac
}

s1_proxy_pids() {
  case "$1" in
    direct) printf '' ;;
    nginx) printf '%s' "$NGINX_PIDS" ;;
    gateway) printf '%s' "$BENCH_GATEWAY_PID" ;;
  esac
}

# s1_saturation PATH SECONDS — one wrk run with CPU readings around it; prints the JSON result.
s1_saturation() {
  local path="$1" seconds="$2" before after result requests
  export BENCH_TOKEN BENCH_IDS="$REFERRAL_IDS"
  BENCH_TOKEN="$(user_token coordinator)"
  CPU_SERVICE_PIDS="$REFERRAL_PID" CPU_PROXY_PIDS="$(s1_proxy_pids "$path")" CPU_REDIS_PIDS="$REDIS_PIDS"
  before="$(cpu_snapshot)"
  result="$(wrk_run get-referral.lua "$(s1_url "$path")" "$seconds" "$S1_CONNECTIONS")"
  after="$(cpu_snapshot)"
  requests="$(jq .requests <<<"$result")"
  jq -c --argjson cpu "$(cpu_json "$before" "$after" "$requests")" \
    '{kind: "saturation", rps: (.requests / (.duration_us / 1e6) * 10 | round / 10),
      non2xx: .errors.status, socket_errors: (.errors.connect + .errors.read + .errors.write + .errors.timeout),
      p50_ms: (.latency_us.p50 / 1000), p99_ms: (.latency_us.p99 / 1000), p999_ms: (.latency_us.p999 / 1000),
      requests: .requests, cpu: $cpu}' <<<"$result"
}

# s1_latency PATH ROUND — one open-loop run at the equal offered load; prints its JSON result with the
# breakdown of its slowest requests (s1_tail).
s1_latency() {
  local path="$1" slowest="$WORK/s1-slowest-$1-$2.txt" gateway_log="$WORK/gateway-$BENCH_GATEWAY_PORT.log"
  local service_log service_from gateway_from result
  service_log="$(readlink "/proc/$REFERRAL_PID/fd/1")"
  service_from="$(stat -c %s "$service_log")" gateway_from="$(stat -c %s "$gateway_log")"
  result="$(BENCH_TOKEN="$(user_token coordinator)" open_loop "$(s1_url "$path")" "$S1_RATE" "$LAT_SECONDS" \
    --path '/api/v1/referrals/{id}' --ids "$REFERRAL_IDS" --slowest "$slowest")"
  jq -c --argjson tail "$(s1_tail "$path" "$slowest" "$service_log" "$service_from" "$gateway_log" "$gateway_from")" \
    '. + {tail: $tail}' <<<"$result"
}

# s1_tail PATH SLOWEST SERVICE_LOG FROM GATEWAY_LOG FROM — where the slowest 1 % of a latency run spent
# their time: each one's latency at the generator joined, by its X-Request-Id, with the latency in the
# access-log line of referral-service and (through the gateway) of the gateway, both written after
# byte FROM of their logs. Prints JSON: medians over those requests of the time in the service, in
# the gateway around the service, and outside both (the generator, loopback, nginx when proxied).
s1_tail() {
  local path="$1" slowest="$2" service_log="$3" service_from="$4" gateway_log="$5" gateway_from="$6"
  local pick='s/.*requestId=\(bench-[^ ]*\) .*latencyMs=\([0-9.]*\).*/\1 \2/p'
  {
    sed 's/^/client /' "$slowest"
    tail -c +"$((service_from + 1))" "$service_log" | grep -F 'requestId=bench-' | sed -n "$pick" | sed 's/^/service /'
    if [[ "$path" == gateway ]]; then
      tail -c +"$((gateway_from + 1))" "$gateway_log" | grep -F 'requestId=bench-' | sed -n "$pick" | sed 's/^/gateway /'
    fi
  } | awk '{ ms[$1, $2] = $3; if ($1 == "client") ids[$2] = 1 }
      END { for (id in ids) printf "{\"client\":%s,\"service\":%s,\"gateway\":%s}\n", ms["client", id],
              (("service", id) in ms) ? ms["service", id] : "null", (("gateway", id) in ms) ? ms["gateway", id] : "null" }' \
    | jq -s -c -L "$BENCH_DIR/lib" --arg path "$path" 'include "stats";
        map(select(.service != null and ($path != "gateway" or .gateway != null))) as $joined
        | {slowest: length, joined: ($joined | length),
           client_ms: ($joined | map(.client) | median | round_to(1)),
           service_ms: ($joined | map(.service) | median | round_to(1)),
           gateway_around_service_ms: ($joined | map(select(.gateway != null) | .gateway - .service) | median | round_to(1)),
           outside_ms: ($joined | map(.client - (.gateway // .service)) | median | round_to(1))}'
}

s1_warmup() {
  local path rps slowest=""
  refresh_pids
  step "Scenario 1 (gateway overhead): warming up direct, nginx and gateway, then calibrating"
  for path in "${S1_PATHS[@]}"; do
    warm "$REFERRAL_PID" $([[ "$path" == gateway ]] && printf '%s' "$BENCH_GATEWAY_PID") -- \
      s1_saturation "$path" "$WARMUP_SECONDS"
  done
  for path in "${S1_PATHS[@]}"; do
    rps="$(s1_saturation "$path" "$SAT_SECONDS" | jq .rps)"
    say "  calibration $path: $rps requests/s"
    if [[ -z "$slowest" ]] || awk -v a="$rps" -v b="$slowest" 'BEGIN { exit !(a < b) }'; then slowest="$rps"; fi
  done
  S1_RATE="$(awk -v s="$slowest" 'BEGIN { r = int(s * 0.5); print (r < 1 ? 1 : r) }')"
  record s1 calibration 0 "$(jq -n --argjson slowest "$slowest" --argjson rate "$S1_RATE" \
    '{kind: "calibration", slowest_rps: $slowest, offered_rate: $rate}')"
  say "  offered load for the latency runs: $S1_RATE requests/s (50 % of the slowest path)"
}

s1_round() {
  local round="$1" path result
  refresh_pids
  step "Scenario 1, round $round: saturation (${SAT_SECONDS}s) and latency at $S1_RATE req/s (${LAT_SECONDS}s)"
  for path in $(rotate "$round" "${S1_PATHS[@]}"); do
    result="$(checked "$FEW_ERRORS" s1_saturation "$path" "$SAT_SECONDS")"
    record s1 "$path" "$round" "$result"
    say "  $path saturation: $(jq -r '"\(.rps) req/s, p99 \(.p99_ms) ms, CPU/req service \(.cpu.service_us) µs proxy \(.cpu.proxy_us) µs (JIT \(.cpu.service_jit_us), \(.cpu.proxy_jit_us))"' <<<"$result")"
  done
  for path in $(rotate "$round" "${S1_PATHS[@]}"); do
    result="$(checked "$FEW_OPEN_LOOP_ERRORS" s1_latency "$path" "$round")"
    record s1 "$path" "$round" "$(jq -c '{kind: "latency"} + .' <<<"$result")"
    say "  $path at $S1_RATE req/s: $(jq -r '"p50 \(.latency_ms.p50) ms, p99 \(.latency_ms.p99) ms, p99.9 \(.latency_ms.p999) ms"' <<<"$result")"
  done
}
