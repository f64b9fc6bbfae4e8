#!/bin/sh
# summarize.sh — throughput of `precis summarize` with the default algorithm: the whole process
# (reading the JSONL, cleaning, segmenting, tokenizing, model, selection, rendering) over every
# cluster of multinews-val.jsonl at 300 words, output to /dev/null; best of 3 runs.
# Prints clusters/s and MB/s of input. Target: >= 500 clusters/s on one core.
# Usage: bench/summarize.sh [PRECIS_BIN] [DATASET] [extra precis options...]
set -eu
here=$(dirname "$0")
bin=${1:-${PRECIS_BIN:-$here/../build/precis}}
data=${2:-${PRECIS_SHARED_DATA:-$here/../../shared/data}/multinews-val.jsonl}
[ $# -ge 2 ] && shift 2 || shift $#
[ -x "$bin" ] || { echo "no precis binary at $bin (build first, or pass its path)" >&2; exit 77; }
[ -f "$data" ] || { echo "dataset $data is absent" >&2; exit 77; }
clusters=$(grep -c . "$data")
bytes=$(wc -c <"$data")
best=""
for run in 1 2 3; do
  start=$(date +%s%N)
  "$bin" summarize --words 300 "$@" "$data" >/dev/null
  end=$(date +%s%N)
  ns=$((end - start))
  if [ -z "$best" ] || [ "$ns" -lt "$best" ]; then best=$ns; fi
done
awk -v n="$clusters" -v b="$bytes" -v ns="$best" 'BEGIN {
  s = ns / 1e9
  printf "precis summarize: %d clusters, %.1f MB in %.3f s (best of 3) = %.0f clusters/s, %.1f MB/s\n",
         n, b / 1e6, s, n / s, b / 1e6 / s
}'
