#!/usr/bin/env bash
# The optimizer benchmark: ours against fsrs-rs (through its npm binding) on logs simulated from known
# weights, at 5 000 and 50 000 reviews (or the sizes given). Figures go to stdout as JSON, one per size.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-5000 50000}")
mvn -q -o test-compile >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work/classes" -cp target/classes:target/test-classes bench/optimizer/OptimizerBench.java
(cd bench/optimizer && [ -d node_modules ] || npm install --no-audit --no-fund --silent)
for n in ${sizes[*]}; do
  java -cp "target/classes:target/test-classes:$work/classes" OptimizerBench "$n" 42 "$work"
  node bench/optimizer/compare.mjs "$work" "$n"
done
