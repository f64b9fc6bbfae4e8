/* algo_mmr.c — `--algo mmr`: Maximal Marginal Relevance (Carbonell & Goldstein 1998) for generic
 * multi-document summaries: the "query" is the cluster itself, as its tf-idf centroid.
 *
 *   next = argmax over unpicked s of  λ · cos(s, centroid) − (1 − λ) · max over picks p of cos(s, p)
 *
 * with λ = MMR_LAMBDA = 0.7: relevance weighs more than novelty, since the near-duplicate rule of
 * algo.h already keeps repeats out (0.5 and 0.7 were within 0.1 ROUGE-2 of each other on
 * multinews-val in a prototype; Carbonell & Goldstein leave λ to the task). The centroid is the sum
 * of the sentences' length-normalized tf-idf vectors (sentence-level idf, algo_more.h). The shared
 * selection loop (algo_select_mmr) uses the model's count cosine for the novelty term; ranking
 * λ·rel − (1−λ)·red is the same as rel − ((1−λ)/λ)·red, which is what is passed to it.
 * Cost: O(T) for the centroid and relevance, O(k·S·L) for k picks among S sentences.
 */
#include "summarize/algo.h"
#include "summarize/algo_more.h"
#include "base/xalloc.h"
#include <math.h>
#include <stdlib.h>

#define MMR_LAMBDA 0.7

void algo_mmr_run(algo_run *r) {
  const model *m = r->m;
  size_t n = m->nsentences;
  tfidf_space t;
  tfidf_build(m, &t);
  double *centroid = xcalloc(m->nterms ? m->nterms : 1, sizeof *centroid);
  for (size_t i = 0; i < n; i++) {
    if (t.norm[i] == 0) continue;
    const model_sentence *s = &m->sentences[i];
    for (uint32_t k = 0; k < s->nvec; k++) centroid[s->vec[k].id] += t.weight[i][k] / t.norm[i];
  }
  double centroid_norm = 0;
  for (uint32_t k = 0; k < m->nterms; k++) centroid_norm += centroid[k] * centroid[k];
  centroid_norm = sqrt(centroid_norm);
  double *relevance = xmalloc((n ? n : 1) * sizeof *relevance);
  for (size_t i = 0; i < n; i++) {
    const model_sentence *s = &m->sentences[i];
    double dot = 0;
    for (uint32_t k = 0; k < s->nvec; k++) dot += t.weight[i][k] * centroid[s->vec[k].id];
    relevance[i] = t.norm[i] > 0 && centroid_norm > 0 ? dot / (t.norm[i] * centroid_norm) : 0;
    /* Ineligible sentences (captions, fragments, questions) only fill what room is left. */
    if (!more_eligible(m, i)) relevance[i] -= 2;
  }
  algo_select_mmr(r, relevance, (1 - MMR_LAMBDA) / MMR_LAMBDA);
  free(relevance);
  free(centroid);
}
