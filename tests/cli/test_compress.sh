#!/bin/sh
# test_compress.sh — `--compress` end to end, on a two-article cluster written here (an invented
# flood) whose sentences carry a parenthetical, attribution tails and a leading connective:
# - summarize: text and md show the compressed sentences; json keeps the source offsets and adds
#   "removed" ranges per sentence; the word budget holds; without the flag nothing changes (no
#   "removed" field, output byte-identical to a run without it);
# - digest and eval accept the flag; eval reports it; --compress with --summaries is a usage error.
set -u
bin=${PRECIS_BIN:?PRECIS_BIN must point to the precis binary}
src=${PRECIS_SOURCE_DIR:-$(dirname "$0")/../..}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
ok() { echo "ok   $*"; }
check() { if [ "$2" = "$3" ]; then ok "$1"; else fail "$1: expected [$2] got [$3]"; fi; }

mkdir "$tmp/flood"
cat >"$tmp/flood/a.txt" <<'EOF'
The river Lake burst its banks in the town of Lakeview (a port of twelve thousand people) on Sunday night.

About four hundred houses were damaged in the eastern district, according to the fire service.

However, the old stone bridge over the river held through the whole night.
EOF
cat >"$tmp/flood/b.txt" <<'EOF'
Schools in Lakeview will stay shut until Wednesday at the earliest, the mayor told reporters.

"We will rebuild every house," the mayor said on Monday.
EOF

"$bin" summarize --sentences 10 "$tmp/flood" >"$tmp/plain.txt" 2>"$tmp/err" || fail "plain: exit $?: $(cat "$tmp/err")"
"$bin" summarize --sentences 10 --compress "$tmp/flood" >"$tmp/short.txt" 2>"$tmp/err" || fail "compress: exit $?: $(cat "$tmp/err")"
check "text: parenthetical cut" 1 "$(grep -c '^The river Lake burst its banks in the town of Lakeview on Sunday night\.$' "$tmp/short.txt")"
check "text: according-to tail cut" 1 "$(grep -c '^About four hundred houses were damaged in the eastern district\.$' "$tmp/short.txt")"
check "text: connective cut, capital kept" 1 "$(grep -c '^The old stone bridge over the river held through the whole night\.$' "$tmp/short.txt")"
check "text: told-reporters tail cut" 1 "$(grep -c '^Schools in Lakeview will stay shut until Wednesday at the earliest\.$' "$tmp/short.txt")"
check "text: quotation left whole" 1 "$(grep -c '^"We will rebuild every house," the mayor said on Monday\.$' "$tmp/short.txt")"
check "text: same sentence count" "$(wc -l <"$tmp/plain.txt")" "$(wc -l <"$tmp/short.txt")"
check "text: plain run unchanged" 1 "$(grep -c 'according to the fire service' "$tmp/plain.txt")"

"$bin" summarize --sentences 10 --compress --format md "$tmp/flood" >"$tmp/short.md" || fail "md: exit $?"
check "md: compressed bullet with citation" 1 "$(grep -c '^- About four hundred houses were damaged in the eastern district\. \[1\]$' "$tmp/short.md")"

"$bin" summarize --sentences 10 --compress --format json "$tmp/flood" >"$tmp/short.json" || fail "json: exit $?"
check "json: one removed list per sentence" "$(grep -o '"start":' "$tmp/short.json" | wc -l)" "$(grep -o '"removed":\[' "$tmp/short.json" | wc -l)"
# "About four hundred ... district, according to the fire service." is 94 bytes; the tail
# ", according to the fire service" is [62,93), the full stop stays.
check "json: tail range and source offsets" 1 \
  "$(grep -c '"text":"About four hundred houses were damaged in the eastern district\.","article":0,"article_id":"a.txt","start":[0-9]*,"end":[0-9]*,[^}]*"removed":\[\[62,93\]\]' "$tmp/short.json")"
start=$(grep -o '"text":"About four[^}]*' "$tmp/short.json" | sed 's/.*"start":\([0-9]*\),"end":\([0-9]*\).*/\1 \2/')
check "json: offsets span the whole source sentence" 94 "$(echo "$start" | awk '{print $2 - $1}')"
check "json: connective range from 0" 1 "$(grep -c '"text":"The old stone bridge[^}]*"removed":\[\[0,9\]\]' "$tmp/short.json")"
check "json: untouched sentence has an empty list" 1 "$(grep -c '"text":"\\"We will rebuild[^}]*"removed":\[\]' "$tmp/short.json")"
"$bin" summarize --sentences 10 --format json "$tmp/flood" >"$tmp/plain.json"
check "json: no removed field without the flag" 0 "$(grep -c '"removed"' "$tmp/plain.json")"

