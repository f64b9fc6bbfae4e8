/* precis.h — the public API of libprecis: multi-document news summarization with provenance.
 *
 * precis reads several news articles about one event ("a cluster"), drops what is not article
 * prose (link lines, captions, footers...), splits the prose into sentences and selects a short
 * extractive summary in which every sentence is traced to the articles that carry it.
 *
 * A whole program (tests/cli/test_install.sh builds it against the installed library with
 * `cc example.c $(pkg-config --cflags --libs precis)`): it prints a 100-word summary of each
 * cluster in the files named on its command line.
 *
 *     #include <precis.h>
 *     #include <stdio.h>
 *     #include <stdlib.h>
 *
 *     int main(int argc, char **argv) {
 *       precis_error err;
 *       precis_options *opt = precis_options_new();
 *       precis_options_set_budget(opt, PRECIS_BUDGET_WORDS, 100, &err);
 *       precis_reader *rd = precis_reader_open((const char *const *)argv + 1, (size_t)argc - 1,
 *                                              NULL, &err);
 *       if (!rd) {
 *         fprintf(stderr, "%s\n", err.message);
 *         return err.status;
 *       }
 *       precis_corpus *c;
 *       while (precis_reader_next(rd, &c, &err) == 1) {
 *         precis_summary *s = precis_summarize(c, opt, &err);
 *         char *text = s ? precis_render_summary(s, c, PRECIS_FORMAT_TEXT, 0, NULL) : NULL;
 *         if (text) fputs(text, stdout);
 *         free(text);
 *         precis_summary_free(s);
 *         precis_corpus_free(c);
 *       }
 *       precis_reader_free(rd);
 *       precis_options_free(opt);
 *       return 0;
 *     }
 *
 * Conventions:
 * - Every object is opaque and comes with a `_new`/`_free` pair (or `_open`/`_free`).
 * - Calls that can fail take a `precis_error *` (may be NULL) and return a status or NULL; the
 *   message is one line, fit to print as is.
 * - All text in and out is UTF-8. Byte offsets refer to an article's *cleaned* text.
 * - No global mutable state: separate objects may be used from separate threads. One process-wide
 *   setting is made once: cJSON's allocator is pointed at precis's (so that running out of memory
 *   while parsing JSON is reported as such, exit 5, not as malformed input). A host program that
 *   uses cJSON itself gets the same allocator.
 * - Out of memory is fatal: the library prints "precis: out of memory" and exits with status 5.
 * - Output is deterministic: the same input gives the same bytes, in any locale.
 */
#ifndef PRECIS_H
#define PRECIS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* PRECIS_VERSION_STRING and its parts, generated from the project version in CMakeLists.txt. */
#include "precis_version.h"

/* Marks what the shared library exports: it is built with hidden visibility, so everything else
 * (the stages' internal functions) stays inside it and cannot collide with a host's symbols. */
#if defined(__GNUC__) || defined(__clang__)
#define PRECIS_API __attribute__((visibility("default")))
#else
#define PRECIS_API
#endif

/* The library's version, "MAJOR.MINOR.PATCH": the same as PRECIS_VERSION_STRING unless the
 * program was compiled against another release's header. */
PRECIS_API const char *precis_version(void);

/* ---- errors ---------------------------------------------------------------------------------- */

/* Status codes; the CLI uses them as exit codes (docs/CLI.md). */
typedef enum precis_status {
  PRECIS_OK = 0,
  PRECIS_PARTIAL = 1,      /* done, but some input records were skipped (--skip-bad) */
  PRECIS_ERR_USAGE = 2,    /* bad option, argument or budget; unknown language or algorithm */
  PRECIS_ERR_IO = 3,       /* a file or directory cannot be opened or read */
  PRECIS_ERR_INPUT = 4,    /* input unusable: empty, binary, undecodable, malformed JSON, no prose */
  PRECIS_ERR_NOMEM = 5,    /* out of memory */
  PRECIS_ERR_INTERNAL = 6  /* a bug: please report it */
} precis_status;

