#!/bin/sh
# test_errors.sh — every kind of bad input or usage gets one clear line on stderr ("precis: ..."),
# the documented exit code (docs/CLI.md), and never a crash, a hang or a silently empty summary.
# Big and binary inputs are generated here, in a temporary directory, never committed.
set -u
bin=${PRECIS_BIN:?PRECIS_BIN must point to the precis binary}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# expect CODE NAME [args...]: runs `precis summarize args`, checks the exit code, that stderr is
# exactly one line starting "precis: ", and that the run ends within 60 s.
expect() {
  want=$1 name=$2
  shift 2
  timeout 60 "$bin" summarize "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  got=$?
  lines=$(wc -l <"$tmp/err")
  if [ "$got" -ne "$want" ]; then
    echo "FAIL $name: exit $got, want $want; stderr: $(head -c 300 "$tmp/err")"
    failures=$((failures + 1))
  elif [ "$want" -ne 0 ] && { [ "$lines" -ne 1 ] || ! grep -q '^precis: ' "$tmp/err"; }; then
    echo "FAIL $name: stderr is not one 'precis: ' line: $(head -c 300 "$tmp/err")"
    failures=$((failures + 1))
  else
    echo "ok   $name (exit $got: $(head -c 120 "$tmp/err"))"
  fi
}

good="$tmp/good.txt"
printf 'The river rose two metres overnight and flooded the lower town.\n\nOfficials said 300 homes were evacuated before dawn.\n' >"$good"

# usage errors: 2
expect 2 "no input"
expect 2 "unknown option" --frobnicate "$good"
expect 2 "unknown --algo" --algo no-such-algo "$good"
expect 2 "unknown --lang" --lang xx-nope "$good"
expect 2 "budget 0" --words 0 "$good"
expect 2 "negative budget" --words -5 "$good"
expect 2 "non-numeric budget" --words many "$good"
expect 2 "fractional word budget" --words 2.5 "$good"
expect 2 "ratio above 1" --ratio 1.5 "$good"
expect 2 "ratio 0" --ratio 0 "$good"
expect 2 "non-numeric bytes" --bytes 12k "$good"
expect 2 "zero sentences" --sentences 0 "$good"
expect 2 "unknown --format" --format pdf "$good"
expect 2 "unknown --order" --order random "$good"
expect 2 "unknown --input-format" --input-format xml "$good"
expect 2 "--explain with text output" --explain "$good"
expect 2 "byte budget too small for any text" --bytes 2 "$good"

# I/O errors: 3
expect 3 "missing file" "$tmp/does-not-exist.txt"

# bad input: 4
mkdir "$tmp/empty-dir"
expect 4 "directory without articles" "$tmp/empty-dir"
: >"$tmp/empty.txt"
expect 4 "empty file" "$tmp/empty.txt"
printf '   \n\n\t  \n' >"$tmp/blank.txt"
expect 4 "whitespace-only file" "$tmp/blank.txt"
head -c 4096 /dev/urandom >"$tmp/random.bin"
printf '\000\001\002\003' >>"$tmp/random.bin"
expect 4 "binary data" "$tmp/random.bin"
printf '... !!! ???\n' >"$tmp/noprose.txt"
expect 4 "no prose" "$tmp/noprose.txt"
printf '   \n' | expect 4 "whitespace on stdin" - 2>/dev/null

# JSONL: malformed and truncated lines name the line number; --skip-bad skips and counts them.
ok_line='{"id":"c1","lang":"en","articles":[{"id":"a1","text":"The river rose two metres overnight and flooded the lower town. Officials said 300 homes were evacuated."}]}'
printf '%s\n%s\n' "$ok_line" '{"id":"c2","articles":[{"id":"a1","text":"Cut off' >"$tmp/truncated.jsonl"
expect 4 "truncated JSON" --input-format cluster-jsonl "$tmp/truncated.jsonl"
grep -Eq '(line 2|:2:)' "$tmp/err" || { echo "FAIL truncated JSON: message does not name line 2: $(cat "$tmp/err")"; failures=$((failures + 1)); }
printf '%s\n%s\n%s\n' "$ok_line" '{"id": "c2", "articles": [1, 2,, ]}' "$ok_line" >"$tmp/malformed.jsonl"
expect 4 "malformed JSON" --input-format cluster-jsonl "$tmp/malformed.jsonl"
grep -Eq '(line 2|:2:)' "$tmp/err" || { echo "FAIL malformed JSON: message does not name line 2: $(cat "$tmp/err")"; failures=$((failures + 1)); }
expect 1 "--skip-bad skips and counts" --skip-bad --input-format cluster-jsonl "$tmp/malformed.jsonl"
grep -q '1' "$tmp/err" || { echo "FAIL --skip-bad: no count in: $(cat "$tmp/err")"; failures=$((failures + 1)); }
[ "$(grep -c '^== ' "$tmp/out")" -eq 2 ] || { echo "FAIL --skip-bad: the two good clusters were not summarized"; failures=$((failures + 1)); }
printf '{"id":"c1","lang":"en","articles":[{"id":"a1","text":"Bad \\udc80 byte \xff\xfe here."}]}\n' >"$tmp/badutf8.jsonl"
expect 4 "invalid UTF-8 in JSONL" --input-format cluster-jsonl "$tmp/badutf8.jsonl"

# --skip-bad also skips a cluster left without prose, and says so.
printf '%s\n%s\n' "$ok_line" '{"id":"c2","lang":"en","articles":[{"id":"a1","text":"!!! ... ???"}]}' >"$tmp/noprose.jsonl"
expect 4 "cluster without prose" --input-format cluster-jsonl "$tmp/noprose.jsonl"
"$bin" summarize --skip-bad "$tmp/noprose.jsonl" >"$tmp/out" 2>"$tmp/err"
code=$?
if [ "$code" -eq 1 ] && grep -q 'c2' "$tmp/err" && grep -q 'skipped 1' "$tmp/err" && [ -s "$tmp/out" ]; then
  echo "ok   --skip-bad skips a cluster without prose (exit 1)"
else
  echo "FAIL --skip-bad with a cluster without prose: exit $code: $(cat "$tmp/err")"
  failures=$((failures + 1))
fi

# A 50 MB single line: as JSONL it is malformed (clear error), as text it must not crash or hang.
head -c 50000000 /dev/zero | tr '\0' 'a' >"$tmp/huge.jsonl"
expect 4 "50 MB single line as JSONL" --input-format cluster-jsonl "$tmp/huge.jsonl"
timeout 120 "$bin" summarize "$tmp/huge.jsonl" >"$tmp/out" 2>"$tmp/err"
code=$?
if [ "$code" -ge 5 ]; then
  echo "FAIL 50 MB single line as text: exit $code: $(head -c 300 "$tmp/err")"
  failures=$((failures + 1))
else
  echo "ok   50 MB single line as text (exit $code)"
fi

# Legacy encodings are converted, not rejected: the output is valid UTF-8.
printf 'The caf\351 on the square reopened on Monday after the flood damaged its kitchen.\n' >"$tmp/latin1.txt"
expect 0 "latin-1 text is converted" "$tmp/latin1.txt"
if ! iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1; then
  echo "FAIL latin-1 text: output is not valid UTF-8"
  failures=$((failures + 1))
fi

# Never a silently empty summary: a successful run prints something.
expect 0 "good input" "$good"
[ -s "$tmp/out" ] || { echo "FAIL good input: empty output"; failures=$((failures + 1)); }

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
