#!/bin/bash
# bench/ingest_limits.sh -- the ingest's limits of issue 13, timed (a
# benchmark: it prints what happened and how long it took, and asserts
# nothing about time)
#
# Usage (from the source root):
#   bash bench/ingest_limits.sh BUILD [RUNS [CASES]]
#     BUILD  a build folder (build-bench for the release figures; build-san
#            for the 10 MB field under the sanitizers)
#     RUNS   runs of each case (default 5); the median wall time is printed
#     CASES  which cases, e.g. "field" (default: "columns field excluded")
#
# Cases, each written into a temporary folder and read by
# `BUILD/cmd/socialprofit validate --usage FILE --unit-costs ...`:
#   columns   a usage file whose header has 100,000 unknown columns after
#             the six known ones (refused: more than 10,000 columns, at the
#             header's line and column 10,001)
#   field     a usage file with a 10 MB quoted field (an unknown 'notes'
#             column: read, ignored with a warning)
#   excluded  the 200,000-participant file of gen_usage (BUILD/bench), whose
#             60,355 participants without follow-up are excluded: one
#             summary warning (the count and the first ten identifiers)
# The 300 MB file: ./BUILD/bench/gen_usage --participants 500000 FILE, then
# ./BUILD/bench/bench_ingest FILE (bench/README.md).
set -u
build=${1:?usage: bash bench/ingest_limits.sh BUILD [RUNS]}
runs=${2:-5}
cases=${3:-columns field excluded}
exe=$build/cmd/socialprofit
costs=proxies/unit-costs/east-lancs-2018.csv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# columns: six known columns and x1 .. x100000
awk 'BEGIN {
  printf "participant_id,period,service,quantity,months,source"
  for (i = 1; i <= 100000; i++) printf ",x%d", i
  printf "\nP1,before,ae_attendance,1,12,recall"
  for (i = 1; i <= 100000; i++) printf ","
  printf "\n" }' >"$tmp/columns.csv"

# field: a 10 MB 'notes' cell (quoted, with commas and newlines inside)
awk 'BEGIN {
  print "participant_id,period,service,quantity,months,source,notes"
  print "P1,before,ae_attendance,1,12,recall,short"
  printf "P1,after,ae_attendance,1,12,record,\""
  s = ""; for (i = 0; i < 1024; i++) s = s "x"
  for (i = 0; i < 10240; i++) printf "%s%s", s, (i % 100 == 99 ? ",\n" : "")
  printf "\"\n" }' >"$tmp/field.csv"

if [ -x "$build/bench/gen_usage" ] && [ "${cases#*excluded}" != "$cases" ]; then
  "$build/bench/gen_usage" "$tmp/excluded.csv" >/dev/null
fi

median () { sort -g | awk '{v[NR] = $1} END {
  print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "processor: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- |
  sed 's/^ //') ($(grep -c '^processor' /proc/cpuinfo) logical cores);" \
  "load average $(cut -d' ' -f1 /proc/loadavg); build $build; $runs runs"
for case in $cases; do
  file=$tmp/$case.csv
  [ -f "$file" ] || { echo "$case: skipped (no $build/bench/gen_usage)"; continue; }
  times=""
  for i in $(seq "$runs"); do
    start=$(date +%s.%N)
    "$exe" validate --usage "$file" --unit-costs "$costs" \
      >"$tmp/out" 2>"$tmp/err"
    status=$?
    end=$(date +%s.%N)
    times="$times $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')"
  done
  med=$(echo "$times" | tr ' ' '\n' | grep . | median)
  echo "$case: $(du -m "$file" | cut -f1) MB, exit $status," \
    "median wall $med s (runs:$times)"
  # what it said: the first lines of the messages, cut to 200 characters
  grep -v '^$' "$tmp/err" | head -3 | cut -c1-400 | sed 's/^/    /'
  echo "    ($(wc -l <"$tmp/err") message lines)"
done
