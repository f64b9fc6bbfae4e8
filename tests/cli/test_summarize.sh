#!/bin/sh
# test_summarize.sh — `precis summarize` end to end:
#  - golden JSON on the bundled example examples/caspian-flood/ (tests/golden/caspian-flood.json;
#    regenerate with PRECIS_REGENERATE_GOLDEN=1 when an upstream stage changes on purpose);
#  - determinism: two runs byte-identical, and identical under other LC_ALL values;
#  - every format and algorithm on the example; several clusters get `== id` separators;
#  - the shared data (PRECIS_SHARED_DATA): seeds/ without noise lines, every cluster of
#    multinews-val.jsonl and multiling2011-*.jsonl summarized without error.
# Parts whose inputs are absent are skipped with a message; exit 77 if everything was skipped.
set -u
bin=${PRECIS_BIN:?PRECIS_BIN must point to the precis binary}
src=${PRECIS_SOURCE_DIR:-$(dirname "$0")/../..}
data=${PRECIS_SHARED_DATA:-$src/../shared/data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0 ran=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
ok() { echo "ok   $*"; }

# ---- the bundled example -------------------------------------------------------------------------
example="$src/examples/caspian-flood"
golden="$src/tests/golden/caspian-flood.json"
if [ -d "$example" ]; then
  ran=1
  "$bin" summarize --format json "$example" >"$tmp/a.json" 2>"$tmp/err" || fail "example: exit $?: $(cat "$tmp/err")"
  if [ "${PRECIS_REGENERATE_GOLDEN:-0}" = 1 ]; then
    cp "$tmp/a.json" "$golden" && ok "golden regenerated: $golden"
  elif [ -f "$golden" ]; then
    if cmp -s "$tmp/a.json" "$golden"; then ok "example matches the golden JSON"
    else fail "example differs from $golden:"; diff "$golden" "$tmp/a.json" | head -20; fi
  else
    fail "no golden file $golden (run with PRECIS_REGENERATE_GOLDEN=1)"
  fi
  "$bin" summarize --format json "$example" >"$tmp/b.json" 2>/dev/null
  cmp -s "$tmp/a.json" "$tmp/b.json" && ok "two runs are byte-identical" || fail "two runs differ"
  for loc in C C.UTF-8 de_DE.UTF-8 fr_FR.UTF-8 ru_RU.UTF-8 tr_TR.UTF-8 POSIX; do
    LC_ALL=$loc LANG=$loc "$bin" summarize --format json --explain "$example" >"$tmp/l.json" 2>/dev/null
    [ -s "$tmp/l.json" ] || fail "LC_ALL=$loc: no output"
    if [ "$loc" = C ]; then cp "$tmp/l.json" "$tmp/c.json"
    else cmp -s "$tmp/c.json" "$tmp/l.json" && ok "LC_ALL=$loc gives the same bytes" || fail "LC_ALL=$loc output differs"; fi
  done
  for fmt in text md json; do
    "$bin" summarize --format "$fmt" "$example" >"$tmp/f" 2>"$tmp/err" && [ -s "$tmp/f" ] \
      && ok "format $fmt" || fail "format $fmt: $(cat "$tmp/err")"
  done
  for algo in $("$bin" summarize --algo list); do
    for budget in "--words 50" "--sentences 2" "--bytes 400" "--ratio 0.1"; do
      # shellcheck disable=SC2086
      "$bin" summarize --algo "$algo" $budget "$example" >"$tmp/f" 2>"$tmp/err" && [ -s "$tmp/f" ] \
        || fail "--algo $algo $budget: $(cat "$tmp/err")"
    done
    "$bin" summarize --algo "$algo" --sentences 2 "$example" >"$tmp/f"
    [ "$(wc -l <"$tmp/f")" -le 2 ] || fail "--algo $algo --sentences 2 printed more than 2 lines"
    bytes=$("$bin" summarize --algo "$algo" --bytes 400 "$example" | tr '\n' ' ' | sed 's/ $//' | wc -c)
    [ "$bytes" -le 400 ] || fail "--algo $algo --bytes 400 gave $bytes bytes"
  done
  ok "every algorithm under every budget unit"
  "$bin" summarize "$example" - <"$example/$(ls "$example" | head -1)" >/dev/null 2>&1 || fail "stdin (-) with a directory"
  "$bin" summarize --explain --format json "$example" | grep -q '"removed"' && ok "--explain lists removed lines" \
    || fail "--explain has no removed lines array"
else
  echo "skip example: $example is absent"
fi

# ---- several clusters: `== id` separators in text, one JSON object per line ---------------------
ran=1
cat >"$tmp/two.jsonl" <<'JSON'
{"id":"first","lang":"en","articles":[{"id":"a","text":"The river rose two metres overnight and flooded the lower town. Officials said 300 homes were evacuated before dawn."}]}
{"id":"second","lang":"en","articles":[{"id":"b","text":"The city council approved the new budget on Tuesday. The vote was 7 to 2 after a long debate."}]}
JSON
"$bin" summarize "$tmp/two.jsonl" >"$tmp/two.txt" 2>"$tmp/err" || fail "two clusters: $(cat "$tmp/err")"
[ "$(grep -c '^== ' "$tmp/two.txt")" -eq 2 ] && head -1 "$tmp/two.txt" | grep -qx '== first' \
  && ok "text separates clusters with == id" || fail "separators: $(cat "$tmp/two.txt")"
"$bin" summarize --format json "$tmp/two.jsonl" >"$tmp/two.json"
[ "$(wc -l <"$tmp/two.json")" -eq 2 ] && ok "json: one object per cluster per line" || fail "json lines"
single=$(printf 'The river rose two metres overnight and flooded the lower town.\n' | "$bin" summarize -)
[ "$single" = "The river rose two metres overnight and flooded the lower town." ] && ok "stdin, single cluster, no separator" \
  || fail "stdin single cluster: '$single'"

# ---- a large generated cluster: every algorithm finishes, even with a large budget -------------
awk 'BEGIN { srand(7); for (i = 0; i < 3000; i++) { w = ""; n = 3 + int(rand() * 6);
       for (j = 0; j < n; j++) w = w sprintf("%c", 97 + int(rand() * 26)); words[i] = w }
     for (s = 0; s < 6000; s++) { n = 6 + int(rand() * 14); line = toupper(substr(words[int(rand() * 3000)], 1, 1));
       line = line substr(words[int(rand() * 3000)], 2);
       for (j = 1; j < n; j++) line = line " " words[int(rand() * 3000)];
       printf "%s. ", line; if (s % 8 == 7) printf "\n\n" } }' >"$tmp/large.txt"