typedef struct precis_error {
  precis_status status;
  char message[512];
} precis_error;

/* ---- options --------------------------------------------------------------------------------- */

typedef struct precis_options precis_options;

typedef enum precis_budget_unit {
  PRECIS_BUDGET_WORDS,     /* at most N words (default: 100) */
  PRECIS_BUDGET_SENTENCES, /* at most N sentences */
  PRECIS_BUDGET_RATIO,     /* at most this fraction (0..1] of the cluster's distinct words (the
                              words of its sentences, each near-duplicate group counted once) */
  PRECIS_BUDGET_BYTES      /* at most N bytes of summary text (sentences joined by one space) */
} precis_budget_unit;

typedef enum precis_order {
  PRECIS_ORDER_CHRONO, /* articles by date (undated last, then input order), sentences in text order;
                          a sentence several articles carry sits at its chronologically first copy */
  PRECIS_ORDER_RANK    /* by descending score */
} precis_order;

PRECIS_API precis_options *precis_options_new(void);
PRECIS_API void precis_options_free(precis_options *opt);
/* A budget of 0, a negative one, or a ratio above 1 is PRECIS_ERR_USAGE. */
PRECIS_API precis_status precis_options_set_budget(precis_options *opt, precis_budget_unit unit,
                                                   double amount, precis_error *err);
/* Algorithm by name (see precis_algorithms); unknown names are PRECIS_ERR_USAGE. */
PRECIS_API precis_status precis_options_set_algo(precis_options *opt, const char *name,
                                                 precis_error *err);
/* "auto" (default: identified per article) or an ISO 639-1 code precis knows. */
PRECIS_API precis_status precis_options_set_lang(precis_options *opt, const char *code,
                                                 precis_error *err);
PRECIS_API void precis_options_set_order(precis_options *opt, precis_order order);
/* Seed for the `random` baseline (default 1). */
PRECIS_API void precis_options_set_seed(precis_options *opt, unsigned long seed);
/* Sentence compression (default 0, off): 1 cuts parentheticals, short attribution tails
 * (", officials said.") and leading connectives ("However, ") from the sentences, conservatively
 * (docs/ALGORITHMS.md, "Compression"). Word and byte budgets then count what remains, so more
 * content fits; each summary sentence lists the byte ranges cut (precis_summary_sentence). */
PRECIS_API void precis_options_set_compress(precis_options *opt, int on);
/* NULL-terminated list of algorithm names; the first is the default. */
PRECIS_API const char *const *precis_algorithms(void);
/* NULL-terminated list of the ISO 639-1 codes with stemming/stopwords/sentence rules. */
PRECIS_API const char *const *precis_languages(void);

/* ---- corpus: one cluster of articles --------------------------------------------------------- */

typedef struct precis_corpus precis_corpus;

/* One article as given. Every field but `text` may be NULL; `text` must be valid UTF-8. */
typedef struct precis_article_in {
  const char *id, *title, *date, *source, *url, *lang;
  const char *text;
  size_t len;
} precis_article_in;

/* An article as precis understood it (after cleaning). Strings are owned by the corpus. */
typedef struct precis_article_info {
  const char *id, *title, *date, *source, *url, *lang; /* "" when unknown; date is YYYY-MM-DD */
  const char *text;     /* cleaned prose; offsets in summaries refer to this */
  size_t len;
  size_t nsentences;
  size_t nremoved;      /* lines removed as non-prose; see precis_corpus_removed */
} precis_article_info;

PRECIS_API precis_corpus *precis_corpus_new(const char *id);
PRECIS_API void precis_corpus_free(precis_corpus *c);
/* Copies, cleans and segments the article. PRECIS_ERR_INPUT for invalid UTF-8. */
PRECIS_API precis_status precis_corpus_add(precis_corpus *c, const precis_article_in *a,
                                           precis_error *err);
