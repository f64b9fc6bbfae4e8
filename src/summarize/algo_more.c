/* algo_more.c — tf-idf sentence vectors, graph ranking, eligibility and the shadow budget shared
 * by the additional algorithms (see algo_more.h for why and for costs). */
#include "summarize/algo_more.h"
#include "base/xalloc.h"
#include <math.h>
#include <string.h>

void tfidf_build(const model *m, tfidf_space *out) {
  size_t nt = m->nterms ? m->nterms : 1, ns = m->nsentences;
  uint32_t *containing = xcalloc(nt, sizeof *containing);
  for (size_t i = 0; i < ns; i++)
    for (uint32_t k = 0; k < m->sentences[i].nvec; k++) containing[m->sentences[i].vec[k].id]++;
  out->idf = arena_alloc(m->arena, nt * sizeof *out->idf);
  for (size_t t = 0; t < nt; t++)
    out->idf[t] = containing[t] ? log(1.0 + (double)ns / containing[t]) : 0;
  free(containing);
  out->weight = arena_alloc(m->arena, (ns ? ns : 1) * sizeof *out->weight);
  out->norm = arena_alloc(m->arena, (ns ? ns : 1) * sizeof *out->norm);
  for (size_t i = 0; i < ns; i++) {
    const model_sentence *s = &m->sentences[i];
    double *w = arena_alloc(m->arena, (s->nvec ? s->nvec : 1) * sizeof *w), sq = 0;
    for (uint32_t k = 0; k < s->nvec; k++) {
      w[k] = s->vec[k].count * out->idf[s->vec[k].id];
      sq += w[k] * w[k];
    }
    out->weight[i] = w;
    out->norm[i] = sqrt(sq);
  }
}

double tfidf_cosine(const model *m, const tfidf_space *t, size_t i, size_t j) {
  if (t->norm[i] == 0 || t->norm[j] == 0) return 0;
  const model_sentence *a = &m->sentences[i], *b = &m->sentences[j];
  uint32_t x = 0, y = 0;
  double dot = 0;
  while (x < a->nvec && y < b->nvec) {
    if (a->vec[x].id < b->vec[y].id) x++;
    else if (a->vec[x].id > b->vec[y].id) y++;
    else dot += t->weight[i][x++] * t->weight[j][y++];
  }
  return dot / (t->norm[i] * t->norm[j]);
}

void graph_rank(const double *w, size_t n, double jump, int max_iter, double tol, double *out) {
  if (n == 0) return;
  double *row_sum = xcalloc(n, sizeof *row_sum), *next = xmalloc(n * sizeof *next);
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < n; j++)
      if (j != i) row_sum[i] += w[i * n + j];
  for (size_t i = 0; i < n; i++) out[i] = 1.0 / n;
  for (int it = 0; it < max_iter; it++) {
    /* Mass of rows without edges is spread uniformly, like the teleport, so it is not lost. */
    double dangling = 0;
    for (size_t j = 0; j < n; j++)
      if (row_sum[j] == 0) dangling += out[j];
    for (size_t i = 0; i < n; i++) next[i] = (jump + (1 - jump) * dangling) / n;
    for (size_t j = 0; j < n; j++) {
      if (row_sum[j] == 0) continue;
      double share = (1 - jump) * out[j] / row_sum[j];
      const double *row = w + j * n;
      for (size_t i = 0; i < n; i++)
        if (i != j) next[i] += share * row[i];
    }
    double change = 0;
    for (size_t i = 0; i < n; i++) change += fabs(next[i] - out[i]);
    memcpy(out, next, n * sizeof *out);
    if (change < tol) break;
  }
  free(row_sum);
  free(next);
}

int more_eligible(const model *m, size_t i) {
  const model_sentence *s = &m->sentences[i];
  return !(s->flags & (SENT_CAPTION | SENT_NOTICE | SENT_FRAGMENT | SENT_QUESTION)) && s->nwords >= MORE_MIN_WORDS;
}

void shadow_init(shadow_budget *b, const algo_run *r) {
  size_t n = r->m->nsentences ? r->m->nsentences : 1;
  b->r = r;
  b->used = r->used;
  b->npicks = r->npicks;
  b->group_used = xmalloc(n);
  memset(b->group_used, 0, n);
  if (r->m->nsentences) memcpy(b->group_used, r->group_used, r->m->nsentences);
}

void shadow_free(shadow_budget *b) { free(b->group_used); }

size_t shadow_cost(const shadow_budget *b, size_t sentence) {
  switch (b->r->unit) {
  case PRECIS_BUDGET_SENTENCES: return 1;
  case PRECIS_BUDGET_BYTES: return algo_sentence_bytes(b->r, (uint32_t)sentence) + (b->npicks ? 1 : 0);
  default: return b->r->m->sentences[sentence].nwords;
  }
}

int shadow_fits(const shadow_budget *b, size_t sentence) {
  if (b->group_used[b->r->m->sentences[sentence].group]) return 0;
  return b->used + shadow_cost(b, sentence) <= b->r->limit;
}

void shadow_add(shadow_budget *b, size_t sentence) {
  b->used += shadow_cost(b, sentence);
  b->npicks++;
  b->group_used[b->r->m->sentences[sentence].group] = 1;
}
