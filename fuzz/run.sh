#!/bin/sh
# fuzz/run.sh -- run one libFuzzer target for a while, from its seeds
#
# Usage (from the source root):  sh fuzz/run.sh BUILD TARGET SECONDS [ARGS]
#   BUILD    a build folder configured with -Dfuzz=true (CC=clang)
#   TARGET   usage, unit_costs, outcomes, instrument, proxies, register,
#            transactions, index, evaluation, scenario, results, csvstream
#            (or "list" to print them)
#   SECONDS  how long to fuzz (libFuzzer's -max_total_time)
#   ARGS     more libFuzzer options, e.g. -jobs=2 -workers=2
#
# The corpus is fuzz/corpus/TARGET under BUILD (kept between runs, so a
# longer run starts where the last stopped), seeded from the fixtures and
# bundled data each time.  A crash, a leak, a sanitizer report or a
# failed check (fuzz/fuzz.h) writes BUILD/fuzz/crash-* (or leak-*, ...)
# and ends the run with a non-zero status; rerun one input with
#   BUILD/fuzz/fuzz_TARGET BUILD/fuzz/crash-...
set -eu
build=${1:?usage: sh fuzz/run.sh BUILD TARGET SECONDS [ARGS]}
target=${2:?usage: sh fuzz/run.sh BUILD TARGET SECONDS [ARGS]}
seconds=${3:-30}
if [ $# -ge 3 ]; then shift 3; else shift $#; fi

targets="usage unit_costs outcomes instrument proxies register transactions
index evaluation scenario results csvstream"
if [ "$target" = list ]; then
  echo $targets
  exit 0
fi

case $target in
  usage) seeds="fixtures/*/usage*.csv fixtures/comparison/comparison-usage.csv" ;;
  unit_costs) seeds="proxies/unit-costs/*.csv" ;;
  outcomes) seeds="fixtures/calico-2019/poet.csv fixtures/quarterly/outcomes.csv" ;;
  instrument) seeds="proxies/instruments/*.csv" ;;
  proxies) seeds="proxies/values/*.csv" ;;
  register) seeds="fixtures/*/register*.csv" ;;
  transactions) seeds="fixtures/*/transactions*.csv" ;;
  index) seeds="proxies/indices/*.csv" ;;
  evaluation) seeds="fixtures/*/evaluation*.json" ;;
  scenario) seeds="fixtures/scenarios/*.json fixtures/quarterly/plan.json" ;;
  results) seeds="" ;;
  csvstream) seeds="fixtures/calico-2019/*.csv proxies/*/*.csv" ;;
  *) echo "fuzz/run.sh: unknown target '$target' (targets: $targets)" >&2
     exit 64 ;;
esac

exe=$build/fuzz/fuzz_$target
if [ ! -x "$exe" ]; then
  echo "fuzz/run.sh: no $exe: CC=clang meson setup $build -Dfuzz=true && ninja -C $build" >&2
  exit 66
fi
corpus=$build/fuzz/corpus/$target
mkdir -p "$corpus"
for f in $seeds; do
  [ -f "$f" ] && cp "$f" "$corpus/seed-$(echo "$f" | tr / _)"
done
if [ "$target" = results ]; then
  # a results document, from the pilot fixture
  "$build/cmd/socialprofit" savings fixtures/calico-2019/evaluation.json \
    --format json > "$corpus/seed-results.json" 2>/dev/null || true
fi
# Leaks are looked for after every input; a slow input (over 10 s) is a
# failure too.  Inputs are kept to 16 kB (the larger seeds are cut), which
# keeps the runs fast; ARGS may say otherwise (-max_len=N).
exec "$exe" "$corpus" -max_total_time="$seconds" -timeout=10 \
  -max_len=16384 -print_final_stats=1 -artifact_prefix="$build/fuzz/" "$@"
