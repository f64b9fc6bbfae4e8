/* prepare.c — cluster-wide statistics derived once before selection (see model.h).
 *
 * Sentence vectors (distinct content terms with counts, sorted by id) make similarity a linear
 * merge; term frequencies over the cluster and article frequencies feed the salience scores.
 * Cost: O(T log L) for T term occurrences (sorting each sentence's L terms) + near-duplicates.
 */
#include "model/model.h"
#include "base/xalloc.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

static void sort_ids(uint32_t *v, uint32_t n) {
  /* Sentences are short: insertion sort beats qsort's call overhead below a few dozen items. */
  for (uint32_t i = 1; i < n; i++) {
    uint32_t x = v[i], j = i;
    while (j > 0 && v[j - 1] > x) v[j] = v[j - 1], j--;
    v[j] = x;
  }
}

static void build_vector(model *m, model_sentence *s, uint32_t *scratch) {
  memcpy(scratch, s->seq, s->nseq * sizeof *scratch);
  sort_ids(scratch, s->nseq);
  s->vec = arena_alloc(m->arena, (s->nseq ? s->nseq : 1) * sizeof *s->vec);
  s->nvec = 0;
  double sq = 0;
  for (uint32_t i = 0; i < s->nseq;) {
    uint32_t j = i;
    while (j < s->nseq && scratch[j] == scratch[i]) j++;
    s->vec[s->nvec++] = (model_term){scratch[i], j - i};
    sq += (double)(j - i) * (j - i);
    i = j;
  }
  s->norm = sqrt(sq);
}

void model_prepare(model *m) {
  if (m->prepared_articles == m->narticles && m->term_tf) return;
  m->nterms = (uint32_t)intern_count(m->terms);
  size_t nt = m->nterms ? m->nterms : 1;
  m->term_tf = arena_calloc(m->arena, nt, sizeof *m->term_tf);
  m->term_df = arena_calloc(m->arena, nt, sizeof *m->term_df);
  uint32_t *last_article = xmalloc(nt * sizeof *last_article);
  uint32_t longest = 1;
  for (size_t i = 0; i < m->nsentences; i++)
    if (m->sentences[i].nseq > longest) longest = m->sentences[i].nseq;
  uint32_t *scratch = xmalloc(longest * sizeof *scratch);
  memset(last_article, 0xFF, nt * sizeof *last_article);

  m->total_words = 0;
  for (size_t i = 0; i < m->nsentences; i++) {
    model_sentence *s = &m->sentences[i];
    build_vector(m, s, scratch);
    m->total_words += s->nwords;
    for (uint32_t k = 0; k < s->nvec; k++) {
      uint32_t id = s->vec[k].id;
      m->term_tf[id] += s->vec[k].count;
      if (last_article[id] != s->article) {
        last_article[id] = s->article;
        m->term_df[id]++;
      }
    }
  }
  free(scratch);
  free(last_article);

  model_find_duplicates(m);
  m->distinct_words = 0;
  for (size_t i = 0; i < m->nsentences; i++)
    if (m->sentences[i].group == i) m->distinct_words += m->sentences[i].nwords;
  m->prepared_articles = m->narticles;
}

uint32_t model_overlap(const model_term *a, uint32_t na, const model_term *b, uint32_t nb) {
  uint32_t i = 0, j = 0, shared = 0;
  while (i < na && j < nb) {
    if (a[i].id < b[j].id) i++;
    else if (a[i].id > b[j].id) j++;
    else shared++, i++, j++;
  }
  return shared;
}

double model_cosine(const model_sentence *a, const model_sentence *b) {
  if (a->norm == 0 || b->norm == 0) return 0;
  uint32_t i = 0, j = 0;
  double dot = 0;
  while (i < a->nvec && j < b->nvec) {
    if (a->vec[i].id < b->vec[j].id) i++;
    else if (a->vec[i].id > b->vec[j].id) j++;
    else dot += (double)a->vec[i].count * b->vec[j].count, i++, j++;
  }
  return dot / (a->norm * b->norm);
}

const model_group_sources *model_sources(const model *m, uint32_t sentence) {
  return &m->groups[m->sentences[sentence].group];
}
