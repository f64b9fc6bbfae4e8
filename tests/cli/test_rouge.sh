#!/bin/sh
# test_rouge.sh — `precis rouge`: scores on our own fixture sentences (worked out by hand in
# tests/unit/test_rouge.c), output formats, and the documented exit codes.
set -u
: "${PRECIS_BIN:?PRECIS_BIN not set}"
: "${PRECIS_SOURCE_DIR:?PRECIS_SOURCE_DIR not set}"
F="$PRECIS_SOURCE_DIR/tests/fixtures/rouge"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
pass=0

check() { # name, expected, actual
  if [ "$2" = "$3" ]; then
    pass=$((pass + 1))
  else
    echo "FAIL $1: expected [$2] got [$3]"
    fails=$((fails + 1))
  fi
}

status() { # runs the command, prints its exit code; stderr to $TMP/err
  "$@" >"$TMP/out" 2>"$TMP/err"
  echo $?
}

# the cat case: R1 5/6, R2 3/5, RL 5/6
check json "$(printf '%s' '{"ROUGE-1":{"recall":0.83333,"precision":0.83333,"f":0.83333},"ROUGE-2":{"recall":0.60000,"precision":0.60000,"f":0.60000},"ROUGE-L":{"recall":0.83333,"precision":0.83333,"f":0.83333}}')" \
  "$("$PRECIS_BIN" rouge -n 2 --format json "$F/peer.txt" "$F/ref1.txt")"

check table-r2 "ROUGE-2    0.60000  0.60000   0.60000" \
  "$("$PRECIS_BIN" rouge -n 2 -c 95 -r 1000 -t 0 -a -d "$F/peer.txt" "$F/ref1.txt" | grep '^ROUGE-2')"

# SU4 appears with -2 4 -u, named as ROUGE-1.5.5 names it
check su4-name "ROUGE-SU4" "$("$PRECIS_BIN" rouge -n 1 -2 4 -u "$F/peer.txt" "$F/ref1.txt" | awk 'NR==4{print $1}')"

# -f A over two references: peer words 6 x 2, hits 5 + "the" x1 = 6 of 6 + 6 model words
check two-refs "ROUGE-1    0.50000  0.50000   0.50000" \
  "$("$PRECIS_BIN" rouge "$F/peer.txt" "$F/ref1.txt" "$F/ref2.txt" | grep '^ROUGE-1')"

# vector format: header plus one line per item and metric
"$PRECIS_BIN" rouge -n 2 --vectors "$F/vectors.jsonl" >"$TMP/vec.tsv"
check vectors-rc 0 $?
check vectors-lines 7 "$(wc -l <"$TMP/vec.tsv" | tr -d ' ')"
check vectors-header "id	metric	recall	precision	f" "$(head -1 "$TMP/vec.tsv")"
check vectors-two-refs "two-refs	ROUGE-1	0.50000	0.50000	0.50000" "$(grep "^two-refs$(printf '\t')ROUGE-1" "$TMP/vec.tsv")"

# Unicode mode keeps Greek words; the ROUGE-1.5.5 rule leaves none
check greek-ascii "ROUGE-1    0.00000  0.00000   0.00000" "$("$PRECIS_BIN" rouge "$F/greek-peer.txt" "$F/greek-ref.txt" | grep '^ROUGE-1')"
check greek-unicode "ROUGE-1    1.00000  1.00000   1.00000" "$("$PRECIS_BIN" rouge --unicode "$F/greek-peer.txt" "$F/greek-ref.txt" | grep '^ROUGE-1')"

# exit codes: 2 usage, 3 I/O, 4 bad input
check missing-ref 2 "$(status "$PRECIS_BIN" rouge "$F/peer.txt")"
check unknown-flag 2 "$(status "$PRECIS_BIN" rouge -q "$F/peer.txt" "$F/ref1.txt")"
check bad-n 2 "$(status "$PRECIS_BIN" rouge -n 0 "$F/peer.txt" "$F/ref1.txt")"
check bad-format 2 "$(status "$PRECIS_BIN" rouge --format xml "$F/peer.txt" "$F/ref1.txt")"
check no-such-file 3 "$(status "$PRECIS_BIN" rouge "$F/peer.txt" "$TMP/none.txt")"
check no-such-vectors 3 "$(status "$PRECIS_BIN" rouge --vectors "$TMP/none.jsonl")"
check empty-peer 4 "$(status "$PRECIS_BIN" rouge "$F/empty.txt" "$F/ref1.txt")"
check empty-peer-msg 1 "$(grep -c 'peer .*empty' "$TMP/err")"
check empty-ref 4 "$(status "$PRECIS_BIN" rouge "$F/peer.txt" "$F/empty.txt")"
check malformed-vectors 4 "$(status "$PRECIS_BIN" rouge --vectors "$F/bad.jsonl")"
check malformed-msg 1 "$(grep -c 'bad.jsonl:2' "$TMP/err")"
check repeated-id 4 "$(status "$PRECIS_BIN" rouge --vectors "$F/dup.jsonl")"
check no-models 4 "$(status "$PRECIS_BIN" rouge --vectors "$F/nomodels.jsonl")"
check help 0 "$(status "$PRECIS_BIN" rouge --help)"
check one-line-error 1 "$("$PRECIS_BIN" rouge "$F/peer.txt" 2>&1 >/dev/null | wc -l | tr -d ' ')"

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
