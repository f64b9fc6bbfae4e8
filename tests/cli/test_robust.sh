#!/bin/sh
# test_robust.sh — bad input through EVERY subcommand (summarize, digest, rouge, eval,
# eval-cluster): one clear line on stderr starting "precis: ", the documented exit code
# (docs/CLI.md), never a crash, a hang or a silently empty result. Complements test_errors.sh
# (summarize's usage and input errors) with the other commands, unreadable files, FIFOs, closed
# and full outputs, odd encodings, wrong JSON types and a 10,000-article stream. Every input is
# our own text or generated here, in a temporary directory.
set -u
bin=${PRECIS_BIN:?PRECIS_BIN must point to the precis binary}
src=${PRECIS_SOURCE_DIR:?PRECIS_SOURCE_DIR not set}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() {
  echo "FAIL $*"
  failures=$((failures + 1))
}

# expect CODE NAME CMD...: runs CMD (stdin from /dev/null) within 120 s; checks the exit code,
# that a failure prints exactly one "precis: " line on stderr and that a success prints something.
expect() {
  want=$1 name=$2
  shift 2
  timeout 120 "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  got=$?
  if [ "$got" -ne "$want" ]; then
    fail "$name: exit $got, want $want; stderr: $(head -c 300 "$tmp/err")"
  elif [ "$want" -ne 0 ] && { [ "$(wc -l <"$tmp/err")" -ne 1 ] || ! grep -q '^precis: ' "$tmp/err"; }; then
    fail "$name: stderr is not one 'precis: ' line: $(head -c 300 "$tmp/err")"
  elif [ "$want" -eq 0 ] && [ ! -s "$tmp/out" ]; then
    fail "$name: exit 0 with empty output"
  else
    echo "ok   $name (exit $got: $(head -c 100 "$tmp/err"))"
  fi
}

# --- inputs, all written here
good="$tmp/good.txt"
printf 'The river rose two metres overnight and flooded the lower town.\n\nOfficials said 300 homes were evacuated before dawn.\n' >"$good"
ref="$tmp/ref.txt"
printf 'The river flooded the lower town.\nThree hundred homes were evacuated.\n' >"$ref"
: >"$tmp/empty.txt"
printf '  \n\t\n' >"$tmp/blank.txt"
head -c 4096 /dev/urandom >"$tmp/random.bin"
printf '\000\001' >>"$tmp/random.bin"
cp "$bin" "$tmp/program.bin"
mkdir "$tmp/empty-dir"
printf 'Share this article\nClick here to subscribe\nhttp://example.com/x\n' >"$tmp/noise.txt"
printf '{"id":"c1","lang":"en","articles":[{"id":"a1","text":"The river rose two metres overnight' >"$tmp/truncated.jsonl"
printf '{"id":"c1","articles":{"text":"The river rose."}}\n' >"$tmp/not-array.jsonl"
printf '{"id":"c1","articles":[{"id":"a1","text":42}]}\n' >"$tmp/text-number.jsonl"
printf '{"id":"c1","articles":[{"id":"a1","title":"No text here"}]}\n' >"$tmp/no-text.jsonl"
printf '{"id":"c1","articles":[{"id":"a1","text":"Bad \377\376 byte. The river rose two metres overnight."}]}\n' >"$tmp/bad-utf8.jsonl"
printf '{"id":"c1","articles":[{"id":"a1","text":"The river rose two metres overnight."}],"references":["The river rose."]}\n' >"$tmp/cluster.jsonl"

