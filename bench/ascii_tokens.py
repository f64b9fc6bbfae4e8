#!/usr/bin/env python3
"""ascii_tokens.py — how much of each MultiLing reference survives ROUGE-1.5.5's tokenization.

ROUGE-1.5.5 lower-cases and replaces every character outside A-Za-z0-9- by a space. For Greek,
Arabic, Hebrew and Hindi that deletes every letter: what remains to match is digits and the odd
Latin word, so those "multiling" (ASCII) scores measure number overlap, and the `--unicode` rows
are the quality measure for these languages (docs/EVALUATION.md). Prints, per language, the
reference words (Unicode \\w+ runs), the tokens ROUGE-1.5.5 sees, and how many of those are digits.
Usage: bench/ascii_tokens.py [SHARED_DATA_DIR]
"""
import json
import re
import sys

data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
print("| lang | reference words | ROUGE-1.5.5 tokens | share | of which digits |")
print("|---|---|---|---|---|")
for lang in ["fr", "cs", "el", "ar", "he", "hi"]:
    words = tokens = digits = 0
    with open(f"{data}/multiling2011-{lang}.jsonl", encoding="utf-8") as f:
        for line in f:
            for ref in json.loads(line)["references"]:
                words += len(re.findall(r"\w+", ref))
                ascii_tokens = re.sub(r"[^A-Za-z0-9\-]", " ", ref).split()
                tokens += len(ascii_tokens)
                digits += sum(1 for t in ascii_tokens if re.fullmatch(r"[0-9\-]+", t))
    print(f"| {lang} | {words} | {tokens} | {100 * tokens / words:.1f}% | {digits} ({100 * digits / max(tokens, 1):.0f}%) |")
