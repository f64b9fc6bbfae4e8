#!/usr/bin/env python3
"""picks_diff.py — where two algorithms differ: the sentences only one of them picks, and how many
reference word bigrams those sentences match (Unicode words, lower-cased; an approximation of
ROUGE-2 with the --unicode tokenization, for reading, not for reporting scores).

Usage: bench/picks_diff.py DATASET.jsonl ALGO_A ALGO_B [WORDS] [PRECIS_BIN]
Prints each differing sentence (A+ = only A picks it, B+ = only B) and the totals.
"""
import json
import re
import subprocess
import sys

dataset, algo_a, algo_b = sys.argv[1:4]
words = sys.argv[4] if len(sys.argv) > 4 else "250"
binary = sys.argv[5] if len(sys.argv) > 5 else "build/precis"


def tokens(text):
    return re.findall(r"\w+", text.lower())


def picks(algo, line):
    out = subprocess.run([binary, "summarize", "--algo", algo, "--words", words, "--input-format", "cluster-jsonl",
                          "--format", "json", "--explain", "-"], input=line.encode(), capture_output=True, check=True)
    return json.loads(out.stdout)["sentences"]


totals = {"A": [0, 0, 0], "B": [0, 0, 0]}  # sentences, words, matched bigrams
with open(dataset, encoding="utf-8") as f:
    for line in f:
        cluster = json.loads(line)
        ref_bigrams = set()
        for ref in cluster["references"]:
            t = tokens(ref)
            ref_bigrams |= set(zip(t, t[1:]))
        a, b = picks(algo_a, line), picks(algo_b, line)
        for side, mine, other in (("A", a, b), ("B", b, a)):
            theirs = {s["text"] for s in other}
            for s in mine:
                if s["text"] in theirs:
                    continue
                t = tokens(s["text"])
                hits = sum(1 for g in zip(t, t[1:]) if g in ref_bigrams)
                totals[side][0] += 1
                totals[side][1] += len(t)
                totals[side][2] += hits
                print(f"{cluster['id']} {side}+ position {s['features']['position']} words {len(t)} "
                      f"matched {hits}: {s['text'][:100]}")
for side, algo in (("A", algo_a), ("B", algo_b)):
    n, w, h = totals[side]
    print(f"only {algo}: {n} sentences, {w} words, {h} reference bigrams matched ({h / max(w, 1):.3f} per word)")