# --- summarize: what test_errors.sh does not cover
expect 4 "summarize: articles not an array" "$bin" summarize --input-format cluster-jsonl "$tmp/not-array.jsonl"
expect 4 "summarize: text is a number" "$bin" summarize "$tmp/text-number.jsonl"
expect 4 "summarize: article without text" "$bin" summarize "$tmp/no-text.jsonl"
expect 4 "summarize: JSON null line as cluster-jsonl" sh -c "printf 'null\n' >'$tmp/null.jsonl'; '$bin' summarize --input-format cluster-jsonl '$tmp/null.jsonl'"
expect 4 "summarize: only noise lines" "$bin" summarize "$tmp/noise.txt"
expect 4 "summarize: an executable" "$bin" summarize "$tmp/program.bin"
expect 3 "summarize: stdin closed" sh -c "'$bin' summarize - <&-"
expect 4 "summarize: stdin empty" "$bin" summarize -
expect 0 "summarize: --words 1000000000" "$bin" summarize --words 1000000000 "$good"
expect 2 "summarize: --ratio 2" "$bin" summarize --ratio 2 "$good"
expect 2 "summarize: --words beyond range" "$bin" summarize --words 99999999999999999999 "$good"
expect 2 "summarize: --sentences huge" "$bin" summarize --sentences 1000000000000000000 "$good"
expect 0 "summarize: one sentence" sh -c "printf 'The river flooded the town.\n' >'$tmp/one.txt'; '$bin' summarize '$tmp/one.txt'"
printf 'The river rose two metres overnight and flooded the lower town.\r\n\r\nOfficials said 300 homes were evacuated before dawn.\r\n' >"$tmp/crlf.txt"
expect 0 "summarize: CRLF line endings" "$bin" summarize "$tmp/crlf.txt"
grep -q "$(printf '\r')" "$tmp/out" && fail "summarize: CRLF: a carriage return reached the output"
printf '\357\273\277The river rose two metres overnight and flooded the lower town.\n' >"$tmp/bom.txt"
expect 0 "summarize: UTF-8 BOM" "$bin" summarize "$tmp/bom.txt"
head -c 3 "$tmp/out" | od -An -tx1 | grep -q 'ef bb bf' && fail "summarize: BOM: the BOM reached the output"
printf 'The river rose two metres\000 overnight.\n' >"$tmp/nul.txt"
expect 4 "summarize: NUL byte in text" "$bin" summarize "$tmp/nul.txt"
{ printf 'The river rose '; head -c 200000 /dev/zero | tr '\0' 'x'; printf ' overnight. Officials said 300 homes were evacuated.\n'; } >"$tmp/long-word.txt"
expect 0 "summarize: a 200 KB word" "$bin" summarize "$tmp/long-word.txt"
iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 || fail "summarize: long word: output is not UTF-8"
printf 'The river rose \377\376 two metres overnight and flooded the lower town.\n' >"$tmp/bad-utf8.txt"
expect 0 "summarize: invalid UTF-8 in text is converted" "$bin" summarize "$tmp/bad-utf8.txt"
iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 || fail "summarize: invalid UTF-8 text: output is not UTF-8"

# A FIFO is read like a file.
if mkfifo "$tmp/fifo" 2>/dev/null; then
  (cat "$good" >"$tmp/fifo") &
  expect 0 "summarize: a FIFO" "$bin" summarize "$tmp/fifo"
  wait
fi

# Unreadable file and directory: root reads through chmod 000, so drop to nobody when we are root;
# skip the case when that is impossible.
cp "$good" "$tmp/unreadable.txt"
chmod 000 "$tmp/unreadable.txt"
mkdir "$tmp/unreadable-dir"
cp "$good" "$tmp/unreadable-dir/a.txt"
chmod 000 "$tmp/unreadable-dir"
as_user=""
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null && setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
    as_user="setpriv --reuid=nobody --regid=nogroup --clear-groups"
    chmod 755 "$tmp" # nobody must reach the files to be refused them
    cp "$bin" "$tmp/precis" && chmod 755 "$tmp/precis" && runbin="$tmp/precis"
  else
    as_user=skip
  fi
fi
if [ "$as_user" = skip ]; then
  echo "skip unreadable file (running as root without setpriv)"
