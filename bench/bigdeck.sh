#!/usr/bin/env bash
# Opening a 100 000-term deck, as a learner does it: `glossary --deck FILE search …` as whole processes
# (the first open of the file, which parses and checks its JSON and builds its index, and later opens, which
# read the binary copy and the index kept in the learner's cache), and the load and index parts of each,
# timed inside fresh JVMs that use the launcher's JVM options. Prints medians over RUNS runs (default 7).
#   bench/bigdeck.sh [TERMS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-7}"
terms="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

bin/glossary --version >/dev/null   # builds the jar and the CDS archive if needed
java -cp target/glossary.jar bench/SearchBench.java --write "$work/deck.json" "$terms" >/dev/null
javac -d "$work/classes" -cp target/glossary.jar bench/LoadBench.java
# As bin/glossary runs the app, its class-data sharing archive included (the archive allows entries added
# after the jar on the class path, such as LoadBench's own directory).
java_bin="$(command -v java)"
opts=(-XX:TieredStopAtLevel=1 -XX:+UseG1GC -XX:+UnlockExperimentalVMOptions -XX:G1NewSizePercent=40
      -XX:InitialRAMPercentage=6.25 -XX:MaxRAM=24g -XX:-UsePerfData
      -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -Xshare:auto "-Xlog:cds=off,cds+dynamic=off"
      -XX:SharedArchiveFile="target/glossary${java_bin//[^A-Za-z0-9]/_}.jsa")

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
wall_ms() {   # runs "$@" once, prints its wall time in ms
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

first=() later=() json_load=() json_index=() json_both=() cache_load=() cache_index=() cache_both=()
for ((i = 0; i < runs; i++)); do
  home="$work/home$i"
  first+=("$(GLOSSARY_HOME="$home" wall_ms bin/glossary --deck "$work/deck.json" search "circuit breaker")")
  later+=("$(GLOSSARY_HOME="$home" wall_ms bin/glossary --deck "$work/deck.json" search "circuit breaker")")
  read -r _ l x < <(java "${opts[@]}" -cp "target/glossary-data.jar:target/glossary.jar:$work/classes" LoadBench "$work/deck.json" json -)
  json_load+=("$l"); json_index+=("$x"); json_both+=("$((l + x))")
  read -r _ l x < <(java "${opts[@]}" -cp "target/glossary-data.jar:target/glossary.jar:$work/classes" LoadBench "$work/deck.json" cache \
      "$home/cache/decks")
  cache_load+=("$l"); cache_index+=("$x"); cache_both+=("$((l + x))")
done

printf '%s terms, %s MB deck file, %s runs each (medians, ms)\n' "$terms" \
    "$(( $(stat -c %s "$work/deck.json") / 1000000 ))" "$runs"
printf '%-52s %6s\n' "first open, whole process (search)" "$(printf '%s\n' "${first[@]}" | median)"
printf '%-52s %6s\n' "  load: parse + check the JSON, fresh JVM" "$(printf '%s\n' "${json_load[@]}" | median)"
printf '%-52s %6s\n' "  index build, fresh JVM" "$(printf '%s\n' "${json_index[@]}" | median)"
printf '%-52s %6s\n' "  load + index, the same runs" "$(printf '%s\n' "${json_both[@]}" | median)"
printf '%-52s %6s\n' "later opens, whole process (search)" "$(printf '%s\n' "${later[@]}" | median)"
printf '%-52s %6s\n' "  load: the cached binary copy, fresh JVM" "$(printf '%s\n' "${cache_load[@]}" | median)"
printf '%-52s %6s\n' "  index: the copy kept beside it, fresh JVM" "$(printf '%s\n' "${cache_index[@]}" | median)"
printf '%-52s %6s\n' "  load + index, the same runs" "$(printf '%s\n' "${cache_both[@]}" | median)"
