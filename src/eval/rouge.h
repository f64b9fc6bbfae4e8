/* rouge.h — ROUGE scores computed the way ROUGE-1.5.5 (Chin-Yew Lin's Perl script) computes them.
 *
 * Why our own: the Perl script needs minutes for a few hundred summaries and a Perl/DB_File
 * setup; evaluation inside precis must be fast, thread-safe and reproduce the official numbers
 * to the printed digit (tests/unit/test_rouge_vectors.c checks that against shared test vectors).
 *
 * Semantics reproduced (docs/EVALUATION.md has the details and the measured agreement):
 * - input is one sentence per line; lines are trimmed, blank lines dropped, ASCII lowercased;
 * - `-l N` keeps the first N whitespace-separated words (cutting the last line in the middle),
 *   `-b N` the first N bytes; both apply to the peer and to every model;
 * - tokens: every byte outside [a-z0-9] is a space, the hyphen included (so "well-being" is
 *   two words and non-ASCII letters split words);
 *   `-s` drops SMART stopwords (before stemming, after the -l/-b cut); `-m` maps tokens longer
 *   than 3 bytes through WordNet's irregular forms, else Porter-stems them with ROUGE-1.5.5's
 *   own step 4 (rouge_porter.c);
 * - ROUGE-N: clipped n-gram matches; ROUGE-L: summary-level union LCS over sentence pairs with
 *   clipped unigram counts; ROUGE-S/SU: skip bigrams within distance `-2 K`, plus unigrams (`-u`);
 * - `-f A` sums hits and counts over the models, `-f B` keeps the best model; F uses `-p alpha`.
 * A separate Unicode mode (not ROUGE-1.5.5 compatible) tokenizes with ICU word boundaries after
 * NFKC case folding, for scripts the ASCII rule destroys (Greek, Arabic, Hebrew, Hindi...).
 *
 * Cost per item: O(T) for n-grams and skip bigrams (T tokens, hashed to 64-bit ids, radix
 * sorted and merged), O(sum over sentence pairs of m*n) for ROUGE-L. A scorer is not
 * thread-safe (it caches token ids and stems); make one per thread.
 */
#ifndef PRECIS_ROUGE_H
#define PRECIS_ROUGE_H
#include "precis.h"
#include <stddef.h>

#define ROUGE_MAX_N 9
/* ROUGE-1..N, ROUGE-L, ROUGE-S or ROUGE-SU */
#define ROUGE_MAX_METRICS (ROUGE_MAX_N + 2)

typedef struct rouge_options {
  int max_n;            /* -n N: ROUGE-1..N (1..ROUGE_MAX_N; default 1) */
  int skip_distance;    /* -2 K: ROUGE-S/SU with gap at most K; -1 = off */
  int skip_unigrams;    /* -u: add unigrams to skip bigrams (ROUGE-SU) */
  int stem;             /* -m: Porter stemming */
  int stopwords;        /* -s: drop SMART common words */
  long word_limit;      /* -l N; 0 = none */
  long byte_limit;      /* -b N; 0 = none (the word limit wins when both are set) */
  char score_mode;      /* -f A (average, default) or B (best model) */
  double alpha;         /* -p: F = 1 / (alpha/P + (1-alpha)/R); default 0.5 */
  int no_lcs;           /* -x: skip ROUGE-L */
  int unicode;          /* Unicode tokenization (documented, non-default) */
  const char *stopword_file; /* NULL: the installed SMART list (rouge_default_stopword_file) */
} rouge_options;

typedef struct rouge_score {
  double recall, precision, f;
} rouge_score;

typedef struct rouge_result {
  size_t count;
  char name[ROUGE_MAX_METRICS][16]; /* as ROUGE-1.5.5 prints them: ROUGE-1, ROUGE-L, ROUGE-SU4 */
  rouge_score score[ROUGE_MAX_METRICS];
} rouge_result;

/* Defaults: ROUGE-1 only, no limits, -f A, alpha 0.5, ROUGE-L on. */
void rouge_options_init(rouge_options *opt);

/* Parses one ROUGE-1.5.5 style flag list ("-n 2 -2 4 -u -m -l 100"); unknown flags are
 * PRECIS_ERR_USAGE. Accepted and ignored: -c N, -r N, -t N, -a, -d, -e DIR, -v, -z FMT. */
precis_status rouge_options_parse(rouge_options *opt, const char *flags, precis_error *err);
/* Parses flags from an argv; *used is set to how many items were consumed (stops at the first
 * non-flag). */
precis_status rouge_options_parse_argv(rouge_options *opt, int argc, char **argv, int *used,
                                       precis_error *err);

/* Path of the SMART common-words list (Debian package r-cran-tm; adjusted at load time to
 * ROUGE-1.5.5's list by a few measured words), overridable with the environment variable
 * PRECIS_ROUGE_STOPWORDS (a file given that way is used as written). */
const char *rouge_default_stopword_file(void);

/* Folder with WordNet's exception lists adj.exc, adv.exc, noun.exc, verb.exc (Debian package
 * wordnet-base), used by -m; overridable with PRECIS_ROUGE_WORDNET. */
const char *rouge_default_wordnet_dir(void);

typedef struct rouge_scorer rouge_scorer;

/* Loads the stopword list when -s is on (PRECIS_ERR_IO when missing). */
rouge_scorer *rouge_scorer_new(const rouge_options *opt, precis_error *err);
void rouge_scorer_free(rouge_scorer *s);
const rouge_options *rouge_scorer_options(const rouge_scorer *s);

/* Scores one peer against nmodels (>= 1) models, each one sentence per line. Fills *out with the
 * metrics in ROUGE-1.5.5 order. PRECIS_ERR_INPUT when nmodels is 0. */
precis_status rouge_score_item(rouge_scorer *s, const char *peer, size_t peer_len,
                               const char *const *models, const size_t *model_lens, size_t nmodels,
                               rouge_result *out, precis_error *err);

/* "%.5f" as ROUGE-1.5.5 prints, independent of the process locale. */
void rouge_format5(double v, char out[16]);

#endif