else
  runbin=${runbin:-$bin}
  for cmd in summarize digest; do
    expect 3 "$cmd: unreadable file" $as_user "$runbin" $cmd "$tmp/unreadable.txt"
    expect 3 "$cmd: unreadable directory" $as_user "$runbin" $cmd "$tmp/unreadable-dir"
  done
  expect 3 "rouge: unreadable peer" $as_user "$runbin" rouge "$tmp/unreadable.txt" "$ref"
  expect 3 "eval: unreadable dataset" $as_user "$runbin" eval --dataset "$tmp/unreadable.txt"
  expect 3 "eval-cluster: unreadable gold" $as_user "$runbin" eval-cluster --gold "$tmp/unreadable.txt" --pred "$good"
fi
chmod 700 "$tmp/unreadable-dir"

# --- digest: the same input errors
expect 3 "digest: missing file" "$bin" digest "$tmp/none.txt"
expect 4 "digest: directory without articles" "$bin" digest "$tmp/empty-dir"
expect 4 "digest: empty file" "$bin" digest "$tmp/empty.txt"
expect 4 "digest: whitespace only" "$bin" digest "$tmp/blank.txt"
expect 4 "digest: binary data" "$bin" digest "$tmp/random.bin"
expect 4 "digest: truncated JSON" "$bin" digest "$tmp/truncated.jsonl"
expect 4 "digest: text is a number" "$bin" digest "$tmp/text-number.jsonl"
expect 4 "digest: invalid UTF-8 in JSON" "$bin" digest "$tmp/bad-utf8.jsonl"
expect 2 "digest: unknown --lang" "$bin" digest --lang xx-nope "$good"
expect 2 "digest: --words 0" "$bin" digest --words 0 "$good"
expect 2 "digest: unknown --format" "$bin" digest --format pdf "$good"
expect 0 "digest: CRLF and BOM" "$bin" digest "$tmp/crlf.txt" "$tmp/bom.txt"

# One 5 MB line of prose repeating a figure: grouping the facts of such a cluster once took
# quadratic time (minutes); it must stay fast.
{ printf '{"id":"a1","text":"'; yes 'The river rose two metres overnight and flooded the lower town. ' |
  head -c 5000000 | tr -d '\n'; printf '"}\n'; } >"$tmp/prose-line.jsonl"
expect 0 "summarize: a 5 MB line of prose" "$bin" summarize "$tmp/prose-line.jsonl"
expect 0 "digest: a 5 MB line of prose" "$bin" digest "$tmp/prose-line.jsonl"

# Out of memory is exit 5 with "precis: out of memory", never a crash nor "malformed JSON" (cJSON
# reports a failed allocation as a failed parse). Skipped where the binary cannot even start under
# the limit (sanitizer builds reserve terabytes of address space).
head -c 30000000 /dev/zero | tr '\0' 'a' | { printf '{"id":"c1","articles":[{"id":"a1","text":"'; cat; printf '"}]}\n'; } >"$tmp/big.jsonl"
if (ulimit -v 120000 && "$bin" --version) >/dev/null 2>&1; then
  for limit in 60000 90000 120000; do
    (ulimit -v $limit && exec "$bin" summarize "$tmp/big.jsonl") >/dev/null 2>"$tmp/err"
    code=$?
    if [ "$code" -eq 0 ] || { [ "$code" -eq 5 ] && [ "$(cat "$tmp/err")" = "precis: out of memory" ]; }; then
      echo "ok   summarize 30 MB JSON line under ulimit -v $limit (exit $code)"
    else
      fail "summarize 30 MB JSON line under ulimit -v $limit: exit $code: $(head -c 200 "$tmp/err")"
    fi
  done
else
  echo "skip out-of-memory checks (the binary does not start under ulimit -v)"
fi

