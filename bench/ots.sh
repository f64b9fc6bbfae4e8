#!/bin/sh
# What users would pick instead: Open Text Summarizer (Debian `ots`, C) over the same 250
# multinews-val clusters, one process per cluster as it must be run. Prints clusters/s.
# Usage: bench/ots.sh [DATASET]   (no precis binary involved)   (needs `apt-get install ots` and python3 to split the JSONL)
set -eu
data=${1:-"$(dirname "$0")/../../shared/data/multinews-val.jsonl"}
command -v ots >/dev/null || { echo "ots not installed (apt-get install ots)" >&2; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$data" "$tmp" <<'PY'
import json, sys
for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    c = json.loads(line)
    with open(f"{sys.argv[2]}/{i:04d}.txt", "w", encoding="utf-8") as f:
        f.write("\n\n".join(a["text"] for a in c["articles"]))
PY
n=$(ls "$tmp" | wc -l)
start=$(date +%s.%N)
for f in "$tmp"/*.txt; do ots -r 10 "$f" >/dev/null 2>&1 || true; done
end=$(date +%s.%N)
echo "ots: $n clusters in $(echo "$end - $start" | bc -l | cut -c1-6) s = $(echo "$n / ($end - $start)" | bc -l | cut -c1-6) clusters/s"
