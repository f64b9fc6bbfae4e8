/* summarize.c — precis_summarize: budget, algorithm, fallback, ordering, and the summary object.
 *
 * Budget rules (docs/ALGORITHMS.md): the budget is never exceeded. A ratio R becomes a word
 * budget of floor(R · distinct words), distinct words counting one sentence per near-duplicate
 * group (at least 1). When not even one whole sentence fits (a tiny word or byte budget), the
 * algorithm's best sentence is cut at a word boundary and ends with "…" (U+2026, which is no word,
 * and whose 3 bytes are counted in a byte budget); the summary is then marked truncated.
 * Order: chronological = dated articles by date, then undated ones in input order, sentences in
 * text order, a sentence carried by several articles placed at its chronologically first copy;
 * rank = descending score (ties: corpus order).
 * Compression (opt->compress, summarize/compress.h): every sentence's cuts are computed first and
 * the algorithm runs on a view of the corpus whose sentences carry the word counts of what
 * remains (the corpus itself is not touched) and their printed bytes (algo_run.bytes), so word
 * and byte budgets count what is printed; picks are rendered compressed and list the ranges cut.
 * The truncation fallback cuts the whole sentence as usual.
 * Cost: the algorithm's, plus O(A log A + k·(log k + copies)) to order k picks among A articles;
 * compression adds O(corpus bytes).
 */
#include "api/options.h"
#include "base/error.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "model/model.h"
#include "summarize/algo.h"
#include "summarize/compress.h"
#include "summarize/summary.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char ellipsis[] = "\xE2\x80\xA6";

static size_t budget_limit(const model *m, const precis_options *opt) {
  if (opt->unit == PRECIS_BUDGET_RATIO) {
    double words = floor(opt->amount * (double)m->distinct_words);
    return words < 1 ? 1 : (size_t)words;
  }
  return (size_t)opt->amount;
}

/* ---- ordering --------------------------------------------------------------------------------- */

/* A pick is placed where its story first appears: at the chronologically first article carrying
 * it (or a near-duplicate), at that copy's position. */
typedef struct order_item {
  algo_pick pick;
  uint32_t anchor_rank; /* chronological rank of that article */
  uint32_t position;    /* position of the copy in it */
} order_item;

typedef struct dated_article {
  const char *date; /* "" when undated */
  uint32_t index;
} dated_article;

static int dated_cmp(const void *pa, const void *pb) {
  const dated_article *a = pa, *b = pb;
  if (*a->date && !*b->date) return -1;
  if (!*a->date && *b->date) return 1;
  int c = strcmp(a->date, b->date);
  if (c) return c;
  return a->index < b->index ? -1 : a->index > b->index;
}

/* Chronological rank of every article: dated ones by date, then undated ones, ties in input
 * order. O(A log A). */
static uint32_t *article_ranks(const model *m) {
  size_t n = m->narticles;
  dated_article *order = xmalloc((n ? n : 1) * sizeof *order);
  uint32_t *rank = xmalloc((n ? n : 1) * sizeof *rank);
  for (size_t i = 0; i < n; i++) order[i] = (dated_article){m->articles[i].date, (uint32_t)i};
  qsort(order, n, sizeof *order, dated_cmp);
  for (size_t i = 0; i < n; i++) rank[order[i].index] = (uint32_t)i;
  free(order);
  return rank;
}

static order_item anchor_of(const model *m, const uint32_t *rank, algo_pick pick) {
  const model_sentence *s = &m->sentences[pick.sentence];
  const model_group_sources *g = model_sources(m, pick.sentence);
  order_item it = {pick, rank[s->article], s->position};
  for (uint32_t k = 0; k < g->n; k++) {
    size_t a = g->articles[k];
    if (rank[a] >= it.anchor_rank) continue;
    const model_article *art = &m->articles[a];
    for (uint32_t i = art->first; i < art->first + art->count; i++)
      if (m->sentences[i].group == s->group) {
        it.anchor_rank = rank[a];
        it.position = m->sentences[i].position;
        break;
      }
  }
  return it;
}

static int chrono_cmp(const void *pa, const void *pb) {
  const order_item *x = pa, *y = pb;
  if (x->anchor_rank != y->anchor_rank) return x->anchor_rank < y->anchor_rank ? -1 : 1;
  if (x->position != y->position) return x->position < y->position ? -1 : 1;
  return x->pick.sentence < y->pick.sentence ? -1 : x->pick.sentence > y->pick.sentence;
}

static int rank_cmp(const void *pa, const void *pb) {
  const order_item *x = pa, *y = pb;
  if (x->pick.score != y->pick.score) return x->pick.score > y->pick.score ? -1 : 1;
  return x->pick.sentence < y->pick.sentence ? -1 : x->pick.sentence > y->pick.sentence;
}

