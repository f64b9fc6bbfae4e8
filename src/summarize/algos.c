/* algos.c — the table of selection algorithms (see algo.h for how to add one). O(1). */
#include "summarize/algo.h"

/* X(function stem, name, description); the first line is the default algorithm. */
#define ALGO_LIST(X)                                                                                 \
  X(salience, "salience", "default: centroid, support, position and title overlap, with MMR")     \
  X(lead, "lead", "first sentence of each article in turn, then the second ones, ...")            \
  X(centroid, "centroid", "closest sentences to the cluster's tf-idf centroid, redundancy-checked") \
  X(lexrank, "lexrank", "continuous LexRank: PageRank over the sentence similarity graph")         \
  X(random, "random", "seeded random sentences (a baseline)")                                   \
  X(ilp, "ilp", "concept (bigram) coverage integer program, Gillick & Favre; GLPK, time-bounded") \
  X(coverage, "coverage", "greedy concept coverage (the ilp objective without the solver)")      \
  X(submodular, "submodular", "coverage + diversity submodular objective, Lin & Bilmes")         \
  X(mmr, "mmr", "maximal marginal relevance on tf-idf vectors, Carbonell & Goldstein")          \
  X(kl, "kl", "KLSum: greedily minimizes KL divergence to the cluster's word distribution")     \
  X(textrank, "textrank", "TextRank: PageRank over word-overlap sentence similarity")

#define DECLARE(stem, name, desc) void algo_##stem##_run(algo_run *r);
ALGO_LIST(DECLARE)

#define ENTRY(stem, name, desc) {name, desc, algo_##stem##_run},
const summarize_algo algo_table[] = {ALGO_LIST(ENTRY)};
const size_t algo_count = sizeof algo_table / sizeof algo_table[0];

#define NAME(stem, name, desc) name,
static const char *const names[] = {ALGO_LIST(NAME) NULL};
const char *const *algo_names(void) { return names; }

#define JOIN(stem, name, desc) ", " name
static const char joined[] = "" ALGO_LIST(JOIN);
const char *algo_names_joined(void) { return joined + 2; }