# Word budget: lead offers each article's first sentence, 21 and 15 words whole, 14 and 11
# compressed: 25 words hold one whole sentence, or both compressed ones.
"$bin" summarize --algo lead --words 25 "$tmp/flood" >"$tmp/w0.txt" || fail "words: exit $?"
"$bin" summarize --algo lead --words 25 --compress --format json "$tmp/flood" >"$tmp/w.json" || fail "words: exit $?"
check "word budget: one whole sentence without" 1 "$(wc -l <"$tmp/w0.txt")"
check "word budget: two compressed sentences with" 2 "$(grep -o '"removed":' "$tmp/w.json" | wc -l)"
check "word budget: compressed words counted" '"limit":25,"used":25,"words":25' "$(grep -o '"limit":[0-9]*,"used":[0-9]*,"words":[0-9]*' "$tmp/w.json")"
# Byte budget: lead's first sentence is 106 bytes whole, 71 without its parenthetical; 160 bytes
# hold it alone, or it compressed and the 68-byte second one.
"$bin" summarize --algo lead --bytes 160 "$tmp/flood" >"$tmp/b0.txt" || fail "bytes: exit $?"
"$bin" summarize --algo lead --bytes 160 --compress --format json "$tmp/flood" >"$tmp/b.json" || fail "bytes: exit $?"
check "byte budget: one whole sentence without" 1 "$(wc -l <"$tmp/b0.txt")"
check "byte budget: compressed bytes counted" '"limit":160,"used":139' "$(grep -o '"limit":[0-9]*,"used":[0-9]*' "$tmp/b.json")"
"$bin" summarize --bytes 120 --compress "$tmp/flood" >"$tmp/b.txt" || fail "bytes: exit $?"
bytes=$(tr '\n' ' ' <"$tmp/b.txt" | sed 's/ $//' | wc -c)
[ "$bytes" -le 120 ] && ok "byte budget holds ($bytes <= 120)" || fail "byte budget exceeded: $bytes"

# Off by default: the bundled example is byte-identical with and without an explicit default run.
example="$src/examples/caspian-flood"
if [ -d "$example" ]; then
  "$bin" summarize --format json "$example" >"$tmp/e1.json"
  cmp -s "$tmp/e1.json" "$src/tests/golden/caspian-flood.json" && ok "golden unchanged" || fail "golden differs"
fi

# digest and eval
"$bin" digest --compress --format json "$tmp/flood" >"$tmp/d.json" 2>"$tmp/err" || fail "digest: exit $?: $(cat "$tmp/err")"
check "digest: summary compressed" 1 "$(grep -c 'About four hundred houses were damaged in the eastern district\."' "$tmp/d.json")"
check "digest: the cut ranges are listed" 1 "$(grep -c '"removed":\[\[' "$tmp/d.json")"
printf '%s\n' '{"id":"c1","lang":"en","articles":[{"id":"a","text":"Heavy rain flooded the port town of Lakeview on Sunday, officials said.\n\nHowever, about four hundred houses were damaged in the eastern district of the town.\n\nRescue teams with boats reached the district early on Monday morning."}],"references":["Heavy rain flooded Lakeview on Sunday and damaged four hundred houses."]}' >"$tmp/ds.jsonl"
"$bin" eval --dataset "$tmp/ds.jsonl" --protocol duc --compress >"$tmp/ev.txt" 2>"$tmp/err" || fail "eval: exit $?: $(cat "$tmp/err")"
check "eval: reports --compress" 1 "$(grep -c 'algo [a-z]* --compress;' "$tmp/ev.txt")"
"$bin" eval --dataset "$tmp/ds.jsonl" --protocol duc >"$tmp/ev0.txt" 2>&1
check "eval: header unchanged without the flag" 0 "$(grep -c 'compress' "$tmp/ev0.txt")"
"$bin" eval --dataset "$tmp/ds.jsonl" --summaries "$tmp/ds.jsonl" --compress >/dev/null 2>&1
check "eval: --compress with --summaries is a usage error" 2 "$?"

[ "$failures" -eq 0 ] || exit 1
echo "all compress checks passed"
