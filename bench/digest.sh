#!/bin/sh
# bench/digest.sh — speed of `precis digest` over the Multi-News validation sample (250 clusters
# of 2–7 articles): clusters per second for the whole digest (reading, summary, analysis,
# rendering), and the same run of `precis summarize` so the analysis' own share shows.
# Usage: bench/digest.sh [PRECIS_BIN] [DATASET]   (run it once; the machine is shared)
set -eu
here=$(dirname "$0")
bin=${1:-${PRECIS_BIN:-"$here/../build/precis"}}
data=${2:-"$here/../../shared/data/multinews-val.jsonl"}
[ -f "$data" ] || { echo "dataset not found: $data" >&2; exit 77; }
[ -x "$bin" ] || { echo "precis binary not found: $bin (build first or pass it)" >&2; exit 2; }
n=$(wc -l < "$data")
now() { date +%s.%N; }
rate() { echo "$1 $2 $3" | awk '{ t = $3 - $2; printf "%.3f s = %.0f clusters/s (%.2f ms/cluster)", t, $1 / t, 1000 * t / $1 }'; }
for fmt in json md html; do
  s=$(now); "$bin" digest --format $fmt "$data" > /dev/null; e=$(now)
  echo "digest --format $fmt: $n clusters in $(rate "$n" "$s" "$e")"
done
s=$(now); "$bin" summarize --format json "$data" > /dev/null; e=$(now)
echo "summarize (for comparison): $n clusters in $(rate "$n" "$s" "$e")"
# digest_build alone, in process, when a C compiler and the static library are at hand
lib="$(dirname "$bin")/libprecis.a"
if command -v cc >/dev/null 2>&1 && [ -f "$lib" ]; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  if cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -I"$here/../include" -I"$here/../src" "$here/digest_build.c" "$lib" \
       $(pkg-config --libs icu-uc icu-i18n libcjson) -lstemmer -lglpk -lm -o "$tmp/digest_build" 2>/dev/null; then
    "$tmp/digest_build" "$data"
  fi
fi