/* Adds a human reference summary (kept for evaluation). */
PRECIS_API void precis_corpus_add_reference(precis_corpus *c, const char *text, size_t len);
PRECIS_API const char *precis_corpus_id(const precis_corpus *c);
PRECIS_API size_t precis_corpus_count(const precis_corpus *c);
PRECIS_API size_t precis_corpus_reference_count(const precis_corpus *c);
PRECIS_API const char *precis_corpus_reference(const precis_corpus *c, size_t i);
/* Fills *info for article i (< count); returns 0 when i is out of range. */
PRECIS_API int precis_corpus_article(const precis_corpus *c, size_t i, precis_article_info *info);
/* Line k (< info.nremoved) removed from article i while cleaning: its text and the reason. */
PRECIS_API int precis_corpus_removed(const precis_corpus *c, size_t i, size_t k, const char **line,
                                     size_t *len, const char **reason);

/* ---- reading inputs -------------------------------------------------------------------------- */

typedef enum precis_input_format {
  PRECIS_INPUT_AUTO,          /* by content: JSON lines vs. plain text, `|||||` for Multi-News */
  PRECIS_INPUT_TEXT,          /* one article per file; files and directories make one cluster */
  PRECIS_INPUT_CLUSTER_JSONL, /* {"id","lang","articles":[...],"references":[...]} per line */
  PRECIS_INPUT_ARTICLE_JSONL, /* {"id","lang","title","date","source","url","text"} per line: one cluster */
  PRECIS_INPUT_MULTINEWS,     /* one cluster per line, documents separated by `|||||` */
  PRECIS_INPUT_WCEP           /* {"id","date","summary","articles":[{"title","text","time","url"}]} */
} precis_input_format;

typedef struct precis_read_options {
  precis_input_format format;
  int skip_bad;          /* skip malformed JSONL lines (counted) instead of failing */
  const char *lang;      /* NULL or "auto", or a code applied to every article */
} precis_read_options;

typedef struct precis_reader precis_reader;

/* Inputs are file paths, directory paths (files inside, sorted by name) or "-" for stdin. */
PRECIS_API precis_reader *precis_reader_open(const char *const *inputs, size_t n,
                                             const precis_read_options *opt, precis_error *err);
/* 1 and a new corpus (caller frees), 0 at the end, -1 on error (err filled). */
PRECIS_API int precis_reader_next(precis_reader *r, precis_corpus **out, precis_error *err);
PRECIS_API size_t precis_reader_skipped(const precis_reader *r);
PRECIS_API void precis_reader_free(precis_reader *r);

/* ---- summaries ------------------------------------------------------------------------------- */

typedef struct precis_summary precis_summary;

typedef struct precis_summary_sentence {
  const char *text;      /* the sentence, as in the cleaned article text (see `removed`) */
  size_t len;
  size_t article;        /* index of the article it was taken from */
  size_t start, end;     /* byte offsets in that article's cleaned text */
  double score;          /* the algorithm's salience score */
  size_t nsources;       /* articles carrying this sentence or a near-duplicate of it */
  const size_t *sources; /* their indexes, ascending (includes `article`) */
  /* With compression: the byte ranges cut from the sentence, as nremoved pairs [from, to) in
   * removed[2k], removed[2k+1], relative to `start`, ascending. `text` is then what remains,
   * joined as is, with its first letter capitalized when the first range starts at 0; `start`
   * and `end` still delimit the whole source sentence. 0 and NULL otherwise. */
  size_t nremoved;
  const size_t *removed;
} precis_summary_sentence;

/* Selects sentences under the budget (never exceeded; see docs/ALGORITHMS.md). The summary owns
 * copies of its texts; render it with the corpus it came from. NULL on error: PRECIS_ERR_INPUT
 * when the corpus has no articles or no prose, PRECIS_ERR_USAGE when a byte budget is too small
 * for any text. The corpus derives its statistics on first use, so one corpus must not be
 * summarized from two threads at once (separate corpora may). */
PRECIS_API precis_summary *precis_summarize(precis_corpus *c, const precis_options *opt,
                                            precis_error *err);
PRECIS_API size_t precis_summary_count(const precis_summary *s);
PRECIS_API const precis_summary_sentence *precis_summary_get(const precis_summary *s, size_t i);
PRECIS_API const char *precis_summary_algo(const precis_summary *s);
PRECIS_API void precis_summary_free(precis_summary *s);