static void order_picks(const model *m, algo_pick *picks, size_t n, precis_order order) {
  uint32_t *rank = article_ranks(m);
  order_item *items = xmalloc((n ? n : 1) * sizeof *items);
  for (size_t i = 0; i < n; i++) items[i] = anchor_of(m, rank, picks[i]);
  qsort(items, n, sizeof *items, order == PRECIS_ORDER_RANK ? rank_cmp : chrono_cmp);
  for (size_t i = 0; i < n; i++) picks[i] = items[i].pick;
  free(items);
  free(rank);
}

/* ---- compression ------------------------------------------------------------------------------ */

/* The sentences as the algorithms see them under --compress: copies of the corpus's, with nwords
 * the words of what remains; *bytes_out gets each sentence's printed bytes and *cuts_out its cuts
 * (none when they would save no word). O(corpus bytes). Caller frees all three. */
static model_sentence *compressed_sentences(model *m, compress_result **cuts_out, uint32_t **bytes_out) {
  size_t n = m->nsentences;
  compress_result *cuts = xcalloc(n, sizeof *cuts);
  uint32_t *bytes = xmalloc(n * sizeof *bytes);
  model_sentence *sentences = xmalloc(n * sizeof *sentences);
  memcpy(sentences, m->sentences, n * sizeof *sentences);
  char *kept = NULL;
  size_t cap = 0;
  for (size_t i = 0; i < n; i++) {
    model_sentence *s = &sentences[i];
    const char *lang = m->articles[s->article].lang;
    const char *text = model_sentence_text(m, s);
    size_t len = s->end - s->start;
    bytes[i] = (uint32_t)len;
    if (!compress_sentence(text, len, lang, &cuts[i])) continue;
    kept = xgrow(kept, &cap, len, 1);
    size_t kept_len = compress_apply(text, len, &cuts[i], kept);
    uint32_t words = model_count_words(m, lang, kept, kept_len);
    if (words == 0 || words >= s->nwords) {
      memset(&cuts[i], 0, sizeof cuts[i]);
    } else {
      s->nwords = words;
      bytes[i] = (uint32_t)kept_len;
    }
  }
  free(kept);
  *cuts_out = cuts;
  *bytes_out = bytes;
  return sentences;
}

/* ---- building the summary --------------------------------------------------------------------- */

/* Item k of the summary: pick, cut at `cut` bytes by the fallback (0: whole), or compressed by
 * `cuts` (NULL: no compression). `words` is what the sentence counts in the summary's words. */
static void fill_item(precis_summary *s, const model *m, size_t k, algo_pick pick, size_t cut,
                      const compress_result *cuts, uint32_t words) {
  const model_sentence *ms = &m->sentences[pick.sentence];
  precis_summary_sentence *it = &s->items[k];
  size_t len = cut ? cut : (size_t)(ms->end - ms->start);
  const char *src = model_sentence_text(m, ms);
  if (cut) {
    char *t = arena_alloc(s->arena, len + sizeof ellipsis);
    memcpy(t, src, len);
    memcpy(t + len, ellipsis, sizeof ellipsis);
    it->text = t;
    it->len = len + sizeof ellipsis - 1;
  } else if (cuts && cuts->ncut) {
    char *t = arena_alloc(s->arena, len + 1);
    it->len = compress_apply(src, len, cuts, t);
    t[it->len] = '\0';
    it->text = t;
    size_t *removed = arena_alloc(s->arena, 2 * cuts->ncut * sizeof *removed);
    for (size_t c = 0; c < cuts->ncut; c++) removed[2 * c] = cuts->cut[c].start, removed[2 * c + 1] = cuts->cut[c].end;
    it->removed = removed;
    it->nremoved = cuts->ncut;
  } else {
    it->text = arena_strndup(s->arena, src, len);
    it->len = len;
  }
  it->article = ms->article;
  it->start = ms->start;
  it->end = ms->start + len;
  it->score = pick.score;
  const model_group_sources *g = model_sources(m, pick.sentence);
  size_t *sources = arena_alloc(s->arena, (g->n ? g->n : 1) * sizeof *sources);
  memcpy(sources, g->articles, g->n * sizeof *sources);
  it->sources = sources;
  it->nsources = g->n;
  s->sentence_ids[k] = pick.sentence;
  s->words += cut ? 0 : words;
}

static void copy_cues(precis_summary *s, const algo_run *run) {
  if (!run->cues || !run->ncues) return;
  s->cue_names = run->cue_names;
  s->ncues = run->ncues;
  s->cues = arena_alloc(s->arena, s->n * s->ncues * sizeof *s->cues + 1);
  for (size_t k = 0; k < s->n; k++)
    memcpy(s->cues + k * s->ncues, run->cues + (size_t)s->sentence_ids[k] * run->ncues, s->ncues * sizeof *s->cues);
}

