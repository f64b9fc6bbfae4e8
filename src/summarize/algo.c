/* algo.c — budget bookkeeping and the selection loops shared by the algorithms (see algo.h).
 * algo_try_add is O(1); algo_select_ranked is O(S log S); algo_select_mmr is O(k·S·L). */
#include "summarize/algo.h"
#include "base/xalloc.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

size_t algo_cost(const algo_run *r, uint32_t sentence) {
  const model_sentence *s = &r->m->sentences[sentence];
  switch (r->unit) {
  case PRECIS_BUDGET_SENTENCES: return 1;
  case PRECIS_BUDGET_BYTES: return (size_t)(s->end - s->start) + (r->npicks ? 1 : 0); /* joined by a space */
  default: return s->nwords;
  }
}

int algo_can_add(const algo_run *r, uint32_t sentence) {
  if (r->group_used[r->m->sentences[sentence].group]) return 0;
  return r->used + algo_cost(r, sentence) <= r->limit;
}

int algo_try_add(algo_run *r, uint32_t sentence, double score) {
  if (!r->offered) {
    r->offered = 1;
    r->first_offered = (algo_pick){sentence, score};
  }
  if (!algo_can_add(r, sentence)) return 0;
  r->used += algo_cost(r, sentence);
  r->group_used[r->m->sentences[sentence].group] = 1;
  r->picks = xgrow(r->picks, &r->cap, r->npicks + 1, sizeof *r->picks);
  r->picks[r->npicks++] = (algo_pick){sentence, score};
  return 1;
}

int algo_full(const algo_run *r) {
  size_t smallest = r->unit == PRECIS_BUDGET_BYTES && r->npicks ? 2 : 1;
  return r->used + smallest > r->limit;
}

typedef struct ranked {
  double score;
  uint32_t sentence;
} ranked;

static int by_score(const void *a, const void *b) {
  const ranked *x = a, *y = b;
  if (x->score != y->score) return x->score > y->score ? -1 : 1;
  return x->sentence < y->sentence ? -1 : x->sentence > y->sentence;
}

void algo_select_ranked(algo_run *r, const double *score) {
  size_t n = r->m->nsentences;
  ranked *order = xmalloc((n ? n : 1) * sizeof *order);
  for (size_t i = 0; i < n; i++) order[i] = (ranked){score[i], (uint32_t)i};
  qsort(order, n, sizeof *order, by_score);
  for (size_t i = 0; i < n && !algo_full(r); i++) algo_try_add(r, order[i].sentence, order[i].score);
  free(order);
}

static int too_similar(const algo_run *r, uint32_t sentence, double max_similarity) {
  for (size_t k = 0; k < r->npicks; k++)
    if (model_cosine(&r->m->sentences[sentence], &r->m->sentences[r->picks[k].sentence]) > max_similarity)
      return 1;
  return 0;
}

void algo_select_threshold(algo_run *r, const double *score, double max_similarity) {
  size_t n = r->m->nsentences;
  ranked *order = xmalloc((n ? n : 1) * sizeof *order);
  for (size_t i = 0; i < n; i++) order[i] = (ranked){score[i], (uint32_t)i};
  qsort(order, n, sizeof *order, by_score);
  for (size_t i = 0; i < n && !algo_full(r); i++) {
    if (!r->offered) r->offered = 1, r->first_offered = (algo_pick){order[i].sentence, order[i].score};
    if (too_similar(r, order[i].sentence, max_similarity)) continue;
    algo_try_add(r, order[i].sentence, order[i].score);
  }
  free(order);
}

/* One greedy MMR pass over the sentences still alive; excluded ones (score <= 0) take part only
 * when allow_excluded. */
/* Raises redundancy[i] to the cosine between each live sentence and the one just picked. The
 * picked vector is scattered into a dense array by term id, so each cosine is one pass over the
 * candidate's terms instead of a sorted merge. */
static void update_redundancy(const model *m, size_t picked_index, double *redundancy, const unsigned char *dead,
                              uint32_t *dense) {
  const model_sentence *picked = &m->sentences[picked_index];
  if (picked->norm == 0) return;
  for (uint32_t k = 0; k < picked->nvec; k++) dense[picked->vec[k].id] = picked->vec[k].count;
  for (size_t i = 0; i < m->nsentences; i++) {
    const model_sentence *s = &m->sentences[i];
    if (dead[i] || s->norm == 0) continue;
    uint64_t dot = 0;
    for (uint32_t k = 0; k < s->nvec; k++) dot += (uint64_t)s->vec[k].count * dense[s->vec[k].id];
    double sim = (double)dot / (s->norm * picked->norm);
    if (sim > redundancy[i]) redundancy[i] = sim;
  }
  for (uint32_t k = 0; k < picked->nvec; k++) dense[picked->vec[k].id] = 0;
}

static void mmr_pass(algo_run *r, const double *score, double lambda, int allow_excluded, double *redundancy,
                     unsigned char *dead, uint32_t *dense) {
  size_t n = r->m->nsentences;
  while (!algo_full(r)) {
    size_t best = n;
    double best_value = -INFINITY;
    for (size_t i = 0; i < n; i++) {
      if (dead[i] || (score[i] <= 0 && !allow_excluded)) continue;
      if (!algo_can_add(r, (uint32_t)i)) {
        /* Budgets only shrink and groups only fill: a refused sentence never fits later. */
        dead[i] = 1;
        continue;
      }
      double value = score[i] - lambda * redundancy[i];
      if (value > best_value) best_value = value, best = i;
    }
    if (best == n) break;
    algo_try_add(r, (uint32_t)best, score[best]);
    dead[best] = 1;
    update_redundancy(r->m, best, redundancy, dead, dense);
  }
}

void algo_select_mmr(algo_run *r, const double *score, double lambda) {
  size_t n = r->m->nsentences;
  double *redundancy = xcalloc(n ? n : 1, sizeof *redundancy);
  unsigned char *dead = xcalloc(n ? n : 1, 1);
  uint32_t *dense = xcalloc(r->m->nterms ? r->m->nterms : 1, sizeof *dense);
  mmr_pass(r, score, lambda, 0, redundancy, dead, dense);
  if (r->npicks == 0) {
    /* Only excluded sentences fit: better those than nothing. */
    memset(dead, 0, n);
    mmr_pass(r, score, lambda, 1, redundancy, dead, dense);
  }
  free(dense);
  if (r->npicks == 0 && !r->offered && n > 0) {
    /* Nothing fit: remember the best sentence for the caller's fallback. */
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
      if (score[i] > score[best]) best = i;
    r->offered = 1;
    r->first_offered = (algo_pick){(uint32_t)best, score[best]};
  }
  free(redundancy);
  free(dead);
}

double *algo_term_weights(const model *m) {
  double *w = xmalloc((m->nterms ? m->nterms : 1) * sizeof *w);
  double narticles = m->narticles ? (double)m->narticles : 1;
  for (uint32_t t = 0; t < m->nterms; t++) w[t] = log1p((double)m->term_tf[t]) * m->term_df[t] / narticles;
  return w;
}

double *algo_explain_cues(algo_run *r, const char *const *names) {
  size_t n = 0;
  while (names[n] && n < ALGO_MAX_CUES) n++;
  free(r->cues);
  r->cue_names = names;
  r->ncues = n;
  r->cues = xcalloc((r->m->nsentences ? r->m->nsentences : 1) * (n ? n : 1), sizeof *r->cues);
  return r->cues;
}