# --- rouge
expect 3 "rouge: missing peer" "$bin" rouge "$tmp/none.txt" "$ref"
expect 3 "rouge: missing reference" "$bin" rouge "$good" "$tmp/none.txt"
expect 4 "rouge: empty peer" "$bin" rouge "$tmp/empty.txt" "$ref"
expect 4 "rouge: whitespace reference" "$bin" rouge "$good" "$tmp/blank.txt"
expect 4 "rouge: binary peer" "$bin" rouge "$tmp/program.bin" "$ref"
expect 4 "rouge: binary reference" "$bin" rouge "$good" "$tmp/random.bin"
expect 2 "rouge: no reference" "$bin" rouge "$good"
expect 2 "rouge: -n 0" "$bin" rouge -n 0 "$good" "$ref"
expect 2 "rouge: -l many" "$bin" rouge -l many "$good" "$ref"
expect 4 "rouge: empty vectors file" "$bin" rouge --vectors "$tmp/empty.txt"
expect 4 "rouge: binary vectors file" "$bin" rouge --vectors "$tmp/random.bin"
expect 4 "rouge: truncated vectors" "$bin" rouge --vectors "$tmp/truncated.jsonl"
expect 3 "rouge: missing vectors" "$bin" rouge --vectors "$tmp/none.jsonl"
expect 0 "rouge: CRLF peer" "$bin" rouge "$tmp/crlf.txt" "$ref"
expect 0 "rouge: peer on stdin" sh -c "'$bin' rouge - '$ref' <'$good'"

# --- eval
expect 3 "eval: missing dataset" "$bin" eval --dataset "$tmp/none.jsonl"
expect 4 "eval: empty dataset" "$bin" eval --dataset "$tmp/empty.txt"
expect 4 "eval: binary dataset" "$bin" eval --dataset "$tmp/random.bin"
expect 4 "eval: truncated dataset" "$bin" eval --dataset "$tmp/truncated.jsonl"
expect 4 "eval: articles not an array" "$bin" eval --dataset "$tmp/not-array.jsonl"
expect 2 "eval: unknown --lang" "$bin" eval --dataset "$tmp/cluster.jsonl" --lang xx
expect 2 "eval: unknown --algo" "$bin" eval --dataset "$tmp/cluster.jsonl" --algo nope
expect 2 "eval: --jobs 0" "$bin" eval --dataset "$tmp/cluster.jsonl" --jobs 0
expect 2 "eval: --words -1" "$bin" eval --dataset "$tmp/cluster.jsonl" --words -1
expect 2 "eval: no --dataset" "$bin" eval
expect 4 "eval: no summary for any cluster" "$bin" eval --dataset "$tmp/cluster.jsonl" --summaries "$tmp/empty-dir"
expect 3 "eval: --out into a missing folder" "$bin" eval --dataset "$tmp/cluster.jsonl" --out "$tmp/none/x.tsv"
expect 0 "eval: a good dataset" "$bin" eval --dataset "$tmp/cluster.jsonl"

# --- eval-cluster
printf '{"id":"a1","label":"x"}\n{"id":"a2","label":"y"}\n' >"$tmp/gold.jsonl"
printf 'a1\tc1\na2\tc2\n' >"$tmp/pred.tsv"
expect 3 "eval-cluster: missing gold" "$bin" eval-cluster --gold "$tmp/none.jsonl" --pred "$tmp/pred.tsv"
expect 3 "eval-cluster: missing prediction" "$bin" eval-cluster --gold "$tmp/gold.jsonl" --pred "$tmp/none.tsv"
expect 4 "eval-cluster: empty gold" "$bin" eval-cluster --gold "$tmp/empty.txt" --pred "$tmp/pred.tsv"
expect 4 "eval-cluster: binary gold" "$bin" eval-cluster --gold "$tmp/random.bin" --pred "$tmp/pred.tsv"
expect 4 "eval-cluster: binary prediction" "$bin" eval-cluster --gold "$tmp/gold.jsonl" --pred "$tmp/random.bin"
expect 4 "eval-cluster: empty prediction" "$bin" eval-cluster --gold "$tmp/gold.jsonl" --pred "$tmp/empty.txt"
expect 2 "eval-cluster: unknown --format" "$bin" eval-cluster --gold "$tmp/gold.jsonl" --pred "$tmp/pred.tsv" --format x
expect 0 "eval-cluster: good input" "$bin" eval-cluster --gold "$tmp/gold.jsonl" --pred "$tmp/pred.tsv"