for algo in $("$bin" summarize --algo list); do
  if timeout 120 "$bin" summarize --algo "$algo" --ratio 0.5 "$tmp/large.txt" >"$tmp/f" 2>"$tmp/err" && [ -s "$tmp/f" ]; then
    ok "large input (6,000 sentences, --ratio 0.5): $algo"
  else
    fail "large input: $algo: exit $?: $(head -c 200 "$tmp/err")"
  fi
done

# ---- shared data ---------------------------------------------------------------------------------
if [ -d "$data/seeds" ]; then
  ran=1
  "$bin" summarize --words 200 "$data/seeds" >"$tmp/seeds.txt" 2>"$tmp/err" || fail "seeds: exit $?: $(cat "$tmp/err")"
  [ -s "$tmp/seeds.txt" ] || fail "seeds: empty summary"
  if grep -Eiq '^(Read|Also read)[: ]|copyright|©|all rights reserved' "$tmp/seeds.txt"; then
    fail "seeds: noise lines in the summary:"; grep -Ei '^(Read|Also read)[: ]|copyright|©|all rights reserved' "$tmp/seeds.txt"
  else ok "seeds: summary without noise lines"; fi
else
  echo "skip seeds: $data/seeds is absent"
fi
for set in multinews-val multiling2011-ar multiling2011-cs multiling2011-el multiling2011-fr multiling2011-he multiling2011-hi; do
  f="$data/$set.jsonl"
  [ -f "$f" ] || { echo "skip $set: $f is absent"; continue; }
  ran=1
  want=$(grep -c . "$f")
  "$bin" summarize --words 300 --format json "$f" >"$tmp/set.json" 2>"$tmp/err"
  code=$?
  got=$(grep -c '"sentences":\[{' "$tmp/set.json")
  if [ "$code" -eq 0 ] && [ "$got" -eq "$want" ]; then ok "$set: $got/$want clusters summarized"
  else fail "$set: exit $code, $got/$want non-empty summaries: $(head -c 300 "$tmp/err")"; fi
done

[ "$ran" -eq 1 ] || { echo "skipped: no inputs"; exit 77; }
echo "$failures failure(s)"
[ "$failures" -eq 0 ]
