#!/usr/bin/env bash
# Start-up of the one-shots and of the REPL (to its first prompt, and through a quit), side by side with a
# plain `java Hello` on the same machine, and the ratios. Uses hyperfine when installed (apt-get install hyperfine),
# else a plain loop of RUNS runs each (median).
#   bench/startup.sh            # RUNS=20 by default
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] args) { System.out.println("hello"); } }
JAVA
javac -d "$work" "$work/Hello.java"
bin/glossary --version >/dev/null   # builds the jar and the CDS archive if needed
export GLOSSARY_HOME="$work/home"
printf 'quit\n' > "$work/quit"
# A learner with a history: every term answered once, then crammed three times, 944 answers in all (a
# 257 KB progress.json), each rated good (3) in flip mode. Commands that show progress read it at every start.
history="$work/history"
GLOSSARY_HOME="$history" bin/glossary config new-per-day 236 >/dev/null
yes 3 | head -n 1000 | GLOSSARY_HOME="$history" bin/glossary quiz -m flip -n 236 >/dev/null 2>&1 || true
for ((i = 0; i < 3; i++)); do
  yes 3 | head -n 1000 | GLOSSARY_HOME="$history" bin/glossary quiz -m flip -n 236 --cram >/dev/null 2>&1 || true
done
answers="$(grep -c '"at"' "$history/progress.json")"
# ... who has used the REPL too: 1000 lines of history, typed through the REPL itself.
yes 'level all' | head -n 1000 | GLOSSARY_HOME="$history" bin/glossary >/dev/null 2>&1 || true

names=("java Hello" "glossary show Idempotency" "glossary search jwt" "glossary due --count" "REPL to quit"
       "search jwt, $answers answers" "due --count, $answers answers")
cmds=("java -cp $work Hello"
      "bin/glossary show Idempotency"
      "bin/glossary search jwt"
      "bin/glossary due --count"
      "bin/glossary < $work/quit"
      "env GLOSSARY_HOME=$history bin/glossary search jwt"
      "env GLOSSARY_HOME=$history bin/glossary due --count")

median_ms() {   # runs a command $runs times after one warm-up, prints the median wall time in ms
  local cmd="$1" times=() start end
  bash -c "$cmd" >/dev/null 2>&1 || true
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    bash -c "$cmd" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'
}

if command -v hyperfine >/dev/null 2>&1; then
  args=()
  for i in "${!cmds[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/h.json" "${args[@]}" >/dev/null 2>&1 || \
    hyperfine --warmup 2 --runs "$runs" --export-json "$work/h.json" "${args[@]}" >/dev/null
  medians=($(python3 -c 'import json,sys; [print(int(r["median"]*1000)) for r in json.load(open(sys.argv[1]))["results"]]' "$work/h.json"))
else
  medians=()
  for c in "${cmds[@]}"; do medians+=("$(median_ms "$c")"); done
fi

base="${medians[0]}"
printf '%-28s %8s %7s\n' "command" "median" "ratio"
for i in "${!names[@]}"; do
  printf '%-28s %6s ms %6.2fx\n' "${names[$i]}" "${medians[$i]}" "$(echo "${medians[$i]} / $base" | bc -l)"
done

# The REPL's first prompt itself: the time until it is on the REPL's output, beside java Hello's line.
if command -v python3 >/dev/null 2>&1; then
  echo
  RUNS="$runs" python3 bench/first-prompt.py "$work" "new learner=$GLOSSARY_HOME" \
    "$answers answers, 1000 lines of history=$history"
fi