/* HTML is the digest's page only; a summary asked for HTML is rendered as text. */
typedef enum precis_format {
  PRECIS_FORMAT_TEXT,
  PRECIS_FORMAT_MD,
  PRECIS_FORMAT_JSON,
  PRECIS_FORMAT_HTML
} precis_format;

/* Renders the summary: text is one sentence per line; JSON is one object on one line, ending
 * with a newline (schema: docs/FORMATS.md). `explain` adds scores, sentence features and the
 * removed lines (md and JSON). Returns malloc'd text (caller frees). */
PRECIS_API char *precis_render_summary(const precis_summary *s, const precis_corpus *c,
                                       precis_format fmt, int explain, size_t *len);

/* Simplest use: text holding one article (or several separated by lines of `|||||`), summary as
 * plain text (malloc'd), NULL on error. Text with NUL bytes, invalid UTF-8 or no prose is
 * PRECIS_ERR_INPUT. */
PRECIS_API char *precis_summarize_text(const char *text, size_t len, const precis_options *opt,
                                       precis_error *err);

/* ---- digest: the event page ------------------------------------------------------------------
 *
 * What `precis digest` prints: headline, the summary with citations, sources, numeric facts
 * grouped by quantity with their claimants (disagreements flagged), quotes and reported speech by
 * speaker, a timeline and the entities most mentioned (docs/DIGEST.md; JSON schema there).
 * Cost: linear in the corpus's sentences for each analysis. */

typedef struct precis_digest precis_digest;

/* Analyzes the corpus; `summary` (may be NULL: a page without a summary) is the one its sentences
 * cite, from precis_summarize on the same corpus, and must outlive the digest, as must the corpus.
 * Never NULL but out of memory. */
PRECIS_API precis_digest *precis_digest_new(const precis_corpus *c, const precis_summary *summary,
                                            precis_error *err);
/* PRECIS_FORMAT_MD (TEXT reads as MD), _JSON (one object on one line, ending in a newline) or
 * _HTML (one self-contained page). Malloc'd (caller frees). */
PRECIS_API char *precis_digest_render(const precis_digest *d, precis_format fmt, size_t *len);
PRECIS_API void precis_digest_free(precis_digest *d);

/* ---- ROUGE, as ROUGE-1.5.5 computes it ---------------------------------------------------------
 *
 * Every value agrees with the official Perl script to the printed digit (docs/EVALUATION.md),
 * flags spelled as it spells them. A scorer caches token ids: one per thread. */

typedef struct precis_rouge precis_rouge;

#define PRECIS_ROUGE_MAX_METRICS 11
typedef struct precis_rouge_metric {
  char name[16];               /* as ROUGE-1.5.5 prints it: "ROUGE-1", "ROUGE-L", "ROUGE-SU4" */
  double recall, precision, f;
} precis_rouge_metric;

/* `flags`: ROUGE-1.5.5's ("-n 2 -2 4 -u -m -l 100"; NULL or "" = ROUGE-1 and ROUGE-L);
 * `unicode`: Unicode word boundaries after NFKC case folding instead of ROUGE-1.5.5's ASCII rule
 * (not comparable with published numbers). PRECIS_ERR_USAGE for a bad flag, PRECIS_ERR_IO when
 * -s or -m cannot find their word lists. */
PRECIS_API precis_rouge *precis_rouge_new(const char *flags, int unicode, precis_error *err);
/* Scores `peer` against `nrefs` (>= 1) references, every text one sentence per line; fills
 * out[0 .. *count) in ROUGE-1.5.5's order. */
PRECIS_API precis_status precis_rouge_score(precis_rouge *r, const char *peer,
                                            const char *const *refs, size_t nrefs,
                                            precis_rouge_metric out[PRECIS_ROUGE_MAX_METRICS],
                                            size_t *count, precis_error *err);
PRECIS_API void precis_rouge_free(precis_rouge *r);

#ifdef __cplusplus
}
#endif
#endif
