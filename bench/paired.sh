#!/bin/sh
# paired.sh — does the default beat `lead` and `random`, cluster by cluster? For every
# development set, `precis eval --against` prints the mean difference of ROUGE-2 and ROUGE-SU4
# over the same clusters, its 95% bootstrap interval and the wins/ties/losses. On the 10-cluster
# MultiLing sets this, not the overlap of two intervals, is the test of a win. Markdown table.
# Usage: bench/paired.sh [PRECIS_BIN] [SHARED_DATA_DIR]
set -eu
here=$(dirname "$0")
bin=${1:-$here/../build/precis}
data=${2:-${PRECIS_SHARED_DATA:-$here/../../shared/data}}
[ -x "$bin" ] || { echo "no precis binary at $bin (build first)" >&2; exit 77; }
[ -f "$data/multinews-val.jsonl" ] || { echo "shared data absent at $data" >&2; exit 77; }
echo "| set | against | ROUGE-2 diff [95% CI] | w/t/l | ROUGE-SU4 diff [95% CI] | w/t/l |"
echo "|---|---|---|---|---|---|"
row() { # name file protocol baseline [--unicode]
  name=$1 file=$2 protocol=$3 base=$4; shift 4
  "$bin" eval --dataset "$file" --protocol "$protocol" --against "$base" "$@" | awk -v n="$name" -v b="$base" '
    /^paired/ { p = 1 }
    p && ($1 == "ROUGE-2" || $1 == "ROUGE-SU4") {
      lo = $3; hi = $4; gsub(/[\[,]/, "", lo); gsub(/\]/, "", hi)
      cell[$1] = sprintf("%+.2f [%+.2f, %+.2f] | %s", $2 * 100, lo * 100, hi * 100, $5) }
    END { printf "| %s | %s | %s | %s |\n", n, b, cell["ROUGE-2"], cell["ROUGE-SU4"] }'
}
for base in lead random; do
  row multinews-val "$data/multinews-val.jsonl" multinews $base
  for l in fr cs el ar he hi; do row "multiling-$l" "$data/multiling2011-$l.jsonl" multiling $base; done
  for l in el ar he hi; do row "multiling-$l-unicode" "$data/multiling2011-$l.jsonl" multiling $base --unicode; done
done
