/* algo.h — the interface every sentence-selection algorithm implements.
 *
 * Adding an algorithm = one file + one line:
 *   1. src/summarize/algo_NAME.c defines `void algo_NAME_run(algo_run *r)`;
 *   2. add `X(NAME, "name", "one-line description")` to ALGO_LIST in src/summarize/algos.c.
 * The first entry of ALGO_LIST is the default algorithm.
 *
 * An algorithm reads the prepared model (r->m: sentences, term vectors, near-duplicate groups,
 * support; see model/model.h) and offers sentences, best first, to algo_try_add, which enforces
 * the budget (never exceeded: a sentence that does not fit is refused and the algorithm may offer a
 * shorter one) and keeps each near-duplicate group at most once. The caller (summarize.c) then
 * orders the picks (chronologically or by score) and handles the case where nothing fit.
 * Algorithms must be deterministic: use r->seed for any randomness, break ties by sentence index.
 *
 * An algorithm may also publish the components of its scores (algo_explain_cues) for --explain.
 * Shared helpers below cover the usual selection loops: algo_select_ranked (best first, groups
 * deduplicated), algo_select_threshold (best first, skipping sentences too similar to a pick; an
 * inverted index over the picks keeps each check to the postings of the candidate's terms) and
 * algo_select_mmr (maximal marginal relevance: score minus redundancy with what was already
 * selected; lazy greedy, exact, usually near O(S log S), worst case O(k·S·L)).
 */
#ifndef PRECIS_ALGO_H
#define PRECIS_ALGO_H
#include "model/model.h"
#include "precis.h"
#include <stddef.h>
#include <stdint.h>

typedef struct algo_pick {
  uint32_t sentence; /* index in m->sentences */
  double score;
} algo_pick;

typedef struct algo_run {
  const model *m;
  unsigned long seed;
  /* Budget, in the unit's own terms: words, sentences or bytes (ratio is turned into words). */
  precis_budget_unit unit;
  size_t limit, used;
  /* Optional: each sentence's bytes as it will be printed (under --compress, what remains after
   * the cuts); NULL = its span in the text. Read through algo_sentence_bytes. */
  const uint32_t *bytes;
  unsigned char *group_used; /* by group id */
  algo_pick *picks;
  size_t npicks, cap;
  /* The first sentence offered, kept for the fallback when nothing fits the budget. */
  int offered;
  algo_pick first_offered;
  /* Optional, for --explain: the components of each sentence's score. An algorithm that has them
   * calls algo_explain_cues once, then fills cues[sentence * ncues + k]. */
  const char *const *cue_names; /* NULL-terminated, static */
  size_t ncues;
  double *cues;
} algo_run;

/* The sentence's length in bytes as it will be printed. */
size_t algo_sentence_bytes(const algo_run *r, uint32_t sentence);
/* What the sentence costs in the budget's unit, given what was already picked. */
size_t algo_cost(const algo_run *r, uint32_t sentence);
/* 1 when the sentence would fit now and its near-duplicate group is not in the summary yet. */
int algo_can_add(const algo_run *r, uint32_t sentence);
/* Adds the sentence when algo_can_add; returns 1 when added. */
int algo_try_add(algo_run *r, uint32_t sentence, double score);
/* 1 when the budget is exhausted (nothing, however short, can be added). */
int algo_full(const algo_run *r);

/* Offers every sentence by descending score (ties: lower index first). */
void algo_select_ranked(algo_run *r, const double *score);
/* Best first, skipping sentences whose cosine to a picked one exceeds max_similarity. */
void algo_select_threshold(algo_run *r, const double *score, double max_similarity);
/* Greedy MMR: repeatedly adds the sentence maximizing score - lambda * max cosine to the picks.
 * Sentences scoring <= 0 are excluded unless nothing else fits at all. */
void algo_select_mmr(algo_run *r, const double *score, double lambda);
/* The same, for the default algorithm: the redundancy cosine also matches name forms of a
 * cluster term ("Armenian" ~ "Armenia": the same word less its last one or two letters, at least
 * six kept), and a sentence whose redundancy reaches 0.5 is deferred until nothing else fits. */
void algo_select_mmr_distinct(algo_run *r, const double *score, double lambda);
/* Cluster term weights for centroid-style scores: w(t) = log(1 + tf) · df / narticles, where tf
 * counts the term in the cluster and df the articles carrying it. Caller frees. */
double *algo_term_weights(const model *m);

/* Declares the algorithm's score components (static NULL-terminated names, at most
 * ALGO_MAX_CUES) and returns the zeroed S × ncues table to fill. Freed by the caller. */
enum { ALGO_MAX_CUES = 8 };
double *algo_explain_cues(algo_run *r, const char *const *names);

typedef struct summarize_algo {
  const char *name;
  const char *description;
  void (*run)(algo_run *r);
} summarize_algo;

extern const summarize_algo algo_table[];
extern const size_t algo_count;
/* NULL-terminated names, default first. */
const char *const *algo_names(void);
/* "a, b, c" for error messages (static string). */
const char *algo_names_joined(void);

#endif
