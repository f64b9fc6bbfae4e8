/* algo_submodular.c — `--algo submodular`: budgeted submodular maximization (Lin & Bilmes 2011,
 * "A Class of Submodular Functions for Document Summarization"; greedy of Lin & Bilmes 2010).
 *
 *   F(S) = L(S) + λ·R(S)
 *   L(S) = Σ_{i∈V} min(C_i(S), α·C_i(V)),  C_i(S) = Σ_{j∈S} w_ij          (coverage, saturated)
 *   R(S) = Σ_k sqrt(Σ_{j∈P_k∩S} r_j),      r_j = (1/N) Σ_{i∈V} w_ij        (diversity reward)
 * w_ij is the tf-idf cosine (sentence-level idf, algo_more.h); V are the N eligible sentences;
 * P_1..P_K partition V by spherical k-means over the tf-idf vectors, K = ceil(N / SUBMOD_CLUSTER),
 * seeded deterministically with evenly spaced sentences, SUBMOD_KMEANS_ROUNDS rounds.
 * Greedy: repeatedly add the fitting sentence with the largest (F(S+s) − F(S)) / cost(s)^r, then
 * the singleton check (the best single sentence wins if F of it alone beats the greedy set).
 * Parameters (documented in docs/ALGORITHMS.md): α = SUBMOD_ALPHA, λ = SUBMOD_LAMBDA (the
 * paper's λ = 6), r = SUBMOD_SCALE (the paper's cost scaling 0.3).
 * Cost: O(N²·L) similarities and O(N²) memory (only the first SUBMOD_MAX eligible sentences);
 * k-means O(rounds·N·K·L); greedy O(k·N·N) for k picks (each gain is O(N) over the coverage sums).
 */
#include "summarize/algo.h"
#include "summarize/algo_more.h"
#include "base/xalloc.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define SUBMOD_ALPHA 0.3
#define SUBMOD_LAMBDA 6.0
#define SUBMOD_SCALE 0.3
enum { SUBMOD_MAX = 1500, SUBMOD_CLUSTER = 5, SUBMOD_KMEANS_ROUNDS = 10 };

/* Spherical k-means: assigns node a (sentence node[a]) to part[a] in 0..k-1. */
static void partition_sentences(const model *m, const tfidf_space *t, const uint32_t *node, size_t n,
                                size_t k, uint32_t *part) {
  size_t nt = m->nterms ? m->nterms : 1;
  double *center = xcalloc(k * nt, sizeof *center);
  for (size_t c = 0; c < k; c++) {
    size_t seed = c * n / k, i = node[seed];
    const model_sentence *s = &m->sentences[i];
    for (uint32_t x = 0; x < s->nvec; x++)
      center[c * nt + s->vec[x].id] = t->norm[i] > 0 ? t->weight[i][x] / t->norm[i] : 0;
  }
  for (size_t a = 0; a < n; a++) part[a] = (uint32_t)(a * k / n);
  for (int round = 0; round < SUBMOD_KMEANS_ROUNDS; round++) {
    int moved = 0;
    for (size_t a = 0; a < n; a++) {
      size_t i = node[a], best = part[a];
      const model_sentence *s = &m->sentences[i];
      double best_dot = -1;
      for (size_t c = 0; c < k; c++) {
        double dot = 0;
        for (uint32_t x = 0; x < s->nvec; x++) dot += t->weight[i][x] * center[c * nt + s->vec[x].id];
        if (dot > best_dot + 1e-12) best_dot = dot, best = c;
      }
      if (best != part[a]) part[a] = (uint32_t)best, moved = 1;
    }
    if (!moved) break;
    memset(center, 0, k * nt * sizeof *center);
    for (size_t a = 0; a < n; a++) {
      size_t i = node[a];
      const model_sentence *s = &m->sentences[i];
      if (t->norm[i] == 0) continue;
      for (uint32_t x = 0; x < s->nvec; x++) center[part[a] * nt + s->vec[x].id] += t->weight[i][x] / t->norm[i];
    }
    for (size_t c = 0; c < k; c++) {
      double sq = 0;
      for (size_t x = 0; x < nt; x++) sq += center[c * nt + x] * center[c * nt + x];
      if (sq > 0)
        for (size_t x = 0; x < nt; x++) center[c * nt + x] /= sqrt(sq);
    }
  }
  free(center);
}

typedef struct submod_state {
  size_t n, k;
  const double *w;       /* n×n similarities */
  const double *cap;     /* α·C_i(V) */
  const double *reward;  /* r_j */
  const uint32_t *part;  /* part of each node */
  double *cover;         /* C_i(S) */
  double *part_reward;   /* Σ r_j over S ∩ P_k */
} submod_state;

