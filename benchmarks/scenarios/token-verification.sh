# Token verification cost (JMH, benchmarks/jmh): a real RS256 access token from Keycloak checked by
# the gateway's TokenVerifier and by smallrye-jwt configured as the services configure it, each on the
# token's first use (verified in full) and with the token used again (the cache of verified tokens:
# gateway VerifiedTokens, platform-lib's decorator of JWTParser). JMH's average time (single thread)
# plus CPU time per verification from the thread's CPU clock, with a JFR recording of the latter for
# the hot methods. Sourced by run.sh.

jmh_build() {
  step "Building the JMH benchmarks (benchmarks/jmh)"
  if [[ ! -f "$HOME/.m2/repository/org/mscu/gateway/1.0.0-SNAPSHOT/gateway-1.0.0-SNAPSHOT.jar" \
     || ! -f "$HOME/.m2/repository/org/mscu/platform-lib/1.0.0-SNAPSHOT/platform-lib-1.0.0-SNAPSHOT.jar" ]]; then
    say "The gateway or platform-lib is not in the local Maven repository yet: installing them (./mvnw -pl platform-lib,gateway -am install -DskipTests)."
    (cd "$ROOT" && ./mvnw -B -q -ntp -pl platform-lib,gateway -am install -DskipTests) >"$WORK/gateway-install.log" 2>&1 \
      || { tail -n 40 "$WORK/gateway-install.log" >&2; die "could not install the gateway and platform-lib (log: $WORK/gateway-install.log)"; }
  fi
  (cd "$ROOT" && ./mvnw -B -q -ntp -f benchmarks/jmh/pom.xml package dependency:build-classpath \
      -Dmdep.outputFile=target/classpath.txt) >"$WORK/jmh-build.log" 2>&1 \
    || { tail -n 40 "$WORK/jmh-build.log" >&2; die "the JMH module did not build (log: $WORK/jmh-build.log)"; }
  JMH_CP="$BENCH_DIR/jmh/target/classes:$(cat "$BENCH_DIR/jmh/target/classpath.txt")"
}

token_verification() {
  local token_file="$WORK/token.txt" jwks_file="$WORK/jwks.json" json cpu
  step "Token verification (JMH: ${JMH_OPTS[*]})"
  user_token coordinator >"$token_file"
  curl -fsS --max-time 20 "$REALM_URL/protocol/openid-connect/certs" >"$jwks_file"
  local props="-Dbench.token=$token_file -Dbench.jwks=$jwks_file -Dbench.issuer=$REALM_URL -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
  # Not pinned: the benchmark thread should not share one core with the JVM's compiler and GC threads.
  java -cp "$JMH_CP" org.openjdk.jmh.Main "${JMH_OPTS[@]}" -jvmArgsAppend "$props" \
    -rf json -rff "$WORK/jmh.json" TokenVerificationBenchmark >"$WORK/jmh.log" 2>&1 \
    || { tail -n 30 "$WORK/jmh.log" >&2; die "JMH failed (log: $WORK/jmh.log)"; }
  json="$(jq -c 'map({(.benchmark | split(".") | last): {avg_us: .primaryMetric.score, error_us: (.primaryMetric.scoreError | if type == "number" then . else null end),
      samples: .primaryMetric.rawData[0]}}) | add' "$WORK/jmh.json")"
  # A fresh token: the JMH run may have taken a good part of its 5 minutes.
  user_token coordinator >"$token_file"
  cpu="$(java -cp "$JMH_CP" $props \
    "-XX:StartFlightRecording=filename=$WORK/jwt.jfr,settings=profile" \
    org.mscu.bench.jwt.CpuPerVerification "$JWT_CPU_ROUNDS" 5000 2>/dev/null | grep '^{')"
  jfr view --width 140 hot-methods "$WORK/jwt.jfr" >"$WORK/jwt-hot-methods.txt" 2>&1 || true
  record jwt verification 0 "$(jq -c --argjson cpu "$cpu" '{kind: "jmh", jmh: ., cpu: $cpu}' <<<"$json")"
  say "  JMH average: $(jq -r 'to_entries | map("\(.key) \(.value.avg_us | . * 10 | round / 10) µs") | join(", ")' <<<"$json")"
  say "  CPU per verification, first use of the token: gateway $(jq -c .gateway_cpu_us <<<"$cpu") µs, service $(jq -c .service_cpu_us <<<"$cpu") µs"
  say "  CPU per verification, token reused (cache): gateway $(jq -c .gateway_cached_cpu_us <<<"$cpu") µs, service $(jq -c .service_cached_cpu_us <<<"$cpu") µs"
}
