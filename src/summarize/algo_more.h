/* algo_more.h — what the additional selection algorithms (textrank, mmr, submodular, kl, ilp,
 * coverage) share: tf-idf sentence vectors and their cosine, the damped power iteration of
 * graph-based ranking, the eligibility rule, and a private copy of the budget.
 *
 * Why a sentence-level idf: clusters hold 2–10 articles, so an article-level idf takes only a
 * handful of values and zeroes every term that all articles share — exactly the event's own
 * words. Treating each sentence as a document (as LexRank does) keeps a useful spread.
 *
 * Costs: tfidf_build O(T) for T term occurrences; tfidf_cosine O(a + b) (sorted merge);
 * graph_rank O(I · n²) for I iterations over a dense n×n matrix; the shadow budget O(1) per
 * step (O(S) to copy the group marks).
 */
#ifndef PRECIS_ALGO_MORE_H
#define PRECIS_ALGO_MORE_H
#include "model/model.h"
#include "summarize/algo.h"
#include <stddef.h>
#include <stdint.h>

typedef struct tfidf_space {
  double *idf;     /* by term id: log(1 + S / sentences containing the term) */
  double **weight; /* per sentence: tf·idf parallel to its vec[] */
  double *norm;    /* per sentence: Euclidean norm of weight[] */
} tfidf_space;

/* Builds the space in the model's arena (freed with the corpus). The model must be prepared. */
void tfidf_build(const model *m, tfidf_space *out);
double tfidf_cosine(const model *m, const tfidf_space *t, size_t i, size_t j);

/* Stationary distribution of the random walk over the weighted graph w (n×n, row-major,
 * non-negative, diagonal ignored) with teleport probability `jump` (uniform): starts uniform,
 * iterates until the L1 change is below tol or max_iter is reached. Rows without edges teleport.
 * Deterministic: the same matrix gives the same bits. out[] sums to 1. */
void graph_rank(const double *w, size_t n, double jump, int max_iter, double tol, double *out);

/* Sentences the additional algorithms consider: not a caption, fragment or question, and at
 * least MORE_MIN_WORDS words (headlines and labels otherwise win on density). */
enum { MORE_MIN_WORDS = 5 };
int more_eligible(const model *m, size_t i);

/* A private copy of the run's budget, for algorithms that must compare whole selections before
 * committing any (the singleton check): same costs as algo_cost, same one-per-group rule. */
typedef struct shadow_budget {
  const algo_run *r;
  size_t used, npicks;
  unsigned char *group_used; /* by group id; malloc'd */
} shadow_budget;

void shadow_init(shadow_budget *b, const algo_run *r);
void shadow_free(shadow_budget *b);
size_t shadow_cost(const shadow_budget *b, size_t sentence);
int shadow_fits(const shadow_budget *b, size_t sentence);
void shadow_add(shadow_budget *b, size_t sentence);

/* Pure pieces of the algorithms, exposed for the unit tests. */
/* TextRank's overlap similarity: shared / (log na + log nb); 0 when a side has < 2 terms. */
double textrank_similarity(uint32_t shared, uint32_t na, uint32_t nb);
/* KLSum: how much adding s lowers KL(P || Q_S) (algo_kl.c); p and count are by term id. */
double kl_gain(const model_sentence *s, const double *p, const double *count, double summary_len,
               double vocabulary, double smoothing);

/* The algorithms (registered in algos.c). */
void algo_textrank_run(algo_run *r);
void algo_mmr_run(algo_run *r);
void algo_kl_run(algo_run *r);
void algo_submodular_run(algo_run *r);
void algo_ilp_run(algo_run *r);
void algo_coverage_run(algo_run *r);

#endif
