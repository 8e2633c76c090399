# bin/lib/jvm.sh — how the platform runs its JVMs (the four services and the gateways): their options
# and their AOT cache. One definition, sourced by bin/platform and by the benchmarks
# (benchmarks/lib/platform.sh), so that what the benchmarks measure is what bin/platform runs.
# The container images and Kubernetes set the same heap and collector their own way
# (src/main/docker/Dockerfile.jvm, k8s/base/*/deployment.yaml).

# --- options ---------------------------------------------------------------------------------------
#
# Chosen by measurement (benchmarks/README.md, "What limits the figures"): without them each JVM sized
# its heap from the machine (up to a quarter of 24 GB), G1 kept ~390 MB of it committed for ~30 MB of
# live objects, plus ~40 MB of its own bookkeeping: 400-500 MB resident after load, 250-275 MB with
# these, at the same throughput.
#   -XX:+UseSerialGC      what the JVM picks by itself in a small container (one CPU, or < 1792 MB): ~0 MB
#                         of bookkeeping instead of G1's ~40 MB; young pauses of ~2 ms (9 ms at most)
#   -Xms32m -Xmx256m      the heap starts small and grows only as far as the live set needs (~40 MB
#                         committed after load); at most half the 512 Mi that Kubernetes gives a pod
#   -XX:TrimNativeHeapInterval=5000   hand the C heap the JIT compilers churn through back to the
#                         system every 5 s (10-25 MB each time, 1-12 ms on a thread of its own)
#   -XX:+ExitOnOutOfMemoryError       die rather than limp on: bin/platform shows the log, Kubernetes restarts
# Thread stacks (-Xss), metaspace and code cache keep their defaults: only the pages they touch are
# resident, and capping them would trade a crash for memory they do not use.
# PLATFORM_JAVA_OPTS (environment) replaces them, split on spaces, e.g.
#   PLATFORM_JAVA_OPTS="-XX:+UseG1GC -Xmx1g -XX:+ExitOnOutOfMemoryError" bin/platform up
DEFAULT_PLATFORM_JAVA_OPTS=(-XX:+UseSerialGC -Xms32m -Xmx256m -XX:TrimNativeHeapInterval=5000
  -XX:+ExitOnOutOfMemoryError)

# platform_java_opts — the options, one a line.
platform_java_opts() {
  local opts=("${DEFAULT_PLATFORM_JAVA_OPTS[@]}")
  [[ -n "${PLATFORM_JAVA_OPTS:-}" ]] && read -r -a opts <<<"$PLATFORM_JAVA_OPTS"
  printf '%s\n' "${opts[@]+"${opts[@]}"}"
}

# --- the AOT cache (JDK 25 and newer: JEP 483, 514, 515) -----------------------------------------
#
# A JVM started with -XX:AOTCacheOutput=FILE records which classes the application loads and links
# and how its methods run, and when it exits (on SIGTERM too) assembles them into FILE, in a child
# JVM, which takes 10-30 s of CPU. Later starts with -XX:AOTCache=FILE find all that done: a service
# is ready in about half the time. A cache fits one JDK build, one application and one set of JVM
# options: it lives next to the application (<module>/target/quarkus-app/app-jdk<version>-<options>.aot)
# and is recorded again when any file of the application is newer. A JVM given a cache that does not
# fit warns and starts without it. With a JDK older than 25, or PLATFORM_AOT_CACHE=false, no cache.

# jdk_runtime_version JAVA — e.g. 25.0.3+9-LTS, from the release file of the JDK of that java binary.
jdk_runtime_version() {
  local home
  home="$(dirname "$(dirname "$(readlink -f "$1")")")"
  sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$home/release" 2>/dev/null
}

aot_cache_supported() {
  local version
  [[ "${PLATFORM_AOT_CACHE:-true}" != false ]] || return 1
  version="$(jdk_runtime_version "$1")"
  [[ "${version%%[.+-]*}" =~ ^[0-9]+$ ]] && (( ${version%%[.+-]*} >= 25 ))
}

# aot_cache_file APP_DIR JAVA — the cache of the application in APP_DIR for that JDK and these options.
aot_cache_file() {
  printf '%s/app-jdk%s-%s.aot' "$1" "$(jdk_runtime_version "$2")" "$(platform_java_opts | cksum | cut -d' ' -f1)"
}

# aot_cache_current APP_DIR JAVA — the cache exists and no file of the application is newer.
aot_cache_current() {
  local cache
  cache="$(aot_cache_file "$1" "$2")"
  [[ -f "$cache" && -z "$(find "$1" -type f ! -name '*.aot' ! -name '*.aot.*' -newer "$cache" -print -quit)" ]]
}

# aot_cache_options APP_DIR JAVA RECORDER — the AOT options of a start, one a line: the current cache,
# or else a recording of it into a file of RECORDER's own (two instances of one application may record
# at once; when it began is noted beside it), which aot_recording_finish turns into the cache once the
# JVM has exited by itself. Nothing when the JDK has no AOT cache.
aot_cache_options() {
  local app_dir="$1" java="$2" recorder="$3" cache
  aot_cache_supported "$java" || return 0
  cache="$(aot_cache_file "$app_dir" "$java")"
  if aot_cache_current "$app_dir" "$java"; then
    printf '%s\n' "-XX:AOTCache=$cache"
  else
    : >"$cache.$recorder.recording.began"
    printf '%s\n' "-XX:AOTCacheOutput=$cache.$recorder.recording"
  fi
}

# aot_recording_finish RECORDING COMPLETE — after the recording JVM has gone: when it exited by itself
# (COMPLETE=true) and the application was not rebuilt while it ran, its recording becomes the
# application's cache, replacing the caches of other JDKs or options; otherwise (killed half-way, or
# recorded from jars that are gone) it is thrown away. True when the cache was kept.
aot_recording_finish() {
  local recording="$1" complete="$2" cache app_dir keep=false
  cache="${recording%.*.recording}"
  app_dir="$(dirname "$cache")"
  if [[ "$complete" == true && -s "$recording" && -f "$recording.began" \
        && -z "$(find "$app_dir" -type f ! -name '*.aot' ! -name '*.aot.*' -newer "$recording.began" -print -quit)" ]]; then
    find "$app_dir" -maxdepth 1 -name 'app-jdk*.aot' ! -name "$(basename "$cache")" -delete 2>/dev/null
    mv -f "$recording" "$cache"
    keep=true
  fi
  rm -f "$recording" "$recording.config" "$recording.began"
  [[ "$keep" == true ]]
}
