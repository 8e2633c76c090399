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

s1_latency() {
  BENCH_TOKEN="$(user_token coordinator)" open_loop "$(s1_url "$1")" "$S1_RATE" "$LAT_SECONDS" \
    --path '/api/v1/referrals/{id}' --ids "$REFERRAL_IDS"
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
    result="$(checked "$FEW_OPEN_LOOP_ERRORS" s1_latency "$path")"
    record s1 "$path" "$round" "$(jq -c '{kind: "latency"} + .' <<<"$result")"
    say "  $path at $S1_RATE req/s: $(jq -r '"p50 \(.latency_ms.p50) ms, p99 \(.latency_ms.p99) ms, p99.9 \(.latency_ms.p999) ms"' <<<"$result")"
  done
}