/* F(S ∪ {j}) − F(S). */
static double submod_gain(const submod_state *st, size_t j) {
  double gain = 0;
  const double *row = st->w + j * st->n;
  for (size_t i = 0; i < st->n; i++) {
    double before = st->cover[i] < st->cap[i] ? st->cover[i] : st->cap[i];
    double after = st->cover[i] + row[i];
    gain += (after < st->cap[i] ? after : st->cap[i]) - before;
  }
  double pr = st->part_reward[st->part[j]];
  gain += SUBMOD_LAMBDA * (sqrt(pr + st->reward[j]) - sqrt(pr));
  return gain;
}

static void submod_take(submod_state *st, size_t j) {
  const double *row = st->w + j * st->n;
  for (size_t i = 0; i < st->n; i++) st->cover[i] += row[i];
  st->part_reward[st->part[j]] += st->reward[j];
}

void algo_submodular_run(algo_run *r) {
  const model *m = r->m;
  size_t ns = m->nsentences;
  uint32_t *node = xmalloc((ns ? ns : 1) * sizeof *node);
  size_t n = 0;
  for (size_t i = 0; i < ns && n < SUBMOD_MAX; i++)
    if (more_eligible(m, i) && m->sentences[i].nvec > 0) node[n++] = (uint32_t)i;
  tfidf_space t;
  tfidf_build(m, &t);
  double *w = xcalloc(n ? n * n : 1, sizeof *w);
  for (size_t a = 0; a < n; a++) {
    w[a * n + a] = 1;
    for (size_t b = a + 1; b < n; b++) w[a * n + b] = w[b * n + a] = tfidf_cosine(m, &t, node[a], node[b]);
  }
  double *cap = xmalloc((n ? n : 1) * sizeof *cap), *reward = xmalloc((n ? n : 1) * sizeof *reward);
  for (size_t a = 0; a < n; a++) {
    double sum = 0;
    for (size_t b = 0; b < n; b++) sum += w[a * n + b];
    cap[a] = SUBMOD_ALPHA * sum; /* symmetric: C_a(V) = row sum */
    reward[a] = sum / (double)n;
  }
  size_t k = n ? (n + SUBMOD_CLUSTER - 1) / SUBMOD_CLUSTER : 0;
  uint32_t *part = xcalloc(n ? n : 1, sizeof *part);
  if (n) partition_sentences(m, &t, node, n, k, part);
  submod_state st = {n, k, w, cap, reward, part, xcalloc(n ? n : 1, sizeof(double)),
                     xcalloc(k ? k : 1, sizeof(double))};

  shadow_budget budget;
  shadow_init(&budget, r);
  uint32_t *chosen = xmalloc((n ? n : 1) * sizeof *chosen);
  double *chosen_gain = xmalloc((n ? n : 1) * sizeof *chosen_gain);
  unsigned char *done = xcalloc(n ? n : 1, 1);
  size_t nchosen = 0;
  double value = 0;
  for (;;) {
    size_t best = n;
    double best_ratio = -INFINITY, best_gain = 0;
    for (size_t a = 0; a < n; a++) {
      if (done[a]) continue;
      if (!shadow_fits(&budget, node[a])) {
        done[a] = 1;
        continue;
      }
      double gain = submod_gain(&st, a);
      double ratio = gain / pow((double)shadow_cost(&budget, node[a]), SUBMOD_SCALE);
      if (ratio > best_ratio) best_ratio = ratio, best = a, best_gain = gain;
    }
    if (best == n) break;
    done[best] = 1;
    shadow_add(&budget, node[best]);
    submod_take(&st, best);
    chosen[nchosen] = (uint32_t)best;
    chosen_gain[nchosen++] = best_gain;
    value += best_gain;
  }
  shadow_free(&budget);

  /* Singleton check: F({s}) for every s that fits an empty summary. */
  memset(st.cover, 0, n * sizeof *st.cover);
  memset(st.part_reward, 0, (k ? k : 1) * sizeof *st.part_reward);
  shadow_init(&budget, r);
  size_t single = n;
  double single_value = value;
  for (size_t a = 0; a < n; a++) {
    if (!shadow_fits(&budget, node[a])) continue;
    double v = submod_gain(&st, a);
    if (v > single_value) single_value = v, single = a;
  }
  shadow_free(&budget);
  if (single < n) {
    chosen[0] = (uint32_t)single;
    chosen_gain[0] = single_value;
    nchosen = 1;
  }
  for (size_t c = 0; c < nchosen; c++) algo_try_add(r, node[chosen[c]], chosen_gain[c]);
  if (r->npicks == 0 && ns > 0) {
    double *score = xmalloc(ns * sizeof *score);
    for (size_t i = 0; i < ns; i++) score[i] = 1.0 / (1.0 + m->sentences[i].position);
    algo_select_ranked(r, score); /* nothing eligible fit: let the caller's fallback work */
    free(score);
  }
  free(done);
  free(chosen_gain);
  free(chosen);
  free(st.cover);
  free(st.part_reward);
  free(part);
  free(reward);
  free(cap);
  free(w);
  free(node);
}
