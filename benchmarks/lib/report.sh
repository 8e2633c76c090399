# The report: results/<date>.md from the raw measurements ($RAW, one JSON object a line), the chart
# (chart.gp), and the summary table in benchmarks/README.md. Sourced by run.sh.

# q PROGRAM — jq over all measurements (slurped), with the helpers of lib/stats.jq.
q() {
  local program="$1"
  shift
  jq -r -s -L "$BENCH_DIR/lib" "$@" "include \"stats\"; $program" "$RAW"
}

# section SCENARIO FUNCTION — the section's tables, or a note when the scenario was not run.
section() {
  if ran "$1"; then "$2"; else printf 'Not run this time.\n\n'; fi
}

ran() { [[ "$(q "any(.[]; .scenario == \"$1\")")" == true ]]; }

# --- targets -----------------------------------------------------------------------------------------

# targets_json — each target with its measured value, whether it is met, and the report section.
targets_json() {
  q '
  . as $all
  | (rows("s1"; "gateway"; "saturation") | by_round(.rps)) as $gw_rps
  | (rows("s1"; "nginx"; "saturation") | by_round(.rps)) as $ng_rps
  | (rows("s1"; "gateway"; "saturation") | by_round(.cpu.proxy_us)) as $gw_cpu
  | (rows("s1"; "nginx"; "saturation") | by_round(.cpu.proxy_us)) as $ng_cpu
  | (rows("s1"; "gateway"; "latency") | by_round(.latency_ms.p50)) as $gw50
  | (rows("s1"; "direct"; "latency") | by_round(.latency_ms.p50)) as $d50
  | (rows("s1"; "gateway"; "latency") | by_round(.latency_ms.p99)) as $gw99
  | (rows("s1"; "direct"; "latency") | by_round(.latency_ms.p99)) as $d99
  | (rows("s2"; "post"; "saturation") | by_round(.rps)) as $post
  | (rows("s2"; "pgbench"; "pgbench") | by_round(.tps)) as $pgb
  | ([$all[] | select(.scenario == "jwt")] | last) as $jwt
  | ([$all[] | select(.scenario == "s3" and .kind == "list" and .round > 0) | .size] | max) as $largest
  | ([$all[] | select(.scenario == "s3" and .kind == "list" and .round > 0 and .size == $largest)]
     | group_by(.variant) | map({variant: .[0].variant, p99: (map(.p99_ms) | median)}) | max_by(.p99)) as $worst_list
  | ([$all[] | select(.scenario == "s5" and .kind == "startup" and .round > 0)] | group_by(.variant)
     | map({variant: .[0].variant, ready: (map(.ready_s) | median), cold: (map(.cold_ready_s) | median),
            aot: (map(.aot_cache) | all), rss: (map(.rss_warm_mb) | median)})) as $fp
  | ($fp | map(select(.variant != "gateway"))) as $services
  | [
      {id: "throughput", target: "Gateway throughput ≥ nginx throughput (same path, same service)", section: "1",
       values: ratios($gw_rps; $ng_rps), unit: "× nginx", d: 2, ok: ((ratios($gw_rps; $ng_rps) | median // 0) >= 1)},
      {id: "cpu", target: "Gateway CPU per request ≤ 1.5 × nginx CPU per request", section: "1",
       values: ratios($gw_cpu; $ng_cpu), unit: "× nginx", d: 2, ok: ((ratios($gw_cpu; $ng_cpu) | median // 99) <= 1.5)},
      {id: "p50", target: "Gateway adds ≤ 1 ms at p50 (equal offered load)", section: "1",
       values: differences($gw50; $d50), unit: "ms", d: 2, ok: ((differences($gw50; $d50) | median // 99) <= 1)},
      {id: "p99", target: "Gateway adds ≤ 2 ms at p99 (equal offered load)", section: "1",
       values: differences($gw99; $d99), unit: "ms", d: 2, ok: ((differences($gw99; $d99) | median // 99) <= 2)},
      {id: "token-gateway", target: "Token verification ≤ 50 µs CPU per request, token reused (gateway verifier)", section: "6",
       values: ($jwt.cpu.gateway_cached_cpu_us // []), unit: "µs", d: 1, ok: ((($jwt.cpu.gateway_cached_cpu_us // []) | median // 999) <= 50),
       detail: "first use of a token (verified in full): \($jwt.cpu.gateway_cpu_us // [] | median | round_to(1) // "–") µs"},
      {id: "token-service", target: "Token verification ≤ 50 µs CPU per request, token reused (services, smallrye-jwt)", section: "6",
       values: ($jwt.cpu.service_cached_cpu_us // []), unit: "µs", d: 1, ok: ((($jwt.cpu.service_cached_cpu_us // []) | median // 999) <= 50),
       detail: "first use of a token (verified in full): \($jwt.cpu.service_cpu_us // [] | median | round_to(1) // "–") µs"},
      {id: "post", target: "POST referral ≥ 0.5 × pgbench inserting the same rows", section: "2",
       values: ratios($post; $pgb), unit: "× pgbench", d: 2, ok: ((ratios($post; $pgb) | median // 0) >= 0.5)},
      {id: "list", target: "List p99 ≤ 50 ms at 1,000,000 referrals", section: "3",
       values: (if $worst_list then [$worst_list.p99] else [] end),
       unit: "ms (worst filter: \($worst_list.variant // "–"), at \($largest // 0) referrals)", d: 1,
       ok: ((($largest // 0) >= 1000000) and (($worst_list.p99 // 999) <= 50)),
       note: (if ($largest // 0) < 1000000 then "measured at \($largest // 0) only: run with --large for 1,000,000" else null end)},
      {id: "ready", target: "Each service ready ≤ 2 s after start", section: "5",
       values: ($services | map(.ready)),
       unit: "s\(if ($services | length) > 0 and ($services | map(.aot) | all) then " with the AOT cache" else "" end) (slowest: \($services | max_by(.ready) | .variant // "–"))\(if ($services | map(.cold) | median) != null then "; first start after a build, without the cache: \($services | map(.cold) | max | round_to(2)) s (slowest)" else "" end)", d: 2,
       ok: ((($services | map(.ready) | max) // 99) <= 2), worst: true},
      {id: "rss", target: "Each service ≤ 250 MB resident after warm-up", section: "5",
       values: ($services | map(.rss)), unit: "MB (largest: \($services | max_by(.rss) | .variant // "–"))", d: 0,
       ok: ((($services | map(.rss) | max) // 9999) <= 250), worst: true}
    ]
  | map(. + {status: (if (.values | length) == 0 or (.note != null) then "not measured" elif .ok then "met" else "missed" end)})
  | map(.d as $d | . + {measured: (if (.values | length) == 0 then "–"
                        elif .worst then "\(.values | max | round_to($d)) (each: \(.values | map(round_to($d) | tostring) | join(", ")))"
                        else (.values | spread($d)) end)})'
}

# targets_table LINK — markdown table of the targets (LINK: where the sections are, for the README).
targets_table() {
  local link="$1"
  printf '| target | measured: median (min–max over rounds) | | section |\n|---|---|---|---|\n'
  jq -r --arg link "$link" '.[] | "| \(.target) | \(.measured) \(.unit)\(if .detail and .status != "not measured" then "; " + .detail else "" end)\(if .note then " — " + .note else "" end) | \(if .status == "not measured" then "not measured" else "**\(.status)**" end) | [\(if .section == "6" then "tokens" else "§" + .section end)](\($link)#\(.section | if . == "6" then "token-verification" else "scenario-" + . end)) |"' \
    <<<"$TARGETS"
}

# --- sections ----------------------------------------------------------------------------------------

# cpu_steal_share — how much of the machine's CPU time the hypervisor gave to others (steal) since the
# run started: on a shared host it makes every figure slower, the ratios less so.
cpu_steal_share() {
  printf '%s\n%s\n' "$CPU_AT_START" "$(head -n1 /proc/stat)" | awk '
    { total[NR] = 0; for (i = 2; i <= NF; i++) total[NR] += $i; steal[NR] = $9; busy[NR] = total[NR] - $5 - $6 }
    END { t = total[2] - total[1]; if (t > 0) printf "steal %.1f %% of CPU time during the run (busy %.1f %%)", (steal[2] - steal[1]) * 100 / t, (busy[2] - busy[1]) * 100 / t }'
}

report_machine() {
  local jvm cpu
  jvm="$("$(readlink -f "/proc/$REFERRAL_PID/exe")" -version 2>&1 | head -n1)"
  cpu="$(lscpu | sed -n 's/^Model name: *//p' | head -n1)"
  cat <<EOF
| | |
|---|---|
| CPU | $cpu, $(nproc) cores; $(cpu_steal_share) |
| memory | $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) |
| OS | $(. /etc/os-release && printf '%s' "$PRETTY_NAME"), kernel $(uname -r) |
| JVM of the services | $jvm |
| their JVM options (bin/lib/jvm.sh, as bin/platform starts them) | \`$(platform_java_opts | xargs)\`; AOT cache: $(aot_cache_supported "$PLATFORM_JAVA" && printf 'yes (recorded on the first start after a build)' || printf 'no (JDK 25+ only)') |
| Quarkus | $(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' "$ROOT/pom.xml") |
| PostgreSQL | $(psql_value postgres 'SHOW server_version') (shared_buffers $(psql_value postgres 'SHOW shared_buffers'), synchronous_commit $(psql_value postgres 'SHOW synchronous_commit')) |
| Keycloak | $(grep -ho 'Keycloak [0-9.]* on JVM' "$(readlink "/proc/$(pid_on_port 8180)/fd/1" 2>/dev/null)" 2>/dev/null | tail -n1 | cut -d' ' -f2) |
| nginx | $(nginx -v 2>&1 | cut -d/ -f2) |
| wrk | $(wrk -v 2>&1 | head -n1 | cut -d' ' -f2) |
| open-loop generator | Node $(node --version), undici $(jq -r '.packages["node_modules/undici"].version' "$BENCH_DIR/package-lock.json") |
| load generators | pinned to CPU $LOADGEN_CPU (taskset); the services, proxies and PostgreSQL share all cores |
EOF
}

report_s1() {
  q '
  . as $all |
  def row($v): (rows("s1"; $v; "saturation")) as $r
    | "| \($v) | \($r | map(.rps) | spread(0)) | \($r | map(.p50_ms) | spread(1)) | \($r | map(.p99_ms) | spread(1)) | \($r | map(.p999_ms) | spread(1)) | \($r | map(.cpu.service_us) | spread(0)) | \($r | map(.cpu.proxy_us) | spread(0)) | \($r | map(.cpu.postgres_us) | spread(0)) | \($r | map(.cpu.redis_us) | spread(0)) | \($r | map(.non2xx + .socket_errors) | add) |";
  "### Saturation (wrk, closed loop; rounds: \(rows("s1"; "direct"; "saturation") | length))\n",
  "| path | requests/s | p50 ms | p99 ms | p99.9 ms | CPU µs/request: service | proxy | PostgreSQL | Redis | errors |",
  "|---|---|---|---|---|---|---|---|---|---|",
  row("direct"), row("nginx"), row("gateway"), "",
  "Ratios, per round, then median (min–max): throughput gateway/direct \(ratios(rows("s1"; "gateway"; "saturation") | by_round(.rps); rows("s1"; "direct"; "saturation") | by_round(.rps)) | spread(2)), nginx/direct \(ratios(rows("s1"; "nginx"; "saturation") | by_round(.rps); rows("s1"; "direct"; "saturation") | by_round(.rps)) | spread(2)), gateway/nginx \(ratios(rows("s1"; "gateway"; "saturation") | by_round(.rps); rows("s1"; "nginx"; "saturation") | by_round(.rps)) | spread(2)); proxy CPU per request gateway/nginx \(ratios(rows("s1"; "gateway"; "saturation") | by_round(.cpu.proxy_us); rows("s1"; "nginx"; "saturation") | by_round(.cpu.proxy_us)) | spread(2)).",
  "",
  "Of that CPU, the JIT compilers (C1, C2) took, per request: service \(["direct", "nginx", "gateway"] | map(. as $v | $all | rows("s1"; $v; "saturation") | map(.cpu.service_jit_us)) | add | spread(0)) µs, gateway \(rows("s1"; "gateway"; "saturation") | map(.cpu.proxy_jit_us) | spread(0)) µs (near 0 once the JVMs are warm).",
  "",
  (map(select(.scenario == "s1" and .kind == "calibration")) | first) as $c
  | "### Latency at equal offered load: \($c.offered_rate) requests/s (50 % of the slowest path, \($c.slowest_rps) requests/s)\n",
  "| path | achieved/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | not 2xx |",
  "|---|---|---|---|---|---|---|---|",
  (("direct", "nginx", "gateway") as $v | rows("s1"; $v; "latency") as $r
    | "| \($v) | \($r | map(.achieved_rate) | spread(0)) | \($r | map(.latency_ms.p50) | spread(2)) | \($r | map(.latency_ms.p90) | spread(2)) | \($r | map(.latency_ms.p99) | spread(2)) | \($r | map(.latency_ms.p999) | spread(2)) | \($r | map(.latency_ms.max) | spread(1)) | \($r | map((.statuses | to_entries | map(select(.key | startswith("2") | not) | .value) | add // 0) + .errors) | add) |"),
  "",
  (("p50", "p99") as $p | (rows("s1"; "gateway"; "latency") | by_round(.latency_ms[$p])) as $g
  | "Added at \($p): gateway − direct \(differences($g; rows("s1"; "direct"; "latency") | by_round(.latency_ms[$p])) | spread(2)) ms, nginx − direct \(differences(rows("s1"; "nginx"; "latency") | by_round(.latency_ms[$p]); rows("s1"; "direct"; "latency") | by_round(.latency_ms[$p])) | spread(2)) ms, gateway − nginx \(differences($g; rows("s1"; "nginx"; "latency") | by_round(.latency_ms[$p])) | spread(2)) ms."),
  "",
  "Where the slowest 1 % of each latency run spent their time (medians over those requests, then median (min–max) over rounds), each request at the generator joined by its `X-Request-Id` with the `latencyMs` of its access-log line in referral-service and, through the gateway, in the gateway:",
  "",
  "| path | requests joined | at the generator ms | in referral-service ms | in the gateway, around the service ms | outside both ms (generator, loopback, nginx) |",
  "|---|---|---|---|---|---|",
  (("direct", "nginx", "gateway") as $v | rows("s1"; $v; "latency") | map(select(.tail != null)) as $r | select($r | length > 0)
    | "| \($v) | \($r | map("\(.tail.joined)/\(.tail.slowest)") | join(", ")) | \($r | map(.tail.client_ms) | spread(1)) | \($r | map(.tail.service_ms) | spread(1)) | \(if $v == "gateway" then ($r | map(.tail.gateway_around_service_ms) | spread(1)) else "–" end) | \($r | map(.tail.outside_ms) | spread(1)) |")
  '
}

report_s2() {
  q '
  (map(select(.scenario == "s2" and .kind == "calibration")) | first) as $c
  | rows("s2"; "post"; "saturation") as $p | rows("s2"; "pgbench"; "pgbench") as $b
  | "### Saturation (rounds: \($p | length))\n",
    "| | created/s | p50 ms | p99 ms | p99.9 ms | CPU µs/referral: service | PostgreSQL | answers |",
    "|---|---|---|---|---|---|---|---|",
    "| POST /api/v1/referrals (wrk) | \($p | map(.rps) | spread(0)) | \($p | map(.p50_ms) | spread(1)) | \($p | map(.p99_ms) | spread(1)) | \($p | map(.p999_ms) | spread(1)) | \($p | map(.cpu.service_us) | spread(0)) | \($p | map(.cpu.postgres_us) | spread(0)) | \($p | map(.statuses | tojson) | unique | join(" ")) |",
    "| pgbench, same rows, one transaction each | \($b | map(.tps) | spread(0)) | – | – | – | – | – | average latency \($b | map(.latency_avg_ms) | spread(1)) ms |",
    "",
    "POST / pgbench, per round: \(ratios($p | by_round(.rps); $b | by_round(.tps)) | spread(2)).",
    "",
    "### Fixed offered rates (open loop; shares of the calibration saturation, \($c.saturation_rps) created/s)\n",
    "| offered | achieved/s | p50 ms | p90 ms | p99 ms | p99.9 ms | answers |",
    "|---|---|---|---|---|---|---|",
    (map(select(.scenario == "s2" and .kind == "rate" and .round > 0)) | group_by(.share)[] as $r
     | "| \($r[0].offered_rate)/s (\($r[0].share) %) | \($r | map(.achieved_rate) | spread(0)) | \($r | map(.latency_ms.p50) | spread(1)) | \($r | map(.latency_ms.p90) | spread(1)) | \($r | map(.latency_ms.p99) | spread(1)) | \($r | map(.latency_ms.p999) | spread(1)) | \($r | map(.statuses | tojson) | unique | join(" ")) |")
  '
}

report_s3() {
  q '
  (map(select(.scenario == "s3" and .kind == "list" and .round > 0)) | map(.size) | unique) as $sizes
  | $sizes[] as $size
  | (map(select(.scenario == "s3" and .size == $size))) as $rows
  | "### \($size) referrals (rounds: \($rows | map(select(.kind == "list")) | map(.round) | unique | length))\n",
    "| list | p50 ms | p90 ms | p99 ms | p99.9 ms | requests | query alone (EXPLAIN ANALYZE) ms | scans (custom plan) | sequential scan |",
    "|---|---|---|---|---|---|---|---|---|",
    ($rows | map(select(.kind == "list")) | group_by(.variant)[] as $r
     | ($rows | map(select(.kind == "plan" and .variant == $r[0].variant)) | last) as $plan
     | "| \($r[0].variant) | \($r | map(.p50_ms) | spread(1)) | \($r | map(.p90_ms) | spread(1)) | \($r | map(.p99_ms) | spread(1)) | \($r | map(.p999_ms) | spread(1)) | \($r | map(.requests) | add) | \($plan.execution_ms // "–") | \($plan.scans // "–") | \(if $plan == null then "–" elif $plan.seq_scan then "**yes**" else "no" end) |"),
    ""
  '
}

report_s4() {
  q '
  ("placements", "assignments") as $v | rows("s4"; $v; "contention") as $r
  | "### \(if $v == "placements" then "Placements on the 5 beds of one property" else "Liaison assignments to 10 officers" end) (rounds: \($r | length))\n",
    "| round | answers/s | answers | p50 ms | p99 ms | p99.9 ms | proof from the database |",
    "|---|---|---|---|---|---|---|",
    ($r[] | "| \(.round) | \(.rps) | \(.statuses | to_entries | map("\(.key): \(.value)") | join(", ")) | \(.p50_ms) | \(.p99_ms) | \(.p999_ms) | \(.proof | to_entries | map("\(.key) \(.value)") | join(", ")) |"),
    "",
    (if $v == "placements" then
       "Overlapping live placements of one bed, all rounds: **\($r | map(.proof.overlapping_pairs) | add)**."
     else
       "Officers above their caseload, all rounds: **\($r | map(.proof.officers_over_capacity) | add)**; victims with two current officers: **\($r | map(.proof.victims_with_two_officers) | add)**."
     end),
    ""
  '
}

report_s5() {
  q '
  "| component | ready after s (exec to UP) | AOT cache | first start after a build (no cache yet) s | of which Quarkus start (its log) s | resident MB when ready | resident MB after warm-up | Java heap committed / used MB after warm-up |",
  "|---|---|---|---|---|---|---|---|",
  (map(select(.scenario == "s5" and .kind == "startup" and .round > 0)) | group_by(.variant)[] as $r
   | "| \($r[0].variant) | \($r | map(.ready_s) | spread(2)) | \(if ($r | map(.aot_cache) | all) then "used" else "none" end) | \($r | map(.cold_ready_s) | spread(2)) | \($r | map(.quarkus_started_s) | spread(2)) | \($r | map(.rss_ready_mb) | spread(0)) | \($r | map(.rss_warm_mb) | spread(0)) | \($r | map(.heap_committed_mb) | spread(0)) / \($r | map(.heap_used_mb) | spread(0)) |"),
  ((map(select(.scenario == "s5" and .kind == "memory")) | last) as $m
   | "| keycloak | – | – | – | \($m.keycloak_started_s // "–") (last start) | – | \($m.components.keycloak.rss_mb // "–") (now) | – |",
     "",
     "Memory of everything running at the end of the run (resident; proportional counts shared pages once):",
     "",
     "| process | resident MB | proportional MB |",
     "|---|---|---|",
     ($m.components | to_entries[] | "| \(.key) | \(.value.rss_mb // "–") | \(.value.pss_mb) |"),
     "",
     ($m.components | [.keycloak, .["referral-service"], .["victim-service"], .["orders-service"],
        .["accommodation-service"], (.gateway // .["benchmark gateway"])] | map(.pss_mb // 0) | add) as $platform
     | ($m.components | [.["postgresql (all processes)"], .redis, .rabbitmq] | map(.pss_mb // 0) | add) as $infra
     | "Whole platform (Keycloak, the four services, one gateway): **\($platform) MB** proportional; with PostgreSQL, Redis and RabbitMQ: \($platform + $infra) MB."),
  (map(select(.scenario == "s5" and .kind == "aot-recording")) as $rec
   | if ($rec | length) == 0 then empty else
     "",
     "No AOT cache existed yet for these builds, so this run recorded them as `bin/platform` does on the first start after a build (start, the warm-up, stop; the JVM writes the cache as it exits). Each was started and warmed up alone; all were then stopped together, writing their caches in \($rec[0].stop_s) s in all:",
     "",
     "| component | that start: ready after s | cache MB |",
     "|---|---|---|",
     ($rec[] | "| \(.variant) | \(.ready_s) | \(.cache_mb) |")
     end)
  '
}

report_jwt() {
  q '
  def row($j; $what; $bench; $cpu): "| \($what) | \($j.jmh[$bench].avg_us | round_to(1) // "–") ± \($j.jmh[$bench].error_us | round_to(1) // "–") | \($j.cpu[$cpu] // [] | spread(1)) |";
  (map(select(.scenario == "jwt")) | last) as $j
  | if $j == null then "Not measured in this run." else
    "| verifier | JMH average µs/op (± 99.9 % error) | CPU µs per verification (thread CPU clock), rounds |",
    "|---|---|---|",
    row($j; "gateway (`TokenVerifier`, jose4j): first use of a token, verified in full"; "gatewayVerifies"; "gateway_cpu_us"),
    row($j; "gateway: the same token again (cache of verified tokens)"; "gatewayVerifiesReusedToken"; "gateway_cached_cpu_us"),
    row($j; "services (smallrye-jwt, platform-lib settings): first use of a token, verified in full"; "serviceVerifies"; "service_cpu_us"),
    row($j; "services: the same token again (platform-lib'"'"'s decorator of `JWTParser`)"; "serviceVerifiesReusedToken"; "service_cached_cpu_us"),
    "",
    "A client uses its access token for the token'"'"'s whole lifetime (Keycloak: 5 minutes), so only its first request to each gateway replica and each service instance pays the full RS256 check; every later one is the second row of each pair: SHA-256 of the token, a lookup in the bounded cache of verified tokens (10,000 entries) and a clock check. An entry lives until the verifier would refuse the token as expired (`exp` + clock skew), never longer; refusals are never cached, and a token differing in any byte is another key. The targets are judged on the per-request cost of a reused token, with the first-use cost beside them."
    end'
}

# evidence_block NAME — hot methods of each JVM recorded under that load, and PostgreSQL's waits.
report_evidence() {
  local file name
  q 'map(select(.scenario == "evidence")) | .[]
     | "**\(.variant)** — PostgreSQL wait samples of active sessions (every 100 ms): \(.pg_waits | to_entries | map("\(.key) \(.value)") | join(", ")).",
       ((.profiles // {}) | to_entries[] | "JFR on \(.key) (\(.value.samples // 0) on-CPU samples; share of samples with a frame of…): \(.value.by_component // {} | to_entries | map(select(.value > 0)) | sort_by(-.value) | map("\(.key) \(.value) %") | join(", "))."),
       ""'
  for file in "$WORK"/*-hot-methods.txt; do
    [[ -f "$file" ]] || continue
    name="$(basename "$file" -hot-methods.txt)"
    printf '<details><summary>JFR hot methods: %s</summary>\n\n```\n%s\n```\n</details>\n\n' \
      "$(report_evidence_label "$name")" "$(head -n 28 "$file")"
  done
}

report_evidence_label() {
  local name="$1" pid="${1##*-}"
  case "$pid" in
    "$BENCH_GATEWAY_PID") printf '%s — gateway' "${name%-*}" ;;
    "$REFERRAL_PID") printf '%s — referral-service' "${name%-*}" ;;
    *) printf '%s' "$name" ;;
  esac
}

# --- causes of missed targets ---------------------------------------------------------------------------

# report_causes — for every missed target, what limits it, with this run's evidence quoted.
report_causes() {
  local id hot
  # The three hottest methods of the token-verification recording, after the table's dashed rule.
  hot="$(awk 'found && NF > 2 && n < 3 { sub(/\(.*/, "", $1); printf "%s`%s` %s", (n++ ? ", " : ""), $1, $NF } /^-+ / { found = 1 }' \
    "$WORK/jwt-hot-methods.txt" 2>/dev/null || true)"
  for id in $(jq -r '.[] | select(.status == "missed") | .id' <<<"$TARGETS"); do
    printf '**%s** — ' "$(jq -r --arg id "$id" '.[] | select(.id == $id) | .target' <<<"$TARGETS")"
    q '
      def ev($v): (map(select(.scenario == "evidence" and .variant == $v)) | last) // {};
      def share($w; $k): (($w // {}) | (add // 0)) as $t | if $t == 0 then "–" else "\((($w[$k] // 0) * 100 / $t) | round) %" end;
      def comp($p; $k): "\($p.by_component[$k] // "–") %";
      (ev("get-via-gateway")) as $g | (ev("get-via-nginx")) as $n | (ev("post")) as $post | (ev("list")) as $list
      | ($g.profiles.gateway // {}) as $gw
      | (map(select(.scenario == "jwt")) | last) as $jwt
      | rows("s1"; "nginx"; "saturation") as $ng
      | if $id == "throughput" then
          "The path has one ceiling whichever proxy is in front: referral-service appends an audit entry for every read under one database-wide advisory lock (the hash chain), held until commit, so reads are serialised at the database. Under load through the gateway \(share($g.pg_waits; "Lock:advisory")) of PostgreSQL'"'"'s active-session samples waited on `Lock:advisory` (through nginx: \(share($n.pg_waits; "Lock:advisory"))). Both proxies reach that ceiling; what is left of the gap is the gateway'"'"'s own CPU (next target), taken from the cores the service and PostgreSQL share with it."
        elif $id == "cpu" then
          "Per request the gateway does what nginx does not (nginx: \($ng | map(.cpu.proxy_us) | median | round_to(0) // "–") µs of CPU for all its work): it checks the bearer token (\($jwt.cpu.gateway_cached_cpu_us // [] | median | round_to(1) // "–") µs of CPU for a token it has verified before, as here where one token is reused; \($jwt.cpu.gateway_cpu_us // [] | median | round_to(0) // "–") µs on a token'"'"'s first use, see token verification), asks Redis for the rate limit, opens OpenTelemetry spans, formats an access-log line and records metrics, on a JVM HTTP stack that parses and writes the request twice. JFR on the gateway under load (share of on-CPU samples, inclusive): token check \(comp($gw; "token check (jose4j, smallrye-jwt)")), rate limit \(comp($gw; "rate limit (Redis client)")), access log \(comp($gw; "access log, logging")), tracing \(comp($gw; "tracing (OpenTelemetry)")), metrics \(comp($gw; "metrics (Micrometer)")); Netty/Vert.x frames are on \(comp($gw; "HTTP server and client I/O (Netty, Vert.x)")) of the samples."
        elif $id == "p50" or $id == "p99" then
          "A request through the gateway makes two loopback hops instead of one, and before it is forwarded it waits for the token check and for the Redis round trip of the rate limiter, one after the other; on two cores shared with the service and PostgreSQL the gateway'"'"'s CPU per request (target above) also queues behind theirs. The hop alone (nginx − direct) is in scenario 1'"'"'s table; JFR on the gateway: token check \(comp($gw; "token check (jose4j, smallrye-jwt)")), rate limit \(comp($gw; "rate limit (Redis client)")) of on-CPU samples."
          + ((rows("s1"; "gateway"; "latency") | map(.tail | select(. != null))) as $gt
          | (rows("s1"; "direct"; "latency") | map(.tail | select(. != null))) as $dt
          | if $id == "p99" and ($gt | length) > 0 then
              " Where the tail'"'"'s time goes (scenario 1, each slow request joined by its `X-Request-Id` with its access-log lines, medians over rounds): the slowest 1 % through the gateway took \($gt | map(.client_ms) | median | round_to(1)) ms at the generator: \($gt | map(.service_ms) | median | round_to(1)) ms in referral-service'"'"'s handler (the slowest 1 % sent to it directly: \($dt | map(.service_ms) | median | round_to(1) // "–") ms), \($gt | map(.gateway_around_service_ms) | median | round_to(1)) ms in the gateway around the service, and \($gt | map(.outside_ms) | median | round_to(1)) ms outside both handlers (directly: \($dt | map(.outside_ms) | median | round_to(1) // "–") ms). The gateway'"'"'s own work is \(rows("s1"; "gateway"; "saturation") | map(.cpu.proxy_us) | median / 1000 | round_to(2)) ms of CPU a request (saturation table), so nearly all of its share is waiting: for the rate limiter'"'"'s Redis answer, and for a core — for its event loop, then for the service to take the forwarded request up — on two cores that the generator, the gateway, the service, PostgreSQL and Redis share. The tail is that queueing; the gateway'"'"'s extra CPU per request (the CPU target above) and its Redis round trip lengthen it."
            else "" end)
        elif $id == "token-gateway" or $id == "token-service" then
          "Judged on a request whose token was verified before (the cache of verified tokens): SHA-256 of the token, a lookup in a bounded Caffeine cache and a clock check, with no RSA, JSON or base64url work; above 50 µs it means the cache did not answer (check that the benchmark token stayed valid through the run) or the machine was starved of CPU. The first use of each token is verified in full (\(if $id == "token-gateway" then $jwt.cpu.gateway_cpu_us else $jwt.cpu.service_cpu_us end // [] | median | round_to(1) // "–") µs); hot methods of the verification (JFR): \($hot): the RSA-2048 signature check (BigInteger modular exponentiation) is the largest part and a floor for any verifier on this CPU; parsing the JSON header and claims and decoding base64url make the rest."
        elif $id == "post" then
          "Both the API and pgbench are serialised by the hot row of the per-year reference counter, locked from the creating transaction'"'"'s first statement to its commit (WAL flush included): during POST load \(share($post.pg_waits; "Lock:transactionid")) of PostgreSQL'"'"'s active-session samples waited on `Lock:transactionid`. The service holds that lock longer: it takes the number first, then Hibernate writes the referral, identifiers, history, audit entry and outbox event in separate round trips; the Idempotency-Key claim and its completion are two more transactions (three commits where pgbench makes one). JFR on the service under POST load: Hibernate \(comp($post.profiles["referral-service"] // {}; "ORM (Hibernate)")), JDBC \(comp($post.profiles["referral-service"] // {}; "JDBC (pgjdbc, Agroal)")), JSON \(comp($post.profiles["referral-service"] // {}; "JSON (Jackson)")), idempotency \(comp($post.profiles["referral-service"] // {}; "idempotency (platform-lib)")). Taking the reference number last, just before commit, would shorten the serialised part."
        elif $id == "list" then
          ([.[] | select(.scenario == "s3" and .kind == "plan")] | max_by(.size)) as $p
          | "Not the SQL: at \($p.size // "–") referrals every list query executes in at most \([.[] | select(.scenario == "s3" and .kind == "plan" and .size == $p.size) | .execution_ms] | max // "–") ms on indexes, with no sequential scan in any custom or generic plan (plans below the scenario 3 table). A page of 50 appends 50 audit entries, each under the audit chain'"'"'s advisory lock (read the head, insert), and maps, redacts and serialises 50 referrals (their identifiers, victims and suspects are JSON columns); the referrals are loaded read-only and the caller'"'"'s shares of the page are read in one query. JFR on the service while listing (share of on-CPU samples): audit log \(comp($list.profiles["referral-service"] // {}; "audit log (platform-lib)")), Hibernate \(comp($list.profiles["referral-service"] // {}; "ORM (Hibernate)")), JSON \(comp($list.profiles["referral-service"] // {}; "JSON (Jackson)")), JDBC \(comp($list.profiles["referral-service"] // {}; "JDBC (pgjdbc, Agroal)"))."
        elif $id == "ready" then
          (map(select(.scenario == "s5" and .kind == "startup" and .round > 0 and .variant != "gateway"))) as $r
          | "\(if ($r | map(.aot_cache) | all) then "With the AOT cache (JDK 25+, `bin/lib/jvm.sh`: recorded by the first start after a build, written as that instance stops, used by every later start) a service was ready after \($r | map(.ready_s) | median | round_to(1) // "–") s, against \($r | map(.cold_ready_s) | median | round_to(1) // "–") s for the first start without it (medians over the services). " else "Without an AOT cache (it needs JDK 25+) a service was ready after \($r | map(.ready_s) | median | round_to(1) // "–") s (median over the services). " end)Quarkus'"'"'s own start, as it logs it, is \($r | map(.quarkus_started_s) | median | round_to(1) // "–") s of that; the rest is the JVM'"'"'s boot and the first readiness check. In JVM mode Quarkus still boots Hibernate, the connection pool, Vert.x and the REST layer at run time; what the services add before they report ready (both schema histories validated by Flyway, the access policy, the RabbitMQ connection) takes about 0.15 s in their logs. All of it competes for two cores with the running platform. A native image is the remaining lever."
        elif $id == "rss" then
          (map(select(.scenario == "s5" and .kind == "startup" and .round > 0 and .variant != "gateway"))) as $r
          | "The JVMs run with `\($r[0].java_options // "–")` (`bin/lib/jvm.sh`): after warm-up the Java heap committed was \($r | map(.heap_committed_mb) | median | round_to(0) // "–") MB with \($r | map(.heap_used_mb) | median | round_to(0) // "–") MB in use (medians over the services), so the heap no longer decides. The other \($r | map(.rss_warm_mb - .heap_committed_mb) | median | round_to(0) // "–") MB are the JVM'"'"'s own, as `-XX:NativeMemoryTracking` and `/proc/<pid>/status` break them down: the metadata of ~13,000 classes (Quarkus, Hibernate, Vert.x, Netty, the JDK: ~120 MB, mapped from the AOT cache or built in metaspace alike), JIT-compiled code (25-40 MB), the JVM'"'"'s shared libraries (~25 MB, shared with every other JVM on the machine: the proportional figure below counts them once), thread stacks and the C heap. Fewer classes (fewer Quarkus extensions) or a native image would lower it; a smaller heap would not."
        else "" end' --arg id "$id" --arg hot "$hot" \
      --arg mem "$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
    printf '\n'
  done
}

# --- the report, the chart and the README ------------------------------------------------------------

write_report() {
  local file="$1" chart="$2" started="$3"
  TARGETS="$(targets_json)"
  {
    printf '# MSCU benchmark report — %s%s\n\n' "$(date -u +%F)" "$([[ "$MODE" == quick ]] && printf ' (quick mode: indicative only)')"
    printf 'Command: `bin/platform bench %s` at commit `%s`%s; rounds: %s; %s minutes end to end (platform start included when this run started it: %s).\n\n' \
      "$ARGS_TEXT" "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || printf unknown)" \
      "$([[ -n "$(git -C "$ROOT" status --porcelain -- . ':!benchmarks/results' ':!benchmarks/README.md' 2>/dev/null)" ]] && printf ' with uncommitted changes in the working copy')" \
      "$ROUNDS" "$(( ($(date +%s) - started + 30) / 60 ))" "$PLATFORM_STARTED"
    printf '%s\n\n' "$(q '(map(select(.retried)) | length) as $r | (map(select(.invalid)) | length) as $i | if $r > 0 then "Runs repeated because more than 1 % of their answers were errors: \($r); left out because the repeat failed too: \($i)." else "No run had more than 1 % errors." end')"
    printf 'Everything runs on this one machine over loopback: load generator, proxies, services, PostgreSQL. '
    printf 'Compare ratios, not absolutes. Each figure is the median over rounds with (min–max); the variants of a scenario alternate within every round, in a rotated order.\n\n'
    printf '![latency distributions](%s)\n\n' "$(basename "$chart")"
    printf '## Machine and versions\n\n'; report_machine; printf '\n'
    printf '## Data\n\n'
    q 'map(select(.scenario == "seed")) | .[] | "- \(.target) seeded referrals (table: \(.referral_rows) rows), written in \(.seconds) s"'
    printf -- '- %s liaison officers, %s victims, %s beds, seeded by `sql/seed-*.sql` straight into the databases\n\n' \
      "$LIAISON_OFFICERS" "$SEED_VICTIMS" "$((SEED_PROPERTIES * 5))"
    printf '## Targets\n\n'; targets_table ""; printf '\n'
    if [[ "$(jq '[.[] | select(.status == "missed")] | length' <<<"$TARGETS")" != 0 ]]; then
      printf '### What limits the missed targets\n\n'; report_causes; printf '\n'
    fi
    printf '## Scenario 1\n\nGateway overhead: `GET /api/v1/referrals/{id}` (coordinator token; each read writes its audit entry and history row) straight to referral-service, through nginx as a plain reverse proxy, and through the gateway.\n\n'
    section s1 report_s1; printf '\n'
    printf '## Scenario 2\n\nWrite path: `POST /api/v1/referrals` straight to referral-service as the partner system `%s` (Idempotency-Key, reference counter, referral, identifiers, history, audit entry, outbox event), against pgbench inserting the same rows in one transaction each (`pgbench/post-referral.sql`, into copies of the tables).\n\n' "$S2_CLIENT"
    section s2 report_s2; printf '\n'
    printf '## Scenario 3\n\nReads at scale: `GET /api/v1/referrals` with each filter (page of 50, one request at a time; coordinator; `partner-scope` as `la-case-system`). The query alone is the EXPLAIN ANALYZE execution time of the same SQL; the rest of a request is the service: audit entry per listed referral, redaction, JSON.\n\n'
    section s3 report_s3
    for plans in "$WORK"/plans-*.txt; do
      [[ -f "$plans" ]] || continue
      printf '<details><summary>Query plans at %s referrals</summary>\n\n%s\n</details>\n\n' "$(basename "$plans" .txt | cut -d- -f2)" "$(cat "$plans")"
    done
    printf '## Scenario 4\n\nContention: %s connections for %s s per round.\n\n' "$S4_CONNECTIONS" "$S4_SECONDS"
    section s4 report_s4
    printf '## Scenario 5\n\nFootprint: a fresh instance of each service and of the gateway, started next to the running platform with the same jar and environment (another port) and the JVM options `bin/platform` gives it (`bin/lib/jvm.sh`: `%s`), with its AOT cache when the JDK has one (every start after the first of a build), and before it once without (the first start after a build); ready = exec to `/q/health/ready` UP, polled every 50 ms; warm-up = %s s of requests on 4 connections.\n\n' "$(platform_java_opts | xargs)" "$S5_WARM_SECONDS"
    section s5 report_s5; printf '\n'
    printf '## Token verification\n\nA real access token of the realm (RS256), verified with the realm'"'"'s JWKS keys in memory: on its first use (in full) and when it is used again (the cache of verified tokens answers). JMH: %s.\n\n' "${JMH_OPTS[*]}"
    section jwt report_jwt; printf '\n'
    printf '## Evidence\n\nRecorded after the measured rounds, under the heaviest loads again (%s s each): JFR recordings of the JVMs involved (on-CPU samples every 2 ms, by component and hot methods) and the wait events of PostgreSQL sessions, quoted in \"What limits the missed targets\" above.\n\n' "$EVIDENCE_SECONDS"
    section evidence report_evidence
    if [[ -f "$WORK/jwt-hot-methods.txt" ]]; then
      printf '<details><summary>JFR hot methods: token verification (CpuPerVerification)</summary>\n\n```\n%s\n```\n</details>\n\n' "$(head -n 28 "$WORK/jwt-hot-methods.txt")"
    fi
    printf '## Method\n\nSee [benchmarks/README.md](../README.md#method). Raw measurements: [%s](%s).\n' "$DATE.jsonl" "$DATE.jsonl"
  } >"$file"
}

# write_chart PNG — latency distributions per scenario (chart.gp), from the medians over rounds.
write_chart() {
  local png="$1" dir="$WORK/chart"
  mkdir -p "$dir"
  rm -f "$dir"/*.dat
  # Distribution points: x = -log10(1 - p/100), so 50, 90, 99, 99.9 are evenly spaced.
  ran s1 && q 'def x(p): if p >= 100 then null else (-(1 - p / 100 | log10)) end;
     ["direct", "nginx", "gateway"] as $paths
     | [rows("s1"; "direct"; "latency")[0].distribution[] | .[0] | select(. < 100)] as $ps
     | $ps[] as $p | [x($p)] + [$paths[] as $v | rows("s1"; $v; "latency") | map(.distribution[] | select(.[0] == $p) | .[1]) | median]
     | map(tostring) | join(" ")' >"$dir/s1.dat" 2>/dev/null
  ran s2 && q 'def x(p): (-(1 - p / 100 | log10));
     (map(select(.scenario == "s2" and .kind == "rate" and .round > 0)) | group_by(.share)) as $g
     | [$g[0][0].distribution[] | .[0] | select(. < 100)][] as $p
     | [x($p)] + [$g[] | map(.distribution[] | select(.[0] == $p) | .[1]) | median] | map(tostring) | join(" ")' >"$dir/s2.dat" 2>/dev/null
  q '(map(select(.scenario == "s2" and .kind == "rate" and .round > 0)) | group_by(.share) | map("\(.[0].offered_rate)/s (\(.[0].share) %)") | join("|"))' >"$dir/s2.titles"
  ran s3 && q '(map(select(.scenario == "s3" and .kind == "list" and .round > 0)) | group_by(.size)) as $sizes
     | ($sizes[0] | group_by(.variant) | map(.[0].variant)) as $names
     | $names[] as $n | [$n] + [$sizes[] | map(select(.variant == $n)) | ((map(.p50_ms) | median), (map(.p99_ms) | median))]
     | map(tostring) | join(" ")' >"$dir/s3.dat" 2>/dev/null
  q 'map(select(.scenario == "s3" and .kind == "list" and .round > 0) | .size) | unique | map(tostring) | join("|")' >"$dir/s3.sizes"
  ran s4 && q 'def x(p): (-(1 - p / 100 | log10));
     [[50, "p50_ms"], [90, "p90_ms"], [99, "p99_ms"], [99.9, "p999_ms"]][] as [$p, $f]
     | [x($p)] + [("placements", "assignments") as $v | rows("s4"; $v; "contention") | map(.[$f]) | median]
     | map(tostring) | join(" ")' >"$dir/s4.dat" 2>/dev/null
  gnuplot -e "dir='$dir'; out='$png'; s2titles='$(cat "$dir/s2.titles")'; s3sizes='$(cat "$dir/s3.sizes")'" \
    "$BENCH_DIR/chart.gp" 2>"$dir/gnuplot.log" || { cat "$dir/gnuplot.log" >&2; warn "the chart could not be drawn"; }
}

# update_readme REPORT — the summary table between the markers in benchmarks/README.md.
update_readme() {
  local report="$1" readme="$BENCH_DIR/README.md" table
  table="$(printf 'Latest full run: [%s](results/%s) (up to %s referrals; rounds: %s).\n\n' \
    "$(basename "$report" .md)" "$(basename "$report")" "$(q '[.[] | select(.scenario == "s3" and .kind == "list") | .size] | max // 0')" "$ROUNDS"; \
    targets_table "results/$(basename "$report")")"
  TABLE="$table" awk '
    /<!-- summary:start -->/ { print; print ENVIRON["TABLE"]; skip = 1; next }
    /<!-- summary:end -->/ { skip = 0 }
    !skip { print }' "$readme" >"$readme.tmp" && mv "$readme.tmp" "$readme"
}
