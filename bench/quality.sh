#!/bin/sh
# quality.sh — the table a user chooses an algorithm from: every algorithm (plus lead and random)
# on every development set, ROUGE as ROUGE-1.5.5 computes it under each set's protocol
# (../shared/data/README.md), and summarizing speed from `precis eval`. Also the fixed
# multinews-val split (first 150 / last 100 clusters) used to watch for over-fitting.
# Prints a Markdown table. Usage: bench/quality.sh [PRECIS_BIN] [SHARED_DATA_DIR]
set -eu
here=$(dirname "$0")
bin=${1:-$here/../build/precis}
data=${2:-${PRECIS_SHARED_DATA:-$here/../../shared/data}}
[ -x "$bin" ] || { echo "no precis binary at $bin (build first)" >&2; exit 77; }
[ -f "$data/multinews-val.jsonl" ] || { echo "shared data absent at $data" >&2; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
head -n 150 "$data/multinews-val.jsonl" >"$tmp/multinews-first150.jsonl"
tail -n +151 "$data/multinews-val.jsonl" >"$tmp/multinews-last100.jsonl"

# set name | file | protocol | extra flags
sets="multinews-val|$data/multinews-val.jsonl|multinews|
multinews-first150|$tmp/multinews-first150.jsonl|multinews|
multinews-last100|$tmp/multinews-last100.jsonl|multinews|"
for l in fr cs el ar he hi; do
  sets="$sets
multiling-$l|$data/multiling2011-$l.jsonl|multiling|"
done
for l in el ar he hi; do
  sets="$sets
multiling-$l-unicode|$data/multiling2011-$l.jsonl|multiling|--unicode"
done

algos=$("$bin" summarize --algo list | tr "\n" " ")
echo "| set | algo | R1 | R2 | SU4 | clusters/s |"
echo "|---|---|---|---|---|---|"
echo "$sets" | while IFS='|' read -r name file protocol extra; do
  for algo in $algos; do
    out=$("$bin" eval --dataset "$file" --protocol "$protocol" --algo "$algo" $extra 2>&1) || {
      echo "| $name | $algo | failed | | | |"; continue; }
    echo "$out" | awk -v set="$name" -v algo="$algo" '
      $1 == "ROUGE-1" { r1 = $2 } $1 == "ROUGE-2" { r2 = $2 } $1 == "ROUGE-SU4" { su4 = $2 }
      /per cluster/ { for (i = 1; i <= NF; i++) if ($i == "s" && $(i+1) == "per") spc = $(i-1) }
      END { printf "| %s | %s | %.2f | %.2f | %.2f | %s |\n", set, algo, r1 * 100, r2 * 100, su4 * 100,
                   (spc > 0 ? sprintf("%.0f", 1 / spc) : "-") }'
  done
done