# --- output that cannot be written: a full device is an I/O error (3) with a message ...
if [ -w /dev/full ]; then
  expect 3 "summarize > /dev/full" sh -c "'$bin' summarize '$good' >/dev/full"
  expect 3 "digest > /dev/full" sh -c "'$bin' digest '$good' >/dev/full"
  expect 3 "rouge > /dev/full" sh -c "'$bin' rouge '$good' '$ref' >/dev/full"
  expect 3 "eval > /dev/full" sh -c "'$bin' eval --dataset '$tmp/cluster.jsonl' >/dev/full"
  expect 3 "eval-cluster > /dev/full" sh -c "'$bin' eval-cluster --gold '$tmp/gold.jsonl' --pred '$tmp/pred.tsv' >/dev/full"
fi
expect 3 "summarize with stdout closed" sh -c "'$bin' summarize '$good' >&-"

# ... while a reader that goes away (`| head`) ends precis quietly, even when the parent ignores
# SIGPIPE (then every write would fail with EPIPE).
# The 200 KB word makes an output larger than a pipe buffer (64 KB), so the writer meets the
# closed pipe.
for cmd in summarize digest; do
  for sigpipe in default ignored; do
    if [ $sigpipe = ignored ]; then trap '' PIPE; fi
    "$bin" $cmd "$tmp/long-word.txt" 2>"$tmp/err" | head -c 10 >/dev/null
    trap - PIPE
    if [ -s "$tmp/err" ]; then
      fail "$cmd | head (SIGPIPE $sigpipe): printed: $(head -c 200 "$tmp/err")"
    else
      echo "ok   $cmd | head -c 10 (SIGPIPE $sigpipe): silent"
    fi
  done
done

# --- a 10,000-article article-JSONL stream (synthetic): bounded time and memory.
awk 'BEGIN {
  srand(7);
  split("river town council storm bridge ferry minister budget school hospital harbour police", noun, " ");
  split("rose closed opened flooded approved delayed reported reopened", verb, " ");
  for (i = 1; i <= 10000; i++) {
    text = "";
    for (s = 0; s < 6; s++)
      text = text sprintf("The %s %s on day %d after %d people %s the %s. ", noun[int(rand()*12)+1],
                          verb[int(rand()*8)+1], int(rand()*28)+1, int(rand()*900)+10,
                          verb[int(rand()*8)+1], noun[int(rand()*12)+1]);
    printf "{\"id\":\"a%d\",\"lang\":\"en\",\"source\":\"outlet%d\",\"text\":\"%s\"}\n", i, i % 40, text;
  }
}' >"$tmp/10k.jsonl"
for cmd in summarize digest; do
  input="$tmp/10k.jsonl"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$tmp/usage" timeout 300 "$bin" $cmd --input-format article-jsonl "$input" >"$tmp/out" 2>"$tmp/err"
  else
    timeout 300 "$bin" $cmd --input-format article-jsonl "$input" >"$tmp/out" 2>"$tmp/err"
    echo "? ?" >"$tmp/usage"
  fi
  code=$?
  read -r secs kb <"$tmp/usage" || true
  if [ "$code" -ne 0 ] || [ ! -s "$tmp/out" ]; then
    fail "$cmd $(wc -l <"$input") articles: exit $code: $(head -c 200 "$tmp/err")"
  elif [ "$kb" != "?" ] && [ "$kb" -gt 3000000 ]; then
    fail "$cmd $(wc -l <"$input") articles: peak RSS $kb KB (> 3 GB)"
  else
    echo "ok   $cmd $(wc -l <"$input") articles ($secs s, peak $kb KB)"
  fi
done

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
