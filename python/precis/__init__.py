"""precis: news articles in; summaries with provenance, event digests and ROUGE out.

A thin layer over libprecis (the C library behind the `precis` command): the work runs in C
with the GIL released, so threads summarize in parallel. Articles are given as str (the text)
or dicts with "text" and any of "id", "title", "date", "source", "url", "lang".

    import precis
    s = precis.summarize([{"id": "a", "text": "..."}, {"id": "b", "text": "..."}], words=60)
    for sent in s["sentences"]:
        print(sent["text"], sent["sources"])
    page = precis.digest(articles)                # dict: the JSON schema of docs/DIGEST.md
    html = precis.digest(articles, format="html")  # one self-contained page
    precis.rouge(peer, [ref1, ref2], flags="-n 2 -2 4 -u -m -l 100")["ROUGE-2"]["recall"]

Failures raise precis.Error(message, status), the status being the CLI's exit code
(2 usage, 4 unusable input, ...).
"""
import json

from ._precis import Error, version
from . import _precis

__all__ = ["Error", "summarize", "digest", "rouge", "version"]
__version__ = version()


def summarize(articles, words=100, sentences=0, algo=None, lang=None, format="json"):
    """The summary of one cluster: a dict in the JSON schema of docs/FORMATS.md, or the text or
    Markdown rendering as a str with format="text" / "md". Budget: `words`, or `sentences` when
    given. `algo` is one of the library's algorithms (default: its default)."""
    out = _precis.summarize(articles, words, sentences, algo, lang, format)
    return json.loads(out) if format == "json" else out


def digest(articles, words=100, sentences=0, algo=None, lang=None, format="json"):
    """The event page of one cluster: a dict in the JSON schema of docs/DIGEST.md, or Markdown
    or a self-contained HTML page as a str with format="md" / "html"."""
    out = _precis.digest(articles, words, sentences, algo, lang, format)
    return json.loads(out) if format == "json" else out


def rouge(peer, references, flags="-n 2", unicode=False):
    """ROUGE of `peer` against `references` (each one sentence per line), every value as
    ROUGE-1.5.5 computes it with the same `flags`: {"ROUGE-1": {"recall", "precision", "f"}, ...}."""
    return _precis.rouge(peer, list(references), flags, unicode)
