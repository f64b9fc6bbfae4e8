/* algo.c — budget bookkeeping and the selection loops shared by the algorithms (see algo.h).
 * algo_try_add is O(1); algo_select_ranked is O(S log S); algo_select_mmr is lazy greedy:
 * O(S log S + E·(L + log S)) for E re-evaluations, at worst O(k·S·L) but usually near S log S.
 * The default algorithm's variant (algo_select_mmr_distinct) matches name forms in the redundancy
 * cosine and defers paraphrases of a pick; it adds at most two hash look-ups per distinct term
 * met by the selection. */
#include "summarize/algo.h"
#include "base/intern.h"
#include "base/xalloc.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

size_t algo_sentence_bytes(const algo_run *r, uint32_t sentence) {
  const model_sentence *s = &r->m->sentences[sentence];
  return r->bytes ? r->bytes[sentence] : (size_t)(s->end - s->start);
}

size_t algo_cost(const algo_run *r, uint32_t sentence) {
  switch (r->unit) {
  case PRECIS_BUDGET_SENTENCES: return 1;
  case PRECIS_BUDGET_BYTES: return algo_sentence_bytes(r, sentence) + (r->npicks ? 1 : 0); /* joined by a space */
  default: return r->m->sentences[sentence].nwords;
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

/* An inverted index over the picks' terms: the similarity of a candidate to every pick costs the
 * length of the postings of its own terms, not one merge per pick. */
typedef struct pick_index {
  uint32_t *head; /* by term id: first posting, UINT32_MAX = none */
  struct posting {
    uint32_t pick, count, next;
  } *postings;
  size_t npostings, cap;
  uint64_t *dot; /* by pick: accumulated dot product with the current candidate */
  uint32_t *touched;
} pick_index;

static void index_pick(pick_index *ix, const model_sentence *s, uint32_t pick) {
  for (uint32_t k = 0; k < s->nvec; k++) {
    ix->postings = xgrow(ix->postings, &ix->cap, ix->npostings + 1, sizeof *ix->postings);
    ix->postings[ix->npostings] = (struct posting){pick, s->vec[k].count, ix->head[s->vec[k].id]};
    ix->head[s->vec[k].id] = (uint32_t)ix->npostings++;
  }
}

static int too_similar(const algo_run *r, pick_index *ix, uint32_t sentence, double max_similarity) {
  const model_sentence *s = &r->m->sentences[sentence];
  size_t ntouched = 0;
  for (uint32_t k = 0; k < s->nvec; k++)
    for (uint32_t p = ix->head[s->vec[k].id]; p != UINT32_MAX; p = ix->postings[p].next) {
      uint32_t pick = ix->postings[p].pick;
      if (!ix->dot[pick]) ix->touched[ntouched++] = pick;
      ix->dot[pick] += (uint64_t)s->vec[k].count * ix->postings[p].count;
    }
  int similar = 0;
  for (size_t t = 0; t < ntouched; t++) {
    uint32_t pick = ix->touched[t];
    const model_sentence *picked = &r->m->sentences[r->picks[pick].sentence];
    if ((double)ix->dot[pick] / (s->norm * picked->norm) > max_similarity) similar = 1;
    ix->dot[pick] = 0;
  }
  return similar;
}

void algo_select_threshold(algo_run *r, const double *score, double max_similarity) {
  size_t n = r->m->nsentences;
  ranked *order = xmalloc((n ? n : 1) * sizeof *order);
  for (size_t i = 0; i < n; i++) order[i] = (ranked){score[i], (uint32_t)i};
  qsort(order, n, sizeof *order, by_score);
  pick_index ix = {xmalloc((r->m->nterms ? r->m->nterms : 1) * sizeof *ix.head), NULL, 0, 0,
                   xcalloc(n ? n : 1, sizeof *ix.dot), xmalloc((n ? n : 1) * sizeof *ix.touched)};
  memset(ix.head, 0xFF, (r->m->nterms ? r->m->nterms : 1) * sizeof *ix.head);
  for (size_t i = 0; i < n && !algo_full(r); i++) {
    uint32_t sentence = order[i].sentence;
    if (!r->offered) r->offered = 1, r->first_offered = (algo_pick){sentence, order[i].score};
    if (!algo_can_add(r, sentence) || too_similar(r, &ix, sentence, max_similarity)) continue;
    algo_try_add(r, sentence, order[i].score);
    index_pick(&ix, &r->m->sentences[sentence], (uint32_t)(r->npicks - 1));
  }
  free(ix.head);
  free(ix.postings);
  free(ix.dot);
  free(ix.touched);
  free(order);
}

/* One greedy MMR pass over the sentences still alive; excluded ones (score <= 0) take part only
 * when allow_excluded. */
/* Lazy greedy MMR. A sentence's value, score - lambda * max cosine to the picks, can only fall as
 * picks accumulate, so a max-heap of values computed against the picks known at the time is a
 * heap of upper bounds: the top is re-evaluated against the newer picks only, and taken when
 * its value is current. This selects exactly what the eager loop would (ties: lower index), but
 * touches far fewer sentences than the O(k·S) rescans of the eager form. */
typedef struct lazy_entry {
  double value;
  uint32_t sentence;
  uint32_t seen; /* picks its value accounts for */
} lazy_entry;

typedef struct lazy_heap {
  lazy_entry *items;
  size_t n;
} lazy_heap;

static int comes_first(const lazy_entry *x, const lazy_entry *y) {
  return x->value > y->value || (x->value == y->value && x->sentence < y->sentence);
}

static void heap_push(lazy_heap *h, lazy_entry e) {
  size_t i = h->n++;
  while (i > 0 && comes_first(&e, &h->items[(i - 1) / 2])) {
    h->items[i] = h->items[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  h->items[i] = e;
}

static lazy_entry heap_pop(lazy_heap *h) {
  lazy_entry top = h->items[0], last = h->items[--h->n];
  size_t i = 0;
  for (;;) {
    size_t child = 2 * i + 1;
    if (child >= h->n) break;
    if (child + 1 < h->n && comes_first(&h->items[child + 1], &h->items[child])) child++;
    if (!comes_first(&h->items[child], &last)) break;
    h->items[i] = h->items[child];
    i = child;
  }
  if (h->n) h->items[i] = last;
  return top;
}

/* Redundancy compares name forms, not only stems: the stemmer leaves "Azerbaijani" and
 * "Azerbaijan", "Armenian" and "Armenia" apart, so two paraphrases of one fact written with
 * different forms of the same names look novel to each other. For the redundancy cosine only
 * (scores keep the stems), a term of at least 7 letters whose form without its last one or two
 * letters is also a term of the cluster counts as that shorter term; the kept prefix must have
 * at least 6 letters (code points), which leaves short words alone. Computed lazily, per term
 * met by the selection: at most two hash look-ups each. */
enum { NAME_PREFIX_MIN = 6, NAME_SUFFIX_MAX = 2 };

typedef struct redundancy_space {
  int name_forms;    /* 0: plain stems and no paraphrase deferral (algo_select_mmr) */
  uint32_t *canon;   /* by term id: the term it counts as, UINT32_MAX = not computed yet */
  uint32_t *dense;   /* by canonical id: the counts of the sentence being compared, else 0 */
  double *norm;      /* by sentence: norm over canonical ids, 0 = not computed yet */
} redundancy_space;

static size_t utf8_letters(const char *s, size_t len) {
  size_t n = 0;
  for (size_t k = 0; k < len; k++) n += ((unsigned char)s[k] & 0xC0) != 0x80;
  return n;
}

static uint32_t canonical_term(const model *m, redundancy_space *rs, uint32_t id) {
  if (!rs->name_forms) return id;
  if (rs->canon[id] != UINT32_MAX) return rs->canon[id];
  const char *str = intern_str(m->terms, id);
  size_t len = intern_len(m->terms, id), cut = len;
  uint32_t canon = id;
  for (int drop = 0; drop < NAME_SUFFIX_MAX && cut > 0; drop++) {
    do cut--; while (cut > 0 && ((unsigned char)str[cut] & 0xC0) == 0x80);
    if (utf8_letters(str, cut) < NAME_PREFIX_MIN) break;
    uint32_t shorter = intern_find(m->terms, str, cut);
    if (shorter != UINT32_MAX && shorter < m->nterms) canon = shorter;
  }
  return rs->canon[id] = canon;
}

/* Adds the sentence's counts into rs->dense by canonical id; returns its canonical norm. */
static double scatter(const model *m, redundancy_space *rs, const model_sentence *s) {
  double sumsq = 0;
  for (uint32_t k = 0; k < s->nvec; k++) {
    uint32_t *slot = &rs->dense[canonical_term(m, rs, s->vec[k].id)];
    double before = *slot;
    *slot += s->vec[k].count;
    sumsq += (double)*slot * *slot - before * before;
  }
  return sqrt(sumsq);
}

static void unscatter(const model *m, redundancy_space *rs, const model_sentence *s) {
  for (uint32_t k = 0; k < s->nvec; k++) rs->dense[canonical_term(m, rs, s->vec[k].id)] = 0;
}

static double canonical_norm(const model *m, redundancy_space *rs, uint32_t sentence) {
  if (rs->norm[sentence] == 0) {
    rs->norm[sentence] = scatter(m, rs, &m->sentences[sentence]);
    unscatter(m, rs, &m->sentences[sentence]);
  }
  return rs->norm[sentence];
}

/* Raises redundancy[i] to the max cosine (over canonical terms) between sentence i and
 * picks[from..]. Sentence i is scattered into a dense array, so each cosine is one pass over the
 * pick's terms. */
static void raise_redundancy(const algo_run *r, uint32_t i, size_t from, double *redundancy, redundancy_space *rs) {
  const model *m = r->m;
  const model_sentence *s = &m->sentences[i];
  if (s->norm == 0) return;
  for (size_t p = from; p < r->npicks; p++) canonical_norm(m, rs, r->picks[p].sentence);
  double norm = scatter(m, rs, s);
  rs->norm[i] = norm;
  for (size_t p = from; p < r->npicks; p++) {
    const model_sentence *picked = &m->sentences[r->picks[p].sentence];
    if (picked->norm == 0) continue;
    uint64_t dot = 0;
    for (uint32_t k = 0; k < picked->nvec; k++)
      dot += (uint64_t)picked->vec[k].count * rs->dense[canonical_term(m, rs, picked->vec[k].id)];
    double sim = (double)dot / (norm * rs->norm[r->picks[p].sentence]);
    if (sim > redundancy[i]) redundancy[i] = sim;
  }
  unscatter(m, rs, s);
}

/* A candidate this close to a pick (canonical cosine) restates it: a paraphrase of the same fact
 * ("X urged A and B to end clashes" / "X has urged A-ish and B-ish leaders to establish a
 * ceasefire") shares about half its terms, which the linear penalty (at most lambda) does not
 * outweigh against salience differences of a few tenths. Such a candidate is deferred: taken only
 * when nothing that is not a restatement fits. */
#define PARAPHRASE_COSINE 0.5
#define PARAPHRASE_DEFER 1e6

static double mmr_value(const redundancy_space *rs, double score, double lambda, double redundancy) {
  return score - lambda * redundancy - (rs->name_forms && redundancy >= PARAPHRASE_COSINE ? PARAPHRASE_DEFER : 0);
}

static void mmr_pass(algo_run *r, const double *score, double lambda, int allow_excluded, double *redundancy,
                     lazy_heap *h, redundancy_space *rs) {
  const model *m = r->m;
  h->n = 0;
  for (size_t i = 0; i < m->nsentences; i++)
    if (score[i] > 0 || allow_excluded)
      heap_push(h, (lazy_entry){mmr_value(rs, score[i], lambda, redundancy[i]), (uint32_t)i, (uint32_t)r->npicks});
  while (h->n && !algo_full(r)) {
    lazy_entry top = heap_pop(h);
    /* Budgets only shrink and groups only fill: a refused sentence never fits later. */
    if (!algo_can_add(r, top.sentence)) continue;
    if (top.seen < r->npicks) {
      raise_redundancy(r, top.sentence, top.seen, redundancy, rs);
      top.value = mmr_value(rs, score[top.sentence], lambda, redundancy[top.sentence]);
      top.seen = (uint32_t)r->npicks;
      heap_push(h, top);
      continue;
    }
    algo_try_add(r, top.sentence, score[top.sentence]);
  }
}

static void select_mmr(algo_run *r, const double *score, double lambda, int name_forms) {
  size_t n = r->m->nsentences;
  double *redundancy = xcalloc(n ? n : 1, sizeof *redundancy);
  lazy_heap heap = {xmalloc((n ? n : 1) * sizeof *heap.items), 0};
  size_t nterms = r->m->nterms ? r->m->nterms : 1;
  redundancy_space rs = {name_forms, xmalloc(nterms * sizeof *rs.canon), xcalloc(nterms, sizeof *rs.dense),
                         xcalloc(n ? n : 1, sizeof *rs.norm)};
  memset(rs.canon, 0xFF, nterms * sizeof *rs.canon);
  mmr_pass(r, score, lambda, 0, redundancy, &heap, &rs);
  if (r->npicks == 0) mmr_pass(r, score, lambda, 1, redundancy, &heap, &rs); /* only excluded ones fit */
  free(rs.canon);
  free(rs.dense);
  free(rs.norm);
  if (r->npicks == 0 && !r->offered && n > 0) {
    /* Nothing fit: remember the best sentence for the caller's fallback. */
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
      if (score[i] > score[best]) best = i;
    r->offered = 1;
    r->first_offered = (algo_pick){(uint32_t)best, score[best]};
  }
  free(heap.items);
  free(redundancy);
}

void algo_select_mmr(algo_run *r, const double *score, double lambda) { select_mmr(r, score, lambda, 0); }

void algo_select_mmr_distinct(algo_run *r, const double *score, double lambda) { select_mmr(r, score, lambda, 1); }

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
