/* algo_textrank.c — `--algo textrank`: TextRank for sentence extraction (Mihalcea & Tarau 2004).
 *
 * The sentence graph is weighted by the paper's overlap similarity,
 *   sim(Si, Sj) = |{terms in both}| / (log |Si| + log |Sj|),
 * over distinct content terms (stemmed, stopwords dropped); sentences with fewer than two terms
 * get no edges (log 1 = 0). Scores are the stationary distribution of the damped random walk
 * (d = 0.85, i.e. teleport 0.15; at most TEXTRANK_ROUNDS rounds or an L1 change below 1e-7).
 * TextRank itself has no redundancy control; like lexrank here we skip a sentence whose cosine to
 * one already picked exceeds 0.5, since a multi-document cluster repeats itself.
 * Cost: O(S²·L) to build the graph, O(I·S²) to rank, O(S²) memory; only the first TEXTRANK_MAX
 * eligible sentences enter the graph.
 */
#include "summarize/algo.h"
#include "summarize/algo_more.h"
#include "base/xalloc.h"
#include <math.h>
#include <stdlib.h>

enum { TEXTRANK_MAX = 2000, TEXTRANK_ROUNDS = 100 };

double textrank_similarity(uint32_t shared, uint32_t na, uint32_t nb) {
  if (na < 2 || nb < 2 || shared == 0) return 0;
  return (double)shared / (log((double)na) + log((double)nb));
}

void algo_textrank_run(algo_run *r) {
  const model *m = r->m;
  size_t n = m->nsentences;
  uint32_t *node = xmalloc((n ? n : 1) * sizeof *node); /* graph node -> sentence */
  size_t g = 0;
  for (size_t i = 0; i < n && g < TEXTRANK_MAX; i++)
    if (more_eligible(m, i)) node[g++] = (uint32_t)i;
  double *w = xcalloc(g ? g * g : 1, sizeof *w);
  for (size_t a = 0; a < g; a++)
    for (size_t b = a + 1; b < g; b++) {
      const model_sentence *x = &m->sentences[node[a]], *y = &m->sentences[node[b]];
      double sim = textrank_similarity(model_overlap(x->vec, x->nvec, y->vec, y->nvec), x->nvec, y->nvec);
      w[a * g + b] = w[b * g + a] = sim;
    }
  double *rank = xmalloc((g ? g : 1) * sizeof *rank);
  graph_rank(w, g, 0.15, TEXTRANK_ROUNDS, 1e-7, rank);
  double *score = xcalloc(n ? n : 1, sizeof *score); /* sentences outside the graph: 0 */
  for (size_t a = 0; a < g; a++) score[node[a]] = rank[a];
  algo_select_threshold(r, score, 0.5);
  free(score);
  free(rank);
  free(w);
  free(node);
}
