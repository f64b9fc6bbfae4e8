#!/bin/sh
# test_digest_datasets.sh — `precis digest` over every evaluation set (Multi-News validation and
# the six MultiLing 2011 languages): no failure, one JSON object per cluster. The same rules that
# serve the seeds must run on any news text without error. Skips (77) when the data is absent.
set -u
bin=${PRECIS_BIN:?PRECIS_BIN is not set}
data=${PRECIS_SHARED_DATA:-}
[ -f "$data/multinews-val.jsonl" ] || { echo "shared data not found (PRECIS_SHARED_DATA): skipped"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for set in multinews-val multiling2011-ar multiling2011-cs multiling2011-el multiling2011-fr multiling2011-he multiling2011-hi; do
  f="$data/$set.jsonl"
  [ -f "$f" ] || { echo "$set: absent, skipped"; continue; }
  for fmt in json md html; do
    "$bin" digest --format $fmt "$f" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    [ $rc -eq 0 ] || { echo "FAIL: $set --format $fmt exited $rc: $(head -3 "$tmp/err")" >&2; exit 1; }
  done
  "$bin" digest --format json "$f" > "$tmp/out"
  want=$(wc -l < "$f"); got=$(wc -l < "$tmp/out")
  [ "$want" -eq "$got" ] || { echo "FAIL: $set: $got digests for $want clusters" >&2; exit 1; }
  echo "$set: $got clusters, $(grep -o '"disagreement":true' "$tmp/out" | wc -l) disagreements"
done
echo "ok"
