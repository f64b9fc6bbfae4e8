/* algo_salience.c — the default algorithm.
 *
 * Each sentence gets a salience score from cues that hold for news clusters:
 *   centroid  — how much of the cluster's vocabulary it carries: the mean weight of its distinct
 *               terms (algo_term_weights: frequent terms found in many articles), the mean taken
 *               over at least 10 terms so that very short sentences do not win;
 *   position  — news puts the event first: 1 / sqrt(1 + position in its article);
 *   support   — how many articles carry it or a near-duplicate (model/dedup.c);
 *   title     — share of the articles' title terms it contains;
 * combined linearly (weights tuned on multinews-val, 300 words), then multiplied by penalties for
 * questions, fragments, bare quotations, dangling openings and extreme lengths; captions and short
 * fragments (headlines, labels) are excluded unless nothing else fits.
 * Selection is greedy MMR with cosine redundancy (algo_select_mmr).
 * Cost: O(T) scoring for T term occurrences + lazy MMR selection (algo.c: usually near O(S log S)).
 */
#include "summarize/algo.h"
#include "base/xalloc.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

typedef struct salience_weights {
  double centroid, position, support, title; /* linear weights of the four cues */
  double lambda;                             /* MMR redundancy weight */
  double position_decay;                     /* position cue = 1 / (1 + position)^decay */
  double length_floor;                       /* centroid = term weight sum / max(terms, floor) */
} salience_weights;

/* Tuned on multinews-val at 300 words (docs/ALGORITHMS.md): support dominates (wire copy carried
 * by several outlets is what editors keep), position second, then centroid. */
static const salience_weights tuned = {1.0, 2.0, 5.0, 0.3, 1.0, 0.5, 10.0};

/* Multiplier in [0, 1]; 0 excludes the sentence (MMR then takes it only if nothing else fits). */
static double long_max = 55, dangling_extra = 1;
static double penalty(const model_sentence *s) {
  double p = 1;
  if ((s->flags & SENT_CAPTION) || ((s->flags & SENT_FRAGMENT) && s->nwords < 8)) return 0;
  if (s->flags & SENT_QUESTION) p *= 0.4;
  if (s->flags & SENT_FRAGMENT) p *= 0.3;
  /* Only a bare quotation is penalized: quote-heavy sentences with their attribution ("..., the
   * minister said") are what news summaries keep (a penalty on them cost 0.3 ROUGE-2). */
  if (s->flags & SENT_QUOTE_ONLY) p *= 0.85;
  if (s->flags & SENT_DANGLING) p *= 0.7 * dangling_extra;
  if (s->nwords < 8) p *= 0.6;
  if (s->nwords > long_max) p *= 0.7;
  return p;
}

/* Marks the title terms of every article in `in_title` (by term id); returns how many. */
static size_t mark_title_terms(const model *m, unsigned char *in_title) {
  size_t count = 0;
  for (size_t a = 0; a < m->narticles; a++)
    for (uint32_t k = 0; k < m->articles[a].ntitle_terms; k++) {
      uint32_t id = m->articles[a].title_terms[k];
      if (id < m->nterms && !in_title[id]) in_title[id] = 1, count++;
    }
  return count;
}

