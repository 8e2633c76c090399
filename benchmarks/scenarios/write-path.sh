# Scenario 2 — write path: POST /api/v1/referrals straight to referral-service as a partner system
# (Idempotency-Key, audit entry, outbox event, history, identifiers), at saturation with wrk and at
# fixed offered rates up to saturation with the open-loop generator; against pgbench inserting the
# same rows, one transaction each (pgbench/). Sourced by run.sh.

S2_VARIANTS=(post pgbench)
S2_RATE_SHARES=(25 50 75 100)
S2_CLIENT=la-case-system

# Referrals the benchmark POSTed carry "[benchmark]" at the start of their narrative: they and what
# hangs off them go after every round (the audit entries stay: the log is append-only), so that the
# reads of scenario 3 see the seeded data, not thousands of identical new referrals on top of it.
s2_tidy() {
  psql_db "$REFERRALS_DB" <<'SQL'
SET client_min_messages = warning;
CREATE TEMP TABLE bench_posted AS SELECT id FROM referral WHERE narrative LIKE '[benchmark]%';
DELETE FROM referral_identifier WHERE referral_id IN (SELECT id FROM bench_posted);
DELETE FROM referral_history WHERE referral_id IN (SELECT id FROM bench_posted);
DELETE FROM referral_share WHERE referral_id IN (SELECT id FROM bench_posted);
DELETE FROM referral WHERE id IN (SELECT id FROM bench_posted);
DELETE FROM idempotency_record WHERE idempotency_key LIKE 'bench-%';
SQL
  psql_db "$REFERRALS_DB" -c 'VACUUM (ANALYZE) referral' -c 'VACUUM (ANALYZE) referral_identifier' \
    -c 'VACUUM (ANALYZE) referral_history' -c 'VACUUM idempotency_record'
}

# The pgbench tables (pgbench/schema.sql) go at the end of the run.
s2_drop_pgbench_tables() {
  psql_db "$REFERRALS_DB" -c 'SET client_min_messages = warning' -c 'DROP SCHEMA IF EXISTS bench CASCADE'
}

s2_post_saturation() {
  local seconds="$1" before after result
  export BENCH_TOKEN BENCH_BODY="$BENCH_DIR/data/referral.json" BENCH_RUN_ID="$RUN_ID-$RANDOM"
  BENCH_TOKEN="$(client_token "$S2_CLIENT")"
  CPU_SERVICE_PIDS="$REFERRAL_PID" CPU_PROXY_PIDS="" CPU_REDIS_PIDS=""
  before="$(cpu_snapshot)"
  result="$(wrk_run post-referral.lua http://127.0.0.1:8081 "$seconds" "$S2_CONNECTIONS")"
  after="$(cpu_snapshot)"
  jq -c --argjson cpu "$(cpu_json "$before" "$after" "$(jq '.statuses["201"] // 0' <<<"$result")")" \
    '{kind: "saturation", rps: ((.statuses["201"] // 0) / (.duration_us / 1e6) * 10 | round / 10),
      statuses: .statuses, p50_ms: (.latency_us.p50 / 1000), p99_ms: (.latency_us.p99 / 1000),
      p999_ms: (.latency_us.p999 / 1000), cpu: $cpu}' <<<"$result"
}

s2_pgbench() {
  local seconds="$1" out tps
  out="$(taskset -c "$LOADGEN_CPU" pgbench -n -c "$S2_CONNECTIONS" -j 1 -T "$seconds" \
    -f "$BENCH_DIR/pgbench/post-referral.sql" -h "$PG_HOST" -p "$PG_PORT" -U "$PG_SUPERUSER" "$REFERRALS_DB" 2>&1)" \
    || { printf '%s\n' "$out" >&2; die "pgbench failed"; }
  tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out")"
  jq -n --argjson tps "$tps" --arg lat "$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")" \
    '{kind: "pgbench", tps: $tps, latency_avg_ms: ($lat | tonumber? // null)}'
}

s2_at_rate() {
  BENCH_TOKEN="$(client_token "$S2_CLIENT")" open_loop http://127.0.0.1:8081 "$1" "$RATE_SECONDS" \
    --method POST --path /api/v1/referrals --body "$BENCH_DIR/data/referral.json" --idempotency
}

s2_warmup() {
  refresh_pids
  step "Scenario 2 (write path): preparing the pgbench tables, warming up POST, calibrating"
  s2_tidy
  psql_db "$REFERRALS_DB" -f "$BENCH_DIR/pgbench/schema.sql"
  warm "$REFERRAL_PID" -- s2_post_saturation "$WARMUP_SECONDS"
  S2_SATURATION="$(s2_post_saturation "$SAT_SECONDS" | jq .rps)"
  s2_pgbench "$WARMUP_SECONDS" >/dev/null
  record s2 calibration 0 "$(jq -n --argjson rps "$S2_SATURATION" '{kind: "calibration", saturation_rps: $rps}')"
  s2_tidy
  say "  POST saturation (calibration): $S2_SATURATION created/s"
}

s2_round() {
  local round="$1" variant result share rate
  refresh_pids
  step "Scenario 2, round $round: POST vs pgbench (${SAT_SECONDS}s each), then fixed rates (${RATE_SECONDS}s each)"
  for variant in $(rotate "$round" "${S2_VARIANTS[@]}"); do
    if [[ "$variant" == post ]]; then
      result="$(checked '(.statuses | to_entries | map(select(.key != "201") | .value) | add // 0) <= ((.statuses["201"] // 0) / 100)' \
        s2_post_saturation "$SAT_SECONDS")"
      say "  POST saturation: $(jq -r '"\(.rps) created/s, p99 \(.p99_ms) ms, statuses \(.statuses)"' <<<"$result")"
    else
      result="$(s2_pgbench "$SAT_SECONDS")"
      say "  pgbench: $(jq -r '"\(.tps) transactions/s"' <<<"$result")"
    fi
    record s2 "$variant" "$round" "$result"
  done
  for share in "${S2_RATE_SHARES[@]}"; do
    rate="$(awk -v s="$S2_SATURATION" -v p="$share" 'BEGIN { r = int(s * p / 100); print (r < 1 ? 1 : r) }')"
    result="$(checked "$FEW_OPEN_LOOP_ERRORS" s2_at_rate "$rate")"
    record s2 "rate-$share" "$round" "$(jq -c --argjson share "$share" '{kind: "rate", share: $share} + .' <<<"$result")"
    say "  offered $rate/s ($share %): $(jq -r '"achieved \(.achieved_rate)/s, p50 \(.latency_ms.p50) ms, p99 \(.latency_ms.p99) ms, statuses \(.statuses)"' <<<"$result")"
  done
  s2_tidy
}
