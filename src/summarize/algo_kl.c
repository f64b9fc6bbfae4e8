/* algo_kl.c — `--algo kl`: KLSum (Haghighi & Vanderwende 2009): greedily add the sentence that
 * makes the summary's word distribution closest to the cluster's, i.e. minimizes
 *   KL(P || Q_S) = Σ_t P(t) log P(t) − Σ_t P(t) log Q_S(t),
 * where P is the cluster's content-term distribution (stemmed, stopwords dropped) and Q_S the
 * summary's, smoothed additively over the cluster vocabulary V:
 *   Q_S(t) = (c_S(t) + δ) / (N_S + δ·|V|),   δ = KL_SMOOTHING.
 * Only the second sum depends on S, and adding sentence s changes it by
 *   Σ_{t∈s} P(t) [log(c_S(t) + n_s(t) + δ) − log(c_S(t) + δ)] − [log(N_S + |s| + δ|V|) − log(N_S + δ|V|)],
 * so one step costs O(S·L). Sentences are added until none fits the budget (as in KLSum, the
 * length limit ends the loop, not a rise of the divergence); the near-duplicate rule of algo.h
 * keeps repeats out. Cost: O(k·S·L) for k picks.
 */
#include "summarize/algo.h"
#include "summarize/algo_more.h"
#include "base/xalloc.h"
#include <math.h>
#include <stdlib.h>

#define KL_SMOOTHING 0.01

/* Change of Σ_t P(t) log(c_S(t) + δ) − log(N_S + δ|V|) when the sentence joins the summary:
 * larger is better (the divergence drops by exactly this much). */
double kl_gain(const model_sentence *s, const double *p, const double *count, double summary_len,
               double vocabulary, double smoothing) {
  double gain = 0, len = 0;
  for (uint32_t k = 0; k < s->nvec; k++) {
    uint32_t id = s->vec[k].id;
    gain += p[id] * (log(count[id] + s->vec[k].count + smoothing) - log(count[id] + smoothing));
    len += s->vec[k].count;
  }
  return gain - (log(summary_len + len + smoothing * vocabulary) - log(summary_len + smoothing * vocabulary));
}

void algo_kl_run(algo_run *r) {
  const model *m = r->m;
  size_t n = m->nsentences, nt = m->nterms ? m->nterms : 1;
  double total = 0;
  for (uint32_t t = 0; t < m->nterms; t++) total += m->term_tf[t];
  double *p = xcalloc(nt, sizeof *p), *count = xcalloc(nt, sizeof *count);
  for (uint32_t t = 0; t < m->nterms; t++) p[t] = total > 0 ? m->term_tf[t] / total : 0;
  unsigned char *done = xcalloc(n ? n : 1, 1);
  for (size_t i = 0; i < n; i++) done[i] = !more_eligible(m, i) || m->sentences[i].nvec == 0;
  double summary_len = 0, vocabulary = (double)m->nterms;
  while (!algo_full(r)) {
    size_t best = n;
    double best_gain = -INFINITY;
    for (size_t i = 0; i < n; i++) {
      if (done[i]) continue;
      if (!algo_can_add(r, (uint32_t)i)) {
        done[i] = 1; /* budgets only shrink and groups only fill */
        continue;
      }
      double gain = kl_gain(&m->sentences[i], p, count, summary_len, vocabulary, KL_SMOOTHING);
      if (gain > best_gain) best_gain = gain, best = i;
    }
    if (best == n) break;
    algo_try_add(r, (uint32_t)best, best_gain);
    done[best] = 1;
    const model_sentence *s = &m->sentences[best];
    for (uint32_t k = 0; k < s->nvec; k++) count[s->vec[k].id] += s->vec[k].count, summary_len += s->vec[k].count;
  }
  if (r->npicks == 0 && n > 0) {
    /* Nothing eligible fit: offer everything by position for the caller's fallback. */
    double *score = xmalloc(n * sizeof *score);
    for (size_t i = 0; i < n; i++) score[i] = 1.0 / (1.0 + m->sentences[i].position);
    algo_select_ranked(r, score);
    free(score);
  }
  free(done);
  free(count);
  free(p);
}
