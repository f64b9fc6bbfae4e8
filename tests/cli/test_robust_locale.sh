#!/bin/sh
# test_robust_locale.sh — determinism: the same input gives the same output bytes on every run,
# under every LC_ALL (C, C.UTF-8, and de_DE.UTF-8 / tr_TR.UTF-8 — decimal comma, dotless i — when
# the machine has them: `locale -a`; absent ones are skipped with a note), and for any --jobs of
# `precis eval`. Inputs: the bundled example and our own fixtures; the shared seeds and a
# Multi-News slice too when PRECIS_SHARED_DATA is readable.
set -u
bin=${PRECIS_BIN:?PRECIS_BIN must point to the precis binary}
src=${PRECIS_SOURCE_DIR:?PRECIS_SOURCE_DIR not set}
data=${PRECIS_SHARED_DATA:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

example="$src/examples/caspian-flood"
clusters="$src/tests/fixtures/eval/clusters.jsonl"
inputs="$example"
if [ -n "$data" ] && [ -d "$data/seeds" ] && [ -r "$data/multinews-val.jsonl" ]; then
  head -n 3 "$data/multinews-val.jsonl" >"$tmp/mn3.jsonl"
  inputs="$inputs $data/seeds $tmp/mn3.jsonl"
else
  echo "note: PRECIS_SHARED_DATA not readable; only the project's own inputs are used"
fi
printf '{"id":"v1","peer":"The new bridge opened on Monday.\\nResidents walked across it.","models":["The river bridge opened on Monday after three years.","Hundreds of residents crossed the new bridge."]}\n' >"$tmp/vectors.jsonl"

# run_all TAG: every command whose bytes must not vary, each into $tmp/TAG.N
run_all() {
  tag=$1 k=0
  for in in $inputs; do
    for args in "summarize --format json --explain" "summarize --format md --algo lexrank --words 60" \
                "summarize --order rank --ratio 0.3" "digest --format json" "digest --format html"; do
      k=$((k + 1))
      $bin $args "$in" >"$tmp/$tag.$k" 2>&1
      echo "exit $?" >>"$tmp/$tag.$k"
    done
  done
  k=$((k + 1))
  $bin rouge -n 2 -2 4 -u -m --vectors "$tmp/vectors.jsonl" >"$tmp/$tag.$k" 2>&1
  k=$((k + 1))
  $bin rouge --unicode -n 2 --format json --vectors "$tmp/vectors.jsonl" >"$tmp/$tag.$k" 2>&1
  k=$((k + 1))
  # The timing fields are the only ones allowed to vary.
  $bin eval --dataset "$clusters" --out "$tmp/$tag.eval.json" | grep -v 'whole run' >"$tmp/$tag.$k"
  sed 's/"seconds":[0-9.e-]*//g' "$tmp/$tag.eval.json" >>"$tmp/$tag.$k"
  echo "$k"
}

same() { # TAG1 TAG2 N WHAT
  i=1
  while [ "$i" -le "$3" ]; do
    if ! cmp -s "$tmp/$1.$i" "$tmp/$2.$i"; then
      echo "FAIL $4: output $i differs: $(diff "$tmp/$1.$i" "$tmp/$2.$i" | head -c 300)"
      failures=$((failures + 1))
      return
    fi
    i=$((i + 1))
  done
  echo "ok   $4 ($3 outputs identical)"
}

n=$(LC_ALL=C run_all ref)
[ -s "$tmp/ref.1" ] && grep -q '^exit 0' "$tmp/ref.1" || { echo "FAIL: the reference run failed: $(head -c 300 "$tmp/ref.1")"; exit 1; }
LC_ALL=C run_all again >/dev/null
same ref again "$n" "two runs under LC_ALL=C"

available=$(locale -a 2>/dev/null | tr 'A-Z' 'a-z' | sed 's/utf-8/utf8/')
for loc in C.UTF-8 de_DE.UTF-8 tr_TR.UTF-8 fr_FR.UTF-8; do
  want=$(echo "$loc" | tr 'A-Z' 'a-z' | sed 's/utf-8/utf8/')
  if ! echo "$available" | grep -qx "$want"; then
    echo "skip LC_ALL=$loc (not generated on this machine: locale-gen / localedef)"
    continue
  fi
  tag=$(echo "$loc" | tr -c 'A-Za-z0-9\n' '_')
  LC_ALL=$loc LANG=$loc run_all "$tag" >/dev/null
  same ref "$tag" "$n" "LC_ALL=$loc"
done

# eval --jobs: identical scores and summaries for any number of threads.
for jobs in 1 2 4; do
  $bin eval --dataset "$clusters" --jobs "$jobs" --algo lexrank --out "$tmp/jobs$jobs.json" | grep -v 'whole run' >"$tmp/jobs$jobs.txt"
  sed 's/"seconds":[0-9.e-]*//g' "$tmp/jobs$jobs.json" >>"$tmp/jobs$jobs.txt"
done
for jobs in 2 4; do
  if cmp -s "$tmp/jobs1.txt" "$tmp/jobs$jobs.txt"; then
    echo "ok   eval --jobs $jobs = --jobs 1"
  else
    echo "FAIL eval --jobs $jobs differs from --jobs 1: $(diff "$tmp/jobs1.txt" "$tmp/jobs$jobs.txt" | head -c 300)"
    failures=$((failures + 1))
  fi
done

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
