#!/usr/bin/env bash
# A quiz on large decks, the hostile review's F13: QuizBench in fresh JVMs with the launcher's options, on a
# 100 000-term deck (first choice question after the load, further questions), and on its 45 MB deck of 2 400
# terms with 10 000-character names; then whole processes, as a learner starts them:
# `echo 1 | glossary --deck FILE quiz --mode choice --count 1`, first open (the JSON parsed) and a later one.
#   bench/quiz.sh            RUNS=3 by default
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

bin/glossary --version >/dev/null   # builds the jar and the CDS archive if needed
java -cp target/glossary.jar bench/SearchBench.java --write "$work/big.json" 100000 >/dev/null
java -cp target/glossary.jar bench/QuizBench.java --write-long-names "$work/long.json"
javac -d "$work/classes" -cp target/glossary.jar bench/QuizBench.java
java_bin="$(command -v java)"
opts=(-XX:TieredStopAtLevel=1 -XX:+UseG1GC -XX:+UnlockExperimentalVMOptions -XX:G1NewSizePercent=40
      -XX:InitialRAMPercentage=6.25 -XX:MaxRAM=24g -XX:-UsePerfData
      -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -Xshare:auto "-Xlog:cds=off,cds+dynamic=off"
      -XX:SharedArchiveFile="target/glossary${java_bin//[^A-Za-z0-9]/_}.jsa")

wall_ms() {   # runs "$@" once with "1" on its input, prints its wall time in ms
  local start end
  start=$(date +%s%N)
  echo 1 | "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

for deck in big long; do
  printf '%s (%s MB):\n' "$deck.json" "$(( $(stat -c %s "$work/$deck.json") / 1000000 ))"
  for ((i = 0; i < runs; i++)); do
    printf '  in-process: '
    java "${opts[@]}" -cp "target/glossary-data.jar:target/glossary.jar:$work/classes" QuizBench "$work/$deck.json" 30
    home="$work/home-$deck-$i"
    first="$(GLOSSARY_HOME="$home" wall_ms bin/glossary --deck "$work/$deck.json" quiz --mode choice --count 1)"
    later="$(GLOSSARY_HOME="$home" wall_ms bin/glossary --deck "$work/$deck.json" quiz --mode choice --count 1)"
    printf '  whole process, one choice question: first open %s ms, later open %s ms\n' "$first" "$later"
  done
done
