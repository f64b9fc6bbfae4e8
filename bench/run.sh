#!/bin/sh
# run.sh — every benchmark in one go (`make bench`): speed of summarize, digest and ROUGE, the
# OTS comparison, then the quality table. Figures go to docs/BENCHMARKS.md by hand, with the
# machine and date. Usage: bench/run.sh [PRECIS_BIN]
set -u
here=$(dirname "$0")
bin=${1:-$here/../build/precis}
echo "## $(date -u +%Y-%m-%d) on $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
sh "$here/summarize.sh" "$bin"
sh "$here/digest.sh" "$bin"
sh "$here/rouge.sh" "$bin"
sh "$here/ots.sh"
sh "$here/quality.sh" "$bin"
sh "$here/paired.sh" "$bin"
