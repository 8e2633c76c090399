# Scenario 4 — contention: parallel placements on the 5 beds of one property, and parallel liaison
# assignments of many victims to 10 officers whose caseloads fill up. Throughput and answers, then the
# proof from the database: no two live placements of a bed overlap, no officer above their caseload,
# no victim with two current officers. Sourced by run.sh.

S4_VARIANTS=(placements assignments)
S4_OFFICERS=10
S4_VICTIMS=2000

s4_prepare() {
  S4_PROPERTY="$(psql_value "$ACCOMMODATION_DB" "SELECT md5('mscu-bench-property-1')::uuid")"
  S4_BEDS="$(psql_value "$ACCOMMODATION_DB" "SELECT string_agg(id::text, ',') FROM bed WHERE property_id = '$S4_PROPERTY'")"
  S4_OFFICER_IDS="$(psql_value "$VICTIMS_DB" "SELECT string_agg(md5('mscu-bench-officer-' || n)::uuid::text, ',') FROM generate_series(1, $S4_OFFICERS) n")"
  S4_CAPACITY="$(psql_value "$VICTIMS_DB" "SELECT sum(max_caseload) FROM liaison_officer WHERE id = ANY (string_to_array('$S4_OFFICER_IDS', ',')::uuid[])")"
  psql_value "$VICTIMS_DB" "SELECT md5('mscu-bench-victim-' || n)::uuid FROM generate_series(1, $S4_VICTIMS) n" >"$WORK/victim-ids.txt"
}

# Each round starts from empty beds and empty caseloads (only the benchmark's own rows are removed).
s4_reset() {
  psql_db "$ACCOMMODATION_DB" -c "DELETE FROM placement_extension WHERE placement_id IN (SELECT id FROM placement WHERE property_id = '$S4_PROPERTY')" \
    -c "DELETE FROM placement WHERE property_id = '$S4_PROPERTY'"
  psql_db "$VICTIMS_DB" -c "DELETE FROM liaison_assignment WHERE victim_id IN (SELECT id FROM victim WHERE created_by = 'bench-seed')"
}

s4_placements() {
  local round="$1" result proof
  result="$(BENCH_TOKEN="$(user_token housing.officer)" BENCH_PROPERTY="$S4_PROPERTY" BENCH_BEDS="$S4_BEDS" \
    BENCH_TODAY="$(date -u +%F)" BENCH_DAYS=14 BENCH_RUN_ID="$RUN_ID-$round-p" \
    wrk_run place.lua http://127.0.0.1:8084 "$S4_SECONDS" "$S4_CONNECTIONS")"
  proof="$(psql_value "$ACCOMMODATION_DB" "SELECT json_build_object(
      'placements', (SELECT count(*) FROM placement WHERE property_id = '$S4_PROPERTY' AND status <> 'CANCELLED'),
      'overlapping_pairs', (SELECT count(*) FROM placement a JOIN placement b ON a.bed_id = b.bed_id AND a.id < b.id
                              AND a.stay && b.stay
                            WHERE a.property_id = '$S4_PROPERTY' AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'),
      'bed_nights', (SELECT coalesce(sum(upper(stay) - lower(stay)), 0) FROM placement
                     WHERE property_id = '$S4_PROPERTY' AND status <> 'CANCELLED'))")"
  jq -c --argjson proof "$proof" '{kind: "contention", rps: (.requests / (.duration_us / 1e6) * 10 | round / 10),
      statuses: .statuses, p50_ms: (.latency_us.p50 / 1000), p90_ms: (.latency_us.p90 / 1000),
      p99_ms: (.latency_us.p99 / 1000), p999_ms: (.latency_us.p999 / 1000), proof: $proof}' <<<"$result"
}

s4_assignments() {
  local round="$1" result proof
  result="$(BENCH_TOKEN="$(user_token coordinator)" BENCH_VICTIMS="$WORK/victim-ids.txt" BENCH_OFFICERS="$S4_OFFICER_IDS" \
    BENCH_RUN_ID="$RUN_ID-$round-a" wrk_run assign.lua http://127.0.0.1:8082 "$S4_SECONDS" "$S4_CONNECTIONS")"
  proof="$(psql_value "$VICTIMS_DB" "SELECT json_build_object(
      'capacity', $S4_CAPACITY,
      'current_assignments', (SELECT count(*) FROM liaison_assignment
                              WHERE ended_at IS NULL AND officer_id = ANY (string_to_array('$S4_OFFICER_IDS', ',')::uuid[])),
      'officers_over_capacity', (SELECT count(*) FROM (SELECT o.id FROM liaison_officer o
                                   JOIN liaison_assignment a ON a.officer_id = o.id AND a.ended_at IS NULL
                                 GROUP BY o.id, o.max_caseload HAVING count(*) > o.max_caseload) x),
      'victims_with_two_officers', (SELECT count(*) FROM (SELECT victim_id FROM liaison_assignment WHERE ended_at IS NULL
                                    GROUP BY victim_id HAVING count(*) > 1) x),
      'assignments_made', (SELECT count(*) FROM liaison_assignment a JOIN victim v ON v.id = a.victim_id
                           WHERE v.created_by = 'bench-seed'))")"
  jq -c --argjson proof "$proof" '{kind: "contention", rps: (.requests / (.duration_us / 1e6) * 10 | round / 10),
      statuses: .statuses, p50_ms: (.latency_us.p50 / 1000), p90_ms: (.latency_us.p90 / 1000),
      p99_ms: (.latency_us.p99 / 1000), p999_ms: (.latency_us.p999 / 1000), proof: $proof}' <<<"$result"
}

s4_round() {
  local round="$1" variant result
  step "Scenario 4, round $round: $S4_CONNECTIONS connections for ${S4_SECONDS}s on 5 beds, and on $S4_OFFICERS officers"
  s4_reset
  for variant in $(rotate "$round" "${S4_VARIANTS[@]}"); do
    result="$(s4_"$variant" "$round")"
    record s4 "$variant" "$round" "$result"
    say "  $variant: $(jq -r '"\(.rps) answers/s \(.statuses), p99 \(.p99_ms) ms; proof \(.proof)"' <<<"$result")"
  done
}
