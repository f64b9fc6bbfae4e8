"""Tests of the Python module over the public API: each function on texts we write, errors as
precis.Error with the CLI's status codes, the same bytes as the `precis` command, threads, and
ROUGE against the shared ROUGE-1.5.5 test vectors where ../shared/data is present."""
import concurrent.futures
import json
import os
import subprocess
import unittest

import precis

SOURCE = os.environ.get("PRECIS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.environ.get("PRECIS_SHARED_DATA", os.path.join(SOURCE, "..", "shared", "data"))
EXAMPLE = os.path.join(SOURCE, "examples", "caspian-flood")


def example_articles():
    out = []
    for name in sorted(os.listdir(EXAMPLE)):
        with open(os.path.join(EXAMPLE, name), encoding="utf-8") as f:
            out.append({"id": name, "text": f.read()})
    return out


FLOOD = [
    "Floodwater cut the coastal road near Marrow Bay on Tuesday. Rescue teams moved two hundred "
    "families to the school in Alder. The mayor, Ilse Varga, said the water would crest at night.",
    "Two hundred families left their homes in Marrow Bay as the river rose on Tuesday. "
    "\"We expect the crest tonight,\" Mayor Ilse Varga told reporters in Alder.",
]


class Summarize(unittest.TestCase):
    def test_dict_in_the_json_schema(self):
        s = precis.summarize(FLOOD, words=30)
        self.assertEqual(s["algo"], "salience")
        self.assertTrue(s["sentences"])
        for sent in s["sentences"]:
            self.assertLess(sent["start"], sent["end"])
            self.assertTrue(sent["sources"])
        words = sum(len(x["text"].split()) for x in s["sentences"])
        self.assertLessEqual(words, 30)

    def test_same_as_the_command(self):
        bin_ = os.environ.get("PRECIS_BIN")
        if not bin_:
            self.skipTest("PRECIS_BIN not set")
        cli = subprocess.run([bin_, "summarize", "--words", "60", EXAMPLE], capture_output=True,
                             text=True, check=True).stdout
        ours = precis.summarize(example_articles(), words=60, format="text")
        self.assertEqual([l for l in ours.splitlines() if l], [l for l in cli.splitlines() if l])

    def test_budget_in_sentences_and_algorithms(self):
        self.assertEqual(len(precis.summarize(FLOOD, sentences=1)["sentences"]), 1)
        self.assertEqual(precis.summarize(FLOOD, algo="lead")["algo"], "lead")

    def test_errors_carry_message_and_status(self):
        with self.assertRaises(precis.Error) as e:
            precis.summarize(["   "])
        self.assertEqual(e.exception.args[1], 4)
        self.assertIn("prose", e.exception.args[0])
        with self.assertRaises(precis.Error) as e:
            precis.summarize(FLOOD, algo="nonesuch")
        self.assertEqual(e.exception.args[1], 2)
        with self.assertRaises(precis.Error) as e:
            precis.summarize(FLOOD, words=0)
        self.assertEqual(e.exception.args[1], 2)
        with self.assertRaises(TypeError):
            precis.summarize([42])
        with self.assertRaises(ValueError):
            precis.summarize([{"id": "x"}])
        with self.assertRaises(ValueError):
            precis.summarize(FLOOD, format="pdf")

    def test_threads_give_the_same_result(self):
        arts = example_articles()
        want = json.dumps(precis.summarize(arts, words=80), sort_keys=True)
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            got = list(pool.map(lambda _: json.dumps(precis.summarize(arts, words=80), sort_keys=True),
                                range(8)))
        self.assertEqual(got, [want] * 8)


class Digest(unittest.TestCase):
    def test_json_md_html(self):
        d = precis.digest(example_articles())
        for key in ("headline", "summary", "facts", "quotes", "timeline", "entities", "sources"):
            self.assertIn(key, d)
        self.assertTrue(d["facts"])
        self.assertTrue(precis.digest(FLOOD, format="md").startswith("#"))
        page = precis.digest(FLOOD, format="html")
        self.assertTrue(page.lstrip().lower().startswith("<!doctype html"))


class Rouge(unittest.TestCase):
    def test_known_values(self):
        r = precis.rouge("the cat sat on the mat", ["the cat was on the mat"], flags="-n 2")
        self.assertAlmostEqual(r["ROUGE-1"]["recall"], 5 / 6)
        self.assertAlmostEqual(r["ROUGE-2"]["recall"], 3 / 5)
        self.assertIn("ROUGE-L", r)

    def test_bad_flags_and_no_reference(self):
        with self.assertRaises(precis.Error) as e:
            precis.rouge("a b", ["a b"], flags="-n 99")
        self.assertEqual(e.exception.args[1], 2)
        with self.assertRaises(precis.Error):
            precis.rouge("a b", [])

    def test_agrees_with_rouge_155_vectors(self):
        vectors = os.path.join(SHARED, "rouge-vectors")
        if not os.path.exists(os.path.join(vectors, "items.jsonl")):
            self.skipTest(f"{vectors} absent")
        with open(os.path.join(vectors, "configs.tsv")) as f:
            configs = dict(line.rstrip("\n").split("\t", 1) for line in f if "\t" in line)
        flags = configs["duc-100w-stem"]
        expected = {}
        with open(os.path.join(vectors, "expected-duc-100w-stem.tsv")) as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if len(p) == 5 and p[0] != "id":
                    expected[(p[0], p[1])] = tuple(float(x) for x in p[2:])
        checked = 0
        with open(os.path.join(vectors, "items.jsonl")) as f:
            for line in list(f)[:100]:
                it = json.loads(line)
                for metric, score in precis.rouge(it["peer"], it["models"], flags=flags).items():
                    want = expected.get((str(it["id"]), metric))
                    if want is None:
                        continue
                    got = (score["recall"], score["precision"], score["f"])
                    for g, w in zip(got, want):
                        self.assertAlmostEqual(g, w, delta=5e-6, msg=f"{it['id']} {metric}")
                    checked += 1
        self.assertGreaterEqual(checked, 300)

if __name__ == "__main__":
    unittest.main()
