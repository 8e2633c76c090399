# Scenario 3 — reads at scale: GET /api/v1/referrals with each supported filter (default page of 50),
# one request at a time (wrk, one connection: the latency of one list, no queueing), and the plan
# PostgreSQL chooses for the exact SQL of each (intake.ReferralListSql), custom and generic, checked
# for sequential scans. Sourced by run.sh.

# name|query string|who (coordinator sees every referral; la-case-system, a partner, its own and shared)
s3_queries() {
  cat <<EOF
newest|limit=50|coordinator
status|status=ACCEPTED|coordinator
status-rare|status=RECEIVED|coordinator
source|source=NRM|coordinator
exploitationType|exploitationType=DOMESTIC_SERVITUDE|coordinator
exploitationType-common|exploitationType=LABOUR|coordinator
child|child=true|coordinator
received-week|receivedFrom=2025-03-01T00:00:00Z&receivedTo=2025-03-08T00:00:00Z|coordinator
crimeReference|crimeReference=$S3_CRIME_REF|coordinator
nrmReference|nrmReference=$S3_NRM_REF|coordinator
combined|status=ACCEPTED&child=true&exploitationType=SEXUAL|coordinator
second-page|cursor=$S3_CURSOR|coordinator
partner-scope|limit=50|la-case-system
EOF
}

s3_token() {
  if [[ "$1" == coordinator ]]; then user_token coordinator; else client_token "$1"; fi
}

# The SQL the service runs for a query (ReferralListSql), with literal values, fetching limit + 1 rows.
s3_sql() {
  local name="$1" where="true" newest=" ORDER BY r.received_at DESC, r.id DESC LIMIT 51"
  case "$name" in
    status) where+=" AND r.status = 'ACCEPTED'" ;;
    status-rare) where+=" AND r.status = 'RECEIVED'" ;;
    source) where+=" AND r.source = 'NRM'" ;;
    exploitationType) where+=" AND r.exploitation_types @> ARRAY[CAST('DOMESTIC_SERVITUDE' AS text)]" ;;
    exploitationType-common) where+=" AND r.exploitation_types @> ARRAY[CAST('LABOUR' AS text)]" ;;
    child) where+=" AND r.child = true" ;;
    received-week) where+=" AND r.received_at >= '2025-03-01T00:00:00Z' AND r.received_at < '2025-03-08T00:00:00Z'" ;;
    crimeReference) where+=" AND r.crime_reference = '$S3_CRIME_REF'" ;;
    nrmReference) where+=" AND r.nrm_reference = '$S3_NRM_REF'" ;;
    combined) where+=" AND r.status = 'ACCEPTED' AND r.exploitation_types @> ARRAY[CAST('SEXUAL' AS text)] AND r.child = true" ;;
    second-page) where+=" AND (r.received_at, r.id) < ('$S3_AFTER_TS'::timestamptz, '$S3_AFTER_ID'::uuid)" ;;
  esac
  if [[ "$name" == partner-scope ]]; then
    local agency=manchester-city-council
    printf 'SELECT r.* FROM ((SELECT r.* FROM referral r WHERE %s AND r.referring_agency = %s%s) UNION ALL (SELECT r.* FROM referral r JOIN referral_share s ON s.referral_id = r.id AND s.agency = %s AND s.revoked_at IS NULL WHERE %s AND r.referring_agency <> %s%s)) r%s' \
      "$where" "'$agency'" "$newest" "'$agency'" "$where" "'$agency'" "$newest" "$newest"
  else
    printf 'SELECT r.* FROM referral r WHERE %s%s' "$where" "$newest"
  fi
}

# s3_prepare — references and a cursor that exist in the seeded data.
s3_prepare() {
  S3_CRIME_REF="$(psql_value "$REFERRALS_DB" "SELECT crime_reference FROM referral WHERE created_by = 'bench-seed' AND crime_reference IS NOT NULL ORDER BY id LIMIT 1")"
  S3_NRM_REF="$(psql_value "$REFERRALS_DB" "SELECT nrm_reference FROM referral WHERE created_by = 'bench-seed' AND nrm_reference IS NOT NULL ORDER BY id LIMIT 1")"
  local page
  page="$(curl -fsS --max-time 30 -H "Authorization: Bearer $(user_token coordinator)" 'http://127.0.0.1:8081/api/v1/referrals?limit=50')"
  S3_CURSOR="$(jq -r .nextCursor <<<"$page")"
  S3_AFTER_TS="$(jq -r '.items[-1].receivedAt' <<<"$page")"
  S3_AFTER_ID="$(jq -r '.items[-1].id' <<<"$page")"
}

