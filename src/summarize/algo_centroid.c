/* algo_centroid.c — centroid summarization (Radev et al. style, without a background corpus):
 * each sentence scores the cosine between its term vector and the cluster centroid, whose
 * weights are algo_term_weights (frequent terms carried by many articles weigh most); selection
 * is best-first, skipping sentences too similar (cosine > 0.5) to one already picked.
 * O(S·L) scoring + O(S log S) sort + redundancy checks through an inverted index over the picks
 * (algo_select_threshold). */
#include "summarize/algo.h"
#include "base/xalloc.h"
#include <math.h>
#include <stdlib.h>

static double centroid_cosine(const model_sentence *s, const double *w, double centroid_norm) {
  double dot = 0;
  for (uint32_t k = 0; k < s->nvec; k++) dot += w[s->vec[k].id] * s->vec[k].count;
  return s->norm > 0 && centroid_norm > 0 ? dot / (s->norm * centroid_norm) : 0;
}

void algo_centroid_run(algo_run *r) {
  const model *m = r->m;
  size_t n = m->nsentences;
  double *w = algo_term_weights(m);
  double norm = 0;
  for (uint32_t t = 0; t < m->nterms; t++) norm += w[t] * w[t];
  norm = sqrt(norm);
  double *score = xmalloc((n ? n : 1) * sizeof *score);
  for (size_t i = 0; i < n; i++) score[i] = centroid_cosine(&m->sentences[i], w, norm);
  /* A hard redundancy cut rather than MMR: the classic centroid method's behaviour. */
  algo_select_threshold(r, score, 0.5);
  free(score);
  free(w);
}