/* Cut length (bytes) of the best sentence so that it fits the budget with "…", or 0 if it cannot. */
static size_t fallback_cut(model *m, const algo_run *run, size_t *words) {
  const model_sentence *ms = &m->sentences[run->first_offered.sentence];
  const char *text = model_sentence_text(m, ms);
  size_t full = ms->end - ms->start, cut = 0;
  if (run->unit == PRECIS_BUDGET_BYTES) {
    if (run->limit <= sizeof ellipsis - 1) return 0;
    size_t room = utf8_clip(text, run->limit - (sizeof ellipsis - 1));
    cut = room;
    while (cut > 0 && text[cut] != ' ' && cut < full) cut--; /* back to a word boundary */
    while (cut > 0 && text[cut - 1] == ' ') cut--;
    if (cut == 0) cut = room; /* a first word longer than the budget: cut inside it */
  } else {
    size_t max_words = run->limit < ms->nwords ? run->limit : ms->nwords;
    cut = model_word_prefix(m, run->first_offered.sentence, (uint32_t)max_words);
    *words = max_words;
  }
  return cut < full ? cut : 0;
}

static void free_view(const model *m, model *view, compress_result *cuts, uint32_t *bytes) {
  if (view->sentences != m->sentences) free(view->sentences);
  free(cuts);
  free(bytes);
}

precis_summary *precis_summarize(precis_corpus *c, const precis_options *opt, precis_error *err) {
  if (!c || !opt) {
    err_set(err, PRECIS_ERR_USAGE, "precis_summarize needs a corpus and options");
    return NULL;
  }
  if (c->narticles == 0) {
    err_set(err, PRECIS_ERR_INPUT, "cluster %s has no articles", *c->id ? c->id : "(unnamed)");
    return NULL;
  }
  model_prepare(c);
  if (c->nsentences == 0) {
    err_set(err, PRECIS_ERR_INPUT, "cluster %s has no prose to summarize", *c->id ? c->id : "(unnamed)");
    return NULL;
  }
  const summarize_algo *algo = &algo_table[opt->algo < algo_count ? opt->algo : 0];
  /* With compression the algorithm reads a view: the corpus with compressed word and byte counts. */
  model view = *c;
  compress_result *cuts = NULL;
  uint32_t *bytes = NULL;
  if (opt->compress) view.sentences = compressed_sentences(c, &cuts, &bytes);
  algo_run run = {.m = cuts ? &view : c, .seed = opt->seed, .bytes = bytes};
  run.unit = opt->unit == PRECIS_BUDGET_RATIO ? PRECIS_BUDGET_WORDS : opt->unit;
  run.limit = budget_limit(c, opt);
  run.group_used = xcalloc(c->nsentences, 1);
  algo->run(&run);

  size_t cut = 0, cut_words = 0;
  if (run.npicks == 0) {
    if (!run.offered) run.offered = 1, run.first_offered = (algo_pick){0, 0};
    cut = fallback_cut(c, &run, &cut_words);
    if (cut == 0) {
      free(run.group_used);
      free(run.picks);
      free(run.cues);
      free_view(c, &view, cuts, bytes);
      err_set(err, PRECIS_ERR_USAGE, "the budget is too small for any text of cluster %s",
              *c->id ? c->id : "(unnamed)");
      return NULL;
    }
    run.picks = xgrow(run.picks, &run.cap, 1, sizeof *run.picks);
    run.picks[run.npicks++] = run.first_offered;
  }
  order_picks(c, run.picks, run.npicks, opt->order);

  precis_summary *s = xcalloc(1, sizeof *s);
  s->arena = arena_new();
  s->algo = algo->name;
  s->unit = opt->unit;
  s->amount = opt->amount;
  s->limit = run.limit;
  s->compressed = cuts != NULL;
  s->n = run.npicks;
  s->items = arena_calloc(s->arena, s->n, sizeof *s->items);
  s->sentence_ids = arena_calloc(s->arena, s->n, sizeof *s->sentence_ids);
  for (size_t k = 0; k < s->n; k++) {
    uint32_t id = run.picks[k].sentence;
    fill_item(s, c, k, run.picks[k], cut, cuts ? &cuts[id] : NULL, view.sentences[id].nwords);
  }
  copy_cues(s, &run);
  if (cut) {
    s->truncated = 1;
    s->words = cut_words;
    s->used = run.unit == PRECIS_BUDGET_BYTES ? s->items[0].len : run.unit == PRECIS_BUDGET_WORDS ? cut_words : 1;
  } else {
    s->used = run.used;
  }
  free_view(c, &view, cuts, bytes);
  free(run.group_used);
  free(run.picks);
  free(run.cues);
  return s;
}

size_t precis_summary_count(const precis_summary *s) { return s ? s->n : 0; }
const precis_summary_sentence *precis_summary_get(const precis_summary *s, size_t i) {
  return s && i < s->n ? &s->items[i] : NULL;
}
const char *precis_summary_algo(const precis_summary *s) { return s ? s->algo : ""; }
void precis_summary_free(precis_summary *s) {
  if (!s) return;
  arena_free(s->arena);
  free(s);
}