# s3_list QUERY WHO SIZE — one list, one request at a time; prints the JSON result.
s3_list() {
  BENCH_TOKEN="$(s3_token "$2")" BENCH_PATH="/api/v1/referrals?$1" wrk_run get.lua http://127.0.0.1:8081 "$S3_SECONDS" 1 \
    | jq -c --argjson size "$3" '{kind: "list", size: $size, requests: .requests, non2xx: .errors.status,
        socket_errors: (.errors.connect + .errors.read + .errors.write + .errors.timeout),
        p50_ms: (.latency_us.p50 / 1000), p90_ms: (.latency_us.p90 / 1000), p99_ms: (.latency_us.p99 / 1000),
        p999_ms: (.latency_us.p999 / 1000), max_ms: (.latency_us.max / 1000)}'
}

s3_round() {
  local round="$1" size="$2" line name query who result
  refresh_pids
  step "Scenario 3, round $round at $size referrals: each list ${S3_SECONDS}s, one request at a time"
  s3_prepare
  mapfile -t lines < <(s3_queries)
  for line in $(rotate "$round" "${lines[@]}"); do
    IFS='|' read -r name query who <<<"$line"
    result="$(checked "$FEW_ERRORS" s3_list "$query" "$who" "$size")"
    record s3 "$name" "$round" "$result"
    say "  $(printf '%-24s' "$name") $(jq -r '"p50 \(.p50_ms) ms, p99 \(.p99_ms) ms (\(.requests) requests, \(.non2xx) not 2xx)"' <<<"$result")"
  done
}

# s3_explain SIZE — EXPLAIN (ANALYZE, BUFFERS) of every query as the service sends it: with its values
# (custom plan) and as a prepared statement with a generic plan (what the JDBC driver reuses after
# a few executions). Writes the plans to $WORK/plans-SIZE.txt and records the findings.
s3_explain() {
  local size="$1" line name query who sql plan generic seq exec_ms file="$WORK/plans-$1.txt"
  step "Scenario 3: query plans at $size referrals"
  s3_prepare
  : >"$file"
  while IFS='|' read -r name query who; do
    sql="$(s3_sql "$name")"
    # Twice: the first run reads cold pages in; the requests measured above found them cached.
    psql_db "$REFERRALS_DB" -At -c "EXPLAIN (ANALYZE) $sql" >/dev/null
    plan="$(psql_db "$REFERRALS_DB" -At -c "EXPLAIN (ANALYZE, BUFFERS) $sql")"
    generic="$(psql_db "$REFERRALS_DB" -At -c "SET plan_cache_mode = force_generic_plan" \
      -c "PREPARE q AS $sql" -c "EXPLAIN EXECUTE q")"
    seq=false
    grep -Eq 'Seq Scan on referral( |$)' <<<"$plan$generic" && seq=true
    exec_ms="$(sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p' <<<"$plan")"
    printf '### %s (%s referrals)\n\n```sql\n%s\n```\n\nCustom plan (EXPLAIN ANALYZE, BUFFERS):\n\n```\n%s\n```\n\nGeneric plan:\n\n```\n%s\n```\n\n' \
      "$name" "$size" "$sql" "$plan" "$generic" >>"$file"
    record s3 "$name" 0 "$(jq -n --argjson size "$size" --argjson seq "$seq" --argjson ms "${exec_ms:-null}" \
      --arg top "$(grep -o '[A-Za-z ]*Scan using [a-z_]* on [a-z_]*\|[A-Za-z ]*Scan on [a-z_]*' <<<"$plan" | sed 's/^ *//' | sort -u | paste -sd';' | sed 's/;/; /g')" \
      '{kind: "plan", size: $size, seq_scan: $seq, execution_ms: $ms, scans: $top}')"
    say "  $(printf '%-24s' "$name") executes in ${exec_ms} ms, sequential scan of referral: $seq"
  done < <(s3_queries)
}

# s3_grow SIZE — tops the seeded referrals up to SIZE (for the 1,000,000 measurement).
s3_grow() {
  step "Growing the seeded referrals to $1"
  seed_referrals "$1"
}
