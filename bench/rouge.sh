#!/bin/sh
# Times `precis rouge` over the whole shared ROUGE test-vector set: every item under every
# setting of configs.tsv, one process per setting (6 processes), as a user would run it.
# Prints the wall-clock seconds of the whole thing (process start-up and JSON reading included).
# Usage: bench/rouge.sh [PRECIS_BIN] [VECTOR_DIR]
set -eu
here=$(dirname "$0")
bin=${1:-${PRECIS_BIN:-"$here/../build/precis"}}
dir=${2:-${PRECIS_SHARED_DATA:-"$here/../../shared/data"}/rouge-vectors}
[ -x "$bin" ] || { echo "no precis binary at $bin (make build)" >&2; exit 77; }
[ -f "$dir/items.jsonl" ] || { echo "no test vectors at $dir" >&2; exit 77; }
items=$(wc -l <"$dir/items.jsonl" | tr -d ' ')
settings=$(($(wc -l <"$dir/configs.tsv") - 1))
start=$(date +%s.%N)
tail -n +2 "$dir/configs.tsv" | while IFS='	' read -r name flags; do
  # shellcheck disable=SC2086 # the flags are meant to split
  "$bin" rouge --vectors "$dir/items.jsonl" $flags >/dev/null
done
end=$(date +%s.%N)
secs=$(echo "$end - $start" | bc -l)
printf 'precis rouge: %s items x %s settings in %.3f s\n' "$items" "$settings" "$secs"
