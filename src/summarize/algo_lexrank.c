/* algo_lexrank.c — continuous LexRank (Erkan & Radev 2004): PageRank with damping 0.85 over the
 * graph whose edge weights are the cosine similarities between sentences; selection best-first
 * with a redundancy cut (cosine > 0.5 to a pick). The similarity matrix makes this O(S²·L) time
 * and O(S²) memory, so only the first LEXRANK_MAX sentences of a cluster take part in the graph
 * (later ones score 0). Power iteration: at most 50 rounds. */
#include "summarize/algo.h"
#include "base/xalloc.h"
#include <math.h>
#include <stdlib.h>

enum { LEXRANK_MAX = 2000, ROUNDS = 50 };

void algo_lexrank_run(algo_run *r) {
  const model *m = r->m;
  size_t n = m->nsentences;
  size_t g = n < LEXRANK_MAX ? n : LEXRANK_MAX; /* the graph's sentences: the first g */
  double *score = xcalloc(n ? n : 1, sizeof *score);
  double *sim = xcalloc(g ? g * g : 1, sizeof *sim);
  double *rowsum = xcalloc(g ? g : 1, sizeof *rowsum);
  for (size_t i = 0; i < g; i++)
    for (size_t j = i + 1; j < g; j++) {
      double s = model_cosine(&m->sentences[i], &m->sentences[j]);
      sim[i * g + j] = sim[j * g + i] = s;
      rowsum[i] += s;
      rowsum[j] += s;
    }
  double *rank = xmalloc((g ? g : 1) * sizeof *rank), *next = xmalloc((g ? g : 1) * sizeof *next);
  for (size_t i = 0; i < g; i++) rank[i] = 1.0 / (double)g;
  const double d = 0.85;
  for (int round = 0; round < ROUNDS; round++) {
    double change = 0;
    for (size_t j = 0; j < g; j++) {
      double in = 0;
      for (size_t i = 0; i < g; i++)
        if (rowsum[i] > 0) in += sim[i * g + j] / rowsum[i] * rank[i];
      next[j] = (1 - d) / (double)g + d * in;
      change += fabs(next[j] - rank[j]);
    }
    double *t = rank;
    rank = next;
    next = t;
    if (change < 1e-7) break;
  }
  for (size_t i = 0; i < g; i++) score[i] = rank[i];
  algo_select_threshold(r, score, 0.5);
  free(rank);
  free(next);
  free(rowsum);
  free(sim);
  free(score);
}
