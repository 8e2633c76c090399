# Seeding straight into the services' databases (sql/seed-*.sql explain why the rows bypass the API).
# Sourced by run.sh.

LIAISON_OFFICERS=500
SEED_VICTIMS=5000
SEED_PROPERTIES=40   # 5 beds each: 200 beds

# seed_referrals N — tops up (or trims) the seeded referrals to exactly N; records how long it took.
seed_referrals() {
  local target="$1" start seconds
  start="$(date +%s.%N)"
  psql_db "$REFERRALS_DB" -v target="$target" -f "$BENCH_DIR/sql/seed-referrals.sql" >/dev/null
  seconds="$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
  record seed referrals 0 "$(jq -n --argjson n "$target" --argjson s "$seconds" \
    --argjson total "$(psql_value "$REFERRALS_DB" 'SELECT count(*) FROM referral')" \
    '{kind: "seed", target: $n, seconds: $s, referral_rows: $total}')"
  say "  referrals: $target seeded ($(psql_value "$REFERRALS_DB" 'SELECT count(*) FROM referral') in the table) in ${seconds}s"
  REFERRAL_COUNT="$target"
  # 5,000 random seeded ids for the reads (the same for every path of a run).
  psql_value "$REFERRALS_DB" "SELECT id FROM referral WHERE created_by = 'bench-seed' ORDER BY md5(id::text || '$RUN_ID') LIMIT 5000" >"$REFERRAL_IDS"
}

seed_all() {
  step "Seeding fictional data: $1 referrals, $LIAISON_OFFICERS liaison officers, $SEED_VICTIMS victims, $((SEED_PROPERTIES * 5)) beds"
  seed_referrals "$1"
  psql_db "$VICTIMS_DB" -v officers="$LIAISON_OFFICERS" -v victims="$SEED_VICTIMS" -f "$BENCH_DIR/sql/seed-victims.sql" >/dev/null
  psql_db "$ACCOMMODATION_DB" -v properties="$SEED_PROPERTIES" -f "$BENCH_DIR/sql/seed-accommodation.sql" >/dev/null
  say "  victims: $(psql_value "$VICTIMS_DB" "SELECT count(*) FROM liaison_officer WHERE username LIKE 'bench-vlo-%'") officers, $(psql_value "$VICTIMS_DB" "SELECT count(*) FROM victim WHERE created_by = 'bench-seed'") victims; accommodation: $(psql_value "$ACCOMMODATION_DB" "SELECT count(*) FROM bed b JOIN property p ON p.id = b.property_id WHERE p.provider = 'Bench Housing (fictional)'") beds"
}
