#!/usr/bin/env bash
# `glossary deck lint` on a generated deck (default 100 000 terms, the size limit's order), as a teacher
# runs it: whole processes through bin/glossary. Prints the median wall time over RUNS runs (default 3)
# and the peak memory of the last run.
#   bench/lint.sh [TERMS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
terms="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

bin/glossary --version >/dev/null   # builds the jar and the CDS archive if needed
java -cp target/glossary.jar bench/SearchBench.java --write "$work/deck.json" "$terms" >/dev/null

times=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  GLOSSARY_HOME="$work/home" /usr/bin/time -f '%M' -o "$work/rss" bin/glossary deck lint "$work/deck.json" \
      > "$work/advice"
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done

printf '%s terms, %s MB deck file, %s runs\n' "$terms" "$(( $(stat -c %s "$work/deck.json") / 1000000 ))" "$runs"
printf 'deck lint, whole process: median %s ms, peak RSS %s MB\n' \
    "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
    "$(( $(cat "$work/rss") / 1024 ))"
printf 'last line: %s\n' "$(tail -1 "$work/advice")"
printf 'near-duplicate advice: %s\n' "$(grep -c 'nearly the same' "$work/advice" || true)"
