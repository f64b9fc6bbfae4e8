#!/bin/sh
# run.sh — builds the libFuzzer targets (clang, ASan+UBSan) and runs each for a while on seed
# corpora made at run time from the project's own fixtures and examples (plus, when
# PRECIS_SHARED_DATA is readable, a few lines of the shared datasets: read, never committed).
# Usage: tests/fuzz/run.sh [SECONDS_PER_TARGET (default 180)] [TARGET...]
# Crashes are written as crash-* files in $PRECIS_FUZZ_DIR (default /tmp/precis-fuzz).
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
secs=${1:-180}
[ $# -gt 0 ] && shift
targets=${*:-"fuzz_ingest fuzz_summarize_text fuzz_rouge fuzz_date"}
work=${PRECIS_FUZZ_DIR:-/tmp/precis-fuzz}
build=${PRECIS_FUZZ_BUILD:-$src/build-fuzz}
data=${PRECIS_SHARED_DATA:-$src/../shared/data}
command -v clang >/dev/null || { echo "run.sh: clang is needed (Debian: clang libclang-rt-14-dev)"; exit 77; }
cmake -S "$src" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug -DPRECIS_SANITIZE=ON \
  -DPRECIS_FUZZ=ON >/dev/null
cmake --build "$build" -j 2 --target $targets >/dev/null
mkdir -p "$work"

# seed FILE PREFIX-BYTE-OCTAL: one corpus entry per file, with the target's selector byte first.
seed() { # dir prefix file
  out="$1/$(basename "$3")-$2"
  { printf "\\$2"; head -c 8192 "$3"; } >"$out"
}
make_seeds() { # target dir
  mkdir -p "$2"
  [ -n "$(ls -A "$2")" ] && return 0
  texts="$src/examples/caspian-flood/*.txt $src/tests/fixtures/clean/*.txt"
  jsonl="$src/tests/fixtures/ingest/*.jsonl $src/tests/fixtures/eval/*.jsonl"
  case $1 in
  fuzz_ingest)
    for f in $texts; do seed "$2" 001 "$f"; seed "$2" 004 "$f"; done
    for f in $jsonl; do seed "$2" 002 "$f"; seed "$2" 003 "$f"; seed "$2" 000 "$f"; done
    if [ -r "$data/multinews-val.jsonl" ]; then
      head -n 1 "$data/multinews-val.jsonl" | head -c 6000 >"$work/mn.jsonl"
      seed "$2" 002 "$work/mn.jsonl"
    fi ;;
  fuzz_summarize_text)
    for f in $texts; do seed "$2" 000 "$f"; seed "$2" 013 "$f"; seed "$2" 031 "$f"; done ;;
  fuzz_rouge)
    for f in $texts; do
      { printf '\001'; head -c 600 "$f"; printf '\377'; tail -c 600 "$f"; } >"$2/$(basename "$f")"
      { printf '\011'; head -c 600 "$f"; printf '\377'; head -c 300 "$f"; printf '\377'; tail -c 300 "$f"; } \
        >"$2/$(basename "$f")-u"
    done ;;
  fuzz_date)
    for d in "Sunday, September 27, 2020" "13:41 IST, September 27th 2020" "27 septembre 2020" \
             "2020-09-27" "27.09.2020" "Montag, 28. September 2020" "28 Сен, 2020"; do
      printf '%s' "$d" >"$2/$(printf '%s' "$d" | cksum | cut -d' ' -f1)"
    done ;;
  esac
}

status=0
for t in $targets; do
  make_seeds "$t" "$work/corpus-$t"
  echo "== $t for ${secs}s"
  (cd "$work" && "$build/$t" -max_total_time="$secs" -max_len=8192 -timeout=20 -rss_limit_mb=2048 \
     -print_final_stats=1 "$work/corpus-$t" 2>"$work/$t.log") || status=1
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY' "$work/$t.log" || true
done
found=$(ls "$work" | grep -E '^(crash|timeout|oom|leak|slow-unit)-' || true)
if [ -n "$found" ]; then echo "$found" | sed "s|^|$work/|"; status=1; else echo "no crash, timeout or oom file"; fi
exit $status