void algo_salience_run(algo_run *r) {
  const model *m = r->m;
  salience_weights wt = tuned;
  { const char *e = getenv("SAL_W"); if (e) sscanf(e, "%lf,%lf,%lf,%lf,%lf,%lf,%lf", &wt.centroid, &wt.position, &wt.support, &wt.title, &wt.lambda, &wt.position_decay, &wt.length_floor); }
  const salience_weights *w = &wt;
  double X[8] = {0, 0, 55, 0, 0, 0, 0, 0};
  { const char *e = getenv("SAL_X"); if (e) sscanf(e, "%lf,%lf,%lf,%lf,%lf,%lf,%lf,%lf", &X[0], &X[1], &X[2], &X[3], &X[4], &X[5], &X[6], &X[7]); }
  /* X0: prose position; X1: lead bonus; X2: long threshold; X3: tw variant; X4: dangling extra */
  size_t n = m->nsentences;
  long_max = X[2]; dangling_extra = X[4] ? X[4] : 1;
  double *tw = algo_term_weights(m);
  if (X[3] == 1)
    for (uint32_t t = 0; t < m->nterms; t++) tw[t] = m->term_df[t] > 1 ? tw[t] : 0;
  if (X[3] == 2)
    for (uint32_t t = 0; t < m->nterms; t++) tw[t] = (double)m->term_df[t] * m->term_df[t];
  if (X[3] == 3)
    for (uint32_t t = 0; t < m->nterms; t++) tw[t] = (double)m->term_df[t];
  uint32_t *art_rank = xmalloc((m->narticles ? m->narticles : 1) * sizeof *art_rank);
  for (size_t a = 0; a < m->narticles; a++) {
    uint32_t rk = 0;
    for (size_t b = 0; b < m->narticles; b++) {
      int c = (*m->articles[b].date && !*m->articles[a].date) ? -1 : (!*m->articles[b].date && *m->articles[a].date) ? 1 : strcmp(m->articles[b].date, m->articles[a].date);
      if (c < 0 || (c == 0 && b < a)) rk++;
    }
    art_rank[a] = rk;
  }
  uint32_t *ppos = xmalloc((n ? n : 1) * sizeof *ppos);
  for (size_t a = 0; a < m->narticles; a++) {
    uint32_t k = 0;
    for (uint32_t i = m->articles[a].first; i < m->articles[a].first + m->articles[a].count; i++) {
      const model_sentence *s = &m->sentences[i];
      ppos[i] = k;
      if (!(s->flags & (SENT_FRAGMENT | SENT_CAPTION))) k++;
    }
  }
  unsigned char *in_title = xcalloc(m->nterms ? m->nterms : 1, 1);
  size_t ntitle = mark_title_terms(m, in_title);
  double *centroid = xmalloc((n ? n : 1) * sizeof *centroid);
  double best_centroid = 0;
  for (size_t i = 0; i < n; i++) {
    const model_sentence *s = &m->sentences[i];
    double sum = 0;
    for (uint32_t k = 0; k < s->nvec; k++) sum += tw[s->vec[k].id];
    double len = X[6] == 1 ? (double)s->nwords : X[6] == 2 ? sqrt((double)s->nvec * w->length_floor) : (double)s->nvec;
    centroid[i] = sum / (len > w->length_floor ? len : w->length_floor);
    if (centroid[i] > best_centroid) best_centroid = centroid[i];
  }
  double *score = xmalloc((n ? n : 1) * sizeof *score);
  double narticles = (double)m->narticles;
  static const char *const cue_names[] = {"centroid", "position", "support", "title", "penalty", NULL};
  double *cues = algo_explain_cues(r, cue_names);
  for (size_t i = 0; i < n; i++) {
    const model_sentence *s = &m->sentences[i];
    double c = best_centroid > 0 ? centroid[i] / best_centroid : 0;
    uint32_t position = X[0] ? ppos[i] : s->position;
    double pos = 1.0 / pow(1.0 + position, w->position_decay);
    if (position == 0) pos += X[1];
    if (X[5]) pos += X[5] / sqrt(1.0 + art_rank[s->article]);
    double sup = narticles > 1 ? (double)(s->support - 1) / (narticles - 1) : 0;
    double title = 0;
    if (ntitle) {
      uint32_t hits = 0;
      for (uint32_t k = 0; k < s->nvec; k++) hits += in_title[s->vec[k].id];
      title = (double)hits / (double)(ntitle < 8 ? ntitle : 8);
      if (title > 1) title = 1;
    }
    double pen = penalty(s);
    score[i] = (w->centroid * c + w->position * pos + w->support * sup + w->title * title) * pen;
    double *cue = cues + i * 5;
    cue[0] = c, cue[1] = pos, cue[2] = sup, cue[3] = title, cue[4] = pen;
  }
  algo_select_mmr(r, score, w->lambda);
  free(score);
  free(centroid);
  free(ppos);
  free(art_rank);
  free(in_title);
  free(tw);
}
