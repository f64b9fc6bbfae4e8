#!/bin/sh
# test_eval.sh — `precis eval` and `precis eval-cluster` on small inputs written for the tests,
# with the expected numbers worked out by hand:
# - eval-cluster, gold {a1,a2}=storm {a3,a4,a5}=budget, predicted {a1,a2,a3}=x {a4,a5}=y:
#   contingency x: storm 2, budget 1; y: budget 2.
#   B-cubed P = (4/3 + 1/3 + 4/2)/5 = 11/15 = 0.73333, R = (4/2 + 1/3 + 4/3)/5 = 0.73333, F1 same.
#   ARI: index = 1 + 0 + 1 = 2; sum C(|c|,2) = 3 + 1 = 4; sum C(|l|,2) = 1 + 3 = 4; C(5,2) = 10;
#   expected 1.6, max 4 -> (2 - 1.6) / (4 - 1.6) = 0.16667.
# - eval with given summaries, duc protocol (recall, -m -l 100):
#   c1: reference 20 tokens, 18 matched -> R1 0.90000; c2: 17 tokens, 12 matched -> 0.70588;
#   mean 0.80294.
set -u
: "${PRECIS_BIN:?PRECIS_BIN not set}"
: "${PRECIS_SOURCE_DIR:?PRECIS_SOURCE_DIR not set}"
F="$PRECIS_SOURCE_DIR/tests/fixtures/eval"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
pass=0
check() {
  if [ "$2" = "$3" ]; then pass=$((pass + 1)); else echo "FAIL $1: expected [$2] got [$3]"; fails=$((fails + 1)); fi
}
status() {
  "$@" >"$TMP/out" 2>"$TMP/err"
  echo $?
}

# ---- eval-cluster
out=$("$PRECIS_BIN" eval-cluster --gold "$F/gold.jsonl" --pred "$F/pred.tsv")
check bcubed-p "0.73333" "$(echo "$out" | awk '$1=="bcubed_precision"{print $2}')"
check bcubed-r "0.73333" "$(echo "$out" | awk '$1=="bcubed_recall"{print $2}')"
check bcubed-f "0.73333" "$(echo "$out" | awk '$1=="bcubed_f1"{print $2}')"
check ari "0.16667" "$(echo "$out" | awk '$1=="ari"{print $2}')"
check perfect-json '{"articles":5,"predicted_clusters":2,"gold_events":2,"bcubed_precision":1.00000,"bcubed_recall":1.00000,"bcubed_f1":1.00000,"ari":1.00000}' \
  "$("$PRECIS_BIN" eval-cluster --gold "$F/gold.jsonl" --pred "$F/pred-perfect.tsv" --format json)"
check ec-missing 4 "$(status "$PRECIS_BIN" eval-cluster --gold "$F/gold.jsonl" --pred "$F/pred-missing.tsv")"
check ec-unknown 4 "$(status "$PRECIS_BIN" eval-cluster --gold "$F/gold.jsonl" --pred "$F/pred-unknown.tsv")"
check ec-notab 4 "$(status "$PRECIS_BIN" eval-cluster --gold "$F/gold.jsonl" --pred "$F/pred-notab.tsv")"
check ec-nofile 3 "$(status "$PRECIS_BIN" eval-cluster --gold "$TMP/none.jsonl" --pred "$F/pred.tsv")"
check ec-usage 2 "$(status "$PRECIS_BIN" eval-cluster --gold "$F/gold.jsonl")"

# ---- eval with given summaries (JSONL and folder give the same numbers)
out=$("$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --summaries "$F/summaries.jsonl" --protocol duc)
check eval-r1 "0.80294" "$(echo "$out" | awk '$1=="ROUGE-1"{print $2}')"
check eval-count "clusters 2 evaluated, 0 failed;" "$(echo "$out" | grep -o 'clusters [0-9]* evaluated, [0-9]* failed;')"
out2=$("$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --summaries "$F/summaries" --protocol duc)
check eval-folder "$(echo "$out" | head -6)" "$(echo "$out2" | head -6)"
"$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --summaries "$F/summaries.jsonl" --protocol duc --out "$TMP/per.tsv" >/dev/null
check eval-tsv-c2 "c2	ok" "$(grep '^c2' "$TMP/per.tsv" | cut -f1,2)"
check eval-tsv-c2-r1 "0.70588" "$(grep '^c2' "$TMP/per.tsv" | cut -f4)"
"$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --summaries "$F/summaries.jsonl" --out "$TMP/per.json" >/dev/null
check eval-json 1 "$(grep -c '"per_cluster":\[{"id":"c1"' "$TMP/per.json")"

# ---- eval with precis's own summaries: identical for any number of threads
if "$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --algo lead --jobs 1 --out "$TMP/j1.tsv" >"$TMP/j1.txt" 2>"$TMP/err"; then
  "$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --algo lead --jobs 2 --out "$TMP/j2.tsv" >"$TMP/j2.txt"
  check jobs-same "$(head -6 "$TMP/j1.txt")" "$(head -6 "$TMP/j2.txt")"
  check jobs-same-tsv "$(cut -f1,2,4- "$TMP/j1.tsv")" "$(cut -f1,2,4- "$TMP/j2.tsv")"
  # the tail of the per-cluster time is reported (a time-bounded algorithm is judged by it)
  check eval-time-tail 1 "$(grep -c 's per cluster (median [0-9.]* ms, 99th percentile [0-9.]* ms)' "$TMP/j1.txt")"
else
  echo "FAIL eval --algo lead: $(cat "$TMP/err")"
  fails=$((fails + 1))
fi

# ---- --against: an algorithm against itself differs by exactly 0 on every cluster (all ties);
# against another, the wins, ties and losses add up to the clusters
out=$("$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --algo lead --against lead)
check against-self "+0.00000 [+0.00000, +0.00000] 0/2/0" \
  "$(echo "$out" | awk '/^paired/{p=1} p && $1=="ROUGE-2"{print $2, $3, $4, $5}')"
out=$("$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --algo salience --against random)
check against-count 2 "$(echo "$out" | awk '/^paired/{p=1} p && $1=="ROUGE-1"{split($5, w, "/"); print w[1] + w[2] + w[3]}')"
check against-unknown 2 "$(status "$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --against nosuch)"

# ---- errors
check eval-no-dataset 2 "$(status "$PRECIS_BIN" eval --protocol duc)"
check eval-bad-protocol 2 "$(status "$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --protocol tac)"
check eval-bad-flags 2 "$(status "$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --rouge-flags "-n 0")"
check eval-bad-algo 2 "$(status "$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --algo nosuch)"
check eval-no-file 3 "$(status "$PRECIS_BIN" eval --dataset "$TMP/none.jsonl")"
check eval-stray-id 4 "$(status "$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --summaries "$F/summaries-stray.jsonl")"
check eval-stray-msg 1 "$(grep -c "id 'c7' is no cluster" "$TMP/err")"
check eval-malformed 4 "$(status "$PRECIS_BIN" eval --dataset "$F/clusters.jsonl" --summaries "$F/gold.jsonl")"

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
