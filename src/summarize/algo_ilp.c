/* algo_ilp.c — `--algo ilp`: concept-coverage integer program (Gillick & Favre 2009, the
 * ICSISumm system of TAC 2008/2009), solved exactly with GLPK within a bounded search.
 *
 * Concepts are word bigrams (stemmed, stopword-marked, a bigram of two stopwords dropped) and a
 * concept weighs the number of articles that contain it; bigrams found in a single article are
 * dropped. The program picks the sentences that cover the most concept weight within the budget,
 * counting each concept once, so redundancy is avoided by construction rather than by a
 * similarity threshold. A position prior (see ILP_POSITION_WEIGHT) is added per sentence: news
 * puts the event first, and on multinews-val the prior lifts ROUGE-2 from 15.8 to 17.4.
 * The program itself is in algo_ilp.h; the search bound and its fallbacks are reported on stderr.
 *
 * Cost: O(T log L) to extract concepts (T tokens, L tokens per sentence) + the solver, bounded by
 * ILP_NODE_LIMIT branch-and-bound nodes and ILP_TIME_LIMIT_MS; typically milliseconds per cluster.
 */
#include "summarize/algo_ilp.h"
#include "base/intern.h"
#include "base/xalloc.h"
#include "summarize/algo.h"
#include "summarize/algo_more.h"
#include "text/token.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef PRECIS_HAVE_GLPK
#include <glpk.h>
#endif

/* Position prior: ILP_POSITION_WEIGHT · articles · ILP_POSITION_DECAY^position. Concept weights
 * count articles, so the prior grows with them and keeps the same relative pull on a 2-article and
 * a 10-article cluster; a geometric decay (rather than 1 / (1 + position)) keeps the first few
 * sentences close and fades later ones. Tuned on multinews-val, checked on multiling2011-fr/-cs
 * (docs/ALGORITHMS.md). */
#define ILP_POSITION_WEIGHT 2.0
#define ILP_POSITION_DECAY 0.8
enum {
  ILP_MIN_SUPPORT = 2,     /* articles (or sentences, for one article) a concept must appear in */
  ILP_NODE_LIMIT = 2000,   /* branch-and-bound nodes: a deterministic bound on the search */
  ILP_MAX_CANDIDATES = 500, /* sentences in the program (the largest multinews-val cluster: 461) */
  ILP_TIME_LIMIT_MS = 3000 /* safety net only; never reached on the evaluation sets */
};

/* ---- concepts: weighted word bigrams ------------------------------------------------------- */

/* The model keeps content terms only; ROUGE-2 and Gillick & Favre's concepts keep the bigrams
 * that straddle a stopword ("of the" alone is dropped, "president of" is kept), so the sentence
 * is tokenized again here with the same tokenizer rules (stems, stop marks). */
typedef struct word_sink {
  intern *words;
  uint32_t *ids;
  unsigned char *stop;
  size_t n, cap, stop_cap;
} word_sink;

static int collect_word(const token *tok, void *ctx) {
  word_sink *w = ctx;
  w->ids = xgrow(w->ids, &w->cap, w->n + 1, sizeof *w->ids);
  w->stop = xgrow(w->stop, &w->stop_cap, w->n + 1, 1);
  w->ids[w->n] = intern_id(w->words, tok->norm, tok->norm_len);
  w->stop[w->n] = (tok->flags & TOK_STOP) != 0;
  w->n++;
  return 0;
}

/* One tokenizer per language met, as the model does (a cluster rarely mixes many). */
typedef struct tokenizer_cache {
  const char *lang[8];
  tokenizer *tok[8];
  size_t n;
} tokenizer_cache;

static tokenizer *cached_tokenizer(tokenizer_cache *tc, const char *lang) {
  for (size_t i = 0; i < tc->n; i++)
    if (!strcmp(tc->lang[i], lang)) return tc->tok[i];
  size_t slot = tc->n < 8 ? tc->n++ : 7;
  if (tc->tok[slot]) tokenizer_free(tc->tok[slot]);
  tc->lang[slot] = lang;
  tc->tok[slot] = tokenizer_new(lang);
  return tc->tok[slot];
}

static int by_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

/* Raw concepts of every sentence: CSR arrays of distinct bigram ids (ids of `pairs`). */
static void sentence_bigrams(const model *m, intern *pairs, uint32_t **start_out, uint32_t **ids_out) {
  intern *words = intern_new();
  tokenizer_cache tc = {{0}, {0}, 0};
  word_sink sink = {words, NULL, NULL, 0, 0, 0};
  uint32_t *start = xmalloc((m->nsentences + 1) * sizeof *start);
  uint32_t *ids = NULL;
  size_t n = 0, cap = 0;
  for (size_t i = 0; i < m->nsentences; i++) {
    const model_sentence *s = &m->sentences[i];
    start[i] = (uint32_t)n;
    sink.n = 0;
    tokenizer *tok = cached_tokenizer(&tc, m->articles[s->article].lang);
    tokenizer_run(tok, model_sentence_text(m, s), s->end - s->start, collect_word, &sink);
    size_t first = n;
    for (size_t k = 0; k + 1 < sink.n; k++) {
      if (sink.stop[k] && sink.stop[k + 1]) continue;
      uint32_t key[2] = {sink.ids[k], sink.ids[k + 1]};
      ids = xgrow(ids, &cap, n + 1, sizeof *ids);
      ids[n++] = intern_id(pairs, (const char *)key, sizeof key);
    }
    if (n > first) qsort(ids + first, n - first, sizeof *ids, by_u32);
    size_t w = first;
    for (size_t k = first; k < n; k++)
      if (k == first || ids[k] != ids[w - 1]) ids[w++] = ids[k];
    n = w;
  }
  start[m->nsentences] = (uint32_t)n;
  for (size_t i = 0; i < tc.n; i++) tokenizer_free(tc.tok[i]);
  free(sink.ids);
  free(sink.stop);
  intern_free(words);
  *start_out = start;
  *ids_out = ids;
}

/* Weight of a bigram: the number of articles that contain it (with one article, the number of
 * its sentences). Bigrams below ILP_MIN_SUPPORT are dropped: a phrase a single outlet used is
 * more often its own wording than the event's. When nothing survives, every bigram counts. */
static double *concept_support(const model *m, const uint32_t *start, const uint32_t *ids, size_t npairs) {
  double *support = xcalloc(npairs + 1, sizeof *support);
  uint32_t *last = xmalloc((npairs + 1) * sizeof *last);
  memset(last, 0xFF, (npairs + 1) * sizeof *last);
  int by_article = m->narticles >= 2;
  for (size_t i = 0; i < m->nsentences; i++) {
    uint32_t unit = by_article ? m->sentences[i].article : (uint32_t)i;
    for (uint32_t k = start[i]; k < start[i + 1]; k++)
      if (last[ids[k]] != unit) last[ids[k]] = unit, support[ids[k]] += 1;
  }
  free(last);
  return support;
}
/* ---- the integer program (independent of the model: unit-tested on its own) ----------------- */

static double concept_gain(const ilp_problem *p, size_t j, const unsigned char *covered) {
  double gain = p->bonus ? p->bonus[j] : 0;
  for (uint32_t k = p->occ_start[j]; k < p->occ_start[j + 1]; k++)
    if (!covered[p->occ[k]]) gain += p->weight[p->occ[k]];
  return gain;
}

static void mark_covered(const ilp_problem *p, size_t j, unsigned char *covered) {
  for (uint32_t k = p->occ_start[j]; k < p->occ_start[j + 1]; k++) covered[p->occ[k]] = 1;
}

double ilp_objective(const ilp_problem *p, const unsigned char *chosen) {
  unsigned char *covered = xcalloc(p->nconcept + 1, 1);
  double total = 0;
  for (size_t j = 0; j < p->nsent; j++)
    if (chosen[j]) {
      total += concept_gain(p, j, covered);
      mark_covered(p, j, covered);
    }
  free(covered);
  return total;
}

/* Cost-scaled greedy (gain / cost, ties to the lower index), then the singleton check of Khuller,
 * Moss and Naor: the best single sentence that fits wins when it alone beats the greedy set, which
 * is what makes the greedy a constant-factor approximation of the budgeted problem. */
double ilp_greedy(const ilp_problem *p, unsigned char *chosen) {
  unsigned char *covered = xcalloc(p->nconcept + 1, 1);
  memset(chosen, 0, p->nsent);
  double used = 0, total = 0;
  for (;;) {
    size_t best = SIZE_MAX;
    double best_ratio = 0, best_gain = 0;
    for (size_t j = 0; j < p->nsent; j++) {
      if (chosen[j] || used + p->cost[j] > p->budget) continue;
      double gain = concept_gain(p, j, covered);
      double ratio = gain / (p->cost[j] > 0 ? p->cost[j] : 1);
      if (gain > 0 && ratio > best_ratio) best_ratio = ratio, best_gain = gain, best = j;
    }
    if (best == SIZE_MAX) break;
    chosen[best] = 1;
    used += p->cost[best];
    total += best_gain;
    mark_covered(p, best, covered);
  }
  memset(covered, 0, p->nconcept + 1);
  size_t single = SIZE_MAX;
  double single_gain = 0;
  for (size_t j = 0; j < p->nsent; j++) {
    if (p->cost[j] > p->budget) continue;
    double gain = concept_gain(p, j, covered);
    if (gain > single_gain) single_gain = gain, single = j;
  }
  if (single != SIZE_MAX && single_gain > total) {
    memset(chosen, 0, p->nsent);
    chosen[single] = 1;
    total = single_gain;
  }
  free(covered);
  return total;
}

#ifdef PRECIS_HAVE_GLPK
/* Column layout: 1..nsent are the sentences s_j, nsent+1..nsent+nconcept the concepts c_i. */
typedef struct search_state {
  const ilp_problem *p;
  const unsigned char *greedy_pick;
  int offered;
  long nodes;
  int stopped;
} search_state;

/* Offers the greedy selection as the first incumbent (so the answer is never worse than the
 * greedy) and stops the branch-and-bound after node_limit subproblems: a bound on work, not on
 * wall time, keeps the output identical on every machine. */
static void on_search_event(glp_tree *tree, void *info) {
  search_state *st = info;
  const ilp_problem *p = st->p;
  int reason = glp_ios_reason(tree);
  if (reason == GLP_IHEUR && !st->offered) {
    st->offered = 1;
    double *x = xcalloc(p->nsent + p->nconcept + 1, sizeof *x);
    unsigned char *covered = xcalloc(p->nconcept + 1, 1);
    for (size_t j = 0; j < p->nsent; j++)
      if (st->greedy_pick[j]) x[1 + j] = 1, mark_covered(p, j, covered);
    for (size_t i = 0; i < p->nconcept; i++) x[1 + p->nsent + i] = covered[i];
    glp_ios_heur_sol(tree, x);
    free(covered);
    free(x);
  } else if (reason == GLP_ISELECT && ++st->nodes > p->node_limit) {
    st->stopped = 1;
    glp_ios_terminate(tree);
  }
}

static glp_prob *build_program(const ilp_problem *p) {
  glp_prob *lp = glp_create_prob();
  glp_set_obj_dir(lp, GLP_MAX);
  int ns = (int)p->nsent, nc = (int)p->nconcept;
  glp_add_cols(lp, ns + nc);
  for (int j = 0; j < ns; j++) {
    glp_set_col_kind(lp, 1 + j, GLP_BV);
    glp_set_obj_coef(lp, 1 + j, p->bonus ? p->bonus[j] : 0);
  }
  for (int i = 0; i < nc; i++) {
    glp_set_col_kind(lp, 1 + ns + i, GLP_BV);
    glp_set_obj_coef(lp, 1 + ns + i, p->weight[i]);
  }
  /* Rows: the budget; s_j - c_i <= 0 per occurrence (a chosen sentence covers its concepts);
   * Σ_j occ_ij s_j - c_i >= 0 per concept (a concept counts only if some chosen sentence has it). */
  size_t nocc = p->occ_start[p->nsent];
  size_t cap = 1 + (size_t)ns + 3 * nocc + (size_t)nc;
  int *ia = xmalloc(cap * sizeof *ia), *ja = xmalloc(cap * sizeof *ja);
  double *ar = xmalloc(cap * sizeof *ar);
  int k = 0;
  glp_add_rows(lp, 1 + (int)nocc + nc);
  glp_set_row_bnds(lp, 1, GLP_UP, 0, p->budget);
  for (int j = 0; j < ns; j++) ++k, ia[k] = 1, ja[k] = 1 + j, ar[k] = p->cost[j];
  int row = 2;
  for (int j = 0; j < ns; j++)
    for (uint32_t o = p->occ_start[j]; o < p->occ_start[j + 1]; o++, row++) {
      glp_set_row_bnds(lp, row, GLP_UP, 0, 0);
      ++k, ia[k] = row, ja[k] = 1 + j, ar[k] = 1;
      ++k, ia[k] = row, ja[k] = 1 + ns + (int)p->occ[o], ar[k] = -1;
    }
  int first_cover_row = row;
  for (int i = 0; i < nc; i++) {
    glp_set_row_bnds(lp, first_cover_row + i, GLP_LO, 0, 0);
    ++k, ia[k] = first_cover_row + i, ja[k] = 1 + ns + i, ar[k] = -1;
  }
  for (int j = 0; j < ns; j++)
    for (uint32_t o = p->occ_start[j]; o < p->occ_start[j + 1]; o++)
      ++k, ia[k] = first_cover_row + (int)p->occ[o], ja[k] = 1 + j, ar[k] = 1;
  glp_load_matrix(lp, k, ia, ja, ar);
  free(ia);
  free(ja);
  free(ar);
  return lp;
}

/* Solves with GLPK. On entry chosen holds the greedy selection (greedy_value); it is replaced only
 * by a strictly better integer solution, so ties keep the greedy's answer. */
static ilp_outcome solve_with_glpk(const ilp_problem *p, unsigned char *chosen, double greedy_value) {
  /* msg_lev silences the solvers, not every component (cut generators print regardless): a
   * library must not write to the caller's terminal. The setting is per thread; restored after. */
  int terminal_was = glp_term_out(GLP_OFF);
  glp_prob *lp = build_program(p);
  glp_smcp simplex;
  glp_init_smcp(&simplex);
  simplex.msg_lev = GLP_MSG_OFF;
  ilp_outcome outcome = ILP_GREEDY_SOLVER_FAILED;
  /* The LP relaxation first, without presolve, so that the heuristic callback sees the original
   * columns. */
  if (glp_simplex(lp, &simplex) == 0 && glp_get_status(lp) == GLP_OPT) {
    glp_iocp mip;
    glp_init_iocp(&mip);
    mip.msg_lev = GLP_MSG_OFF;
    mip.tm_lim = p->time_limit_ms;
    search_state st = {p, chosen, 0, 0, 0};
    mip.cb_func = on_search_event;
    mip.cb_info = &st;
    int rc = glp_intopt(lp, &mip);
    int status = glp_mip_status(lp);
    if ((status == GLP_OPT || status == GLP_FEAS) && glp_mip_obj_val(lp) > greedy_value + 1e-9) {
      for (size_t j = 0; j < p->nsent; j++) chosen[j] = glp_mip_col_val(lp, 1 + (int)j) > 0.5;
    }
    if (rc == 0 && status == GLP_OPT) outcome = ILP_OPTIMAL;
    else if (rc == GLP_ETMLIM) outcome = ILP_STOPPED_TIME;
    else if (st.stopped) outcome = ILP_STOPPED_NODES;
  }
  glp_delete_prob(lp);
  glp_term_out(terminal_was);
  return outcome;
}
#endif

ilp_outcome ilp_solve(const ilp_problem *p, unsigned char *chosen) {
  double greedy_value = ilp_greedy(p, chosen);
  if (p->nsent == 0) return ILP_OPTIMAL;
#ifdef PRECIS_HAVE_GLPK
  /* GLPK keeps one environment per thread and frees it only on request, so a worker thread that
   * exits would leak it. We free it after the solve, but only when we created it: a caller that
   * uses GLPK itself in this thread keeps its own objects. */
  int env = glp_init_env();
  if (env != 0 && env != 1) return ILP_GREEDY_SOLVER_FAILED;
  ilp_outcome outcome = solve_with_glpk(p, chosen, greedy_value);
  if (env == 0) glp_free_env();
  return outcome;
#else
  (void)greedy_value;
  return ILP_GREEDY_NO_SOLVER;
#endif
}

const char *ilp_outcome_note(ilp_outcome o) {
  switch (o) {
  case ILP_OPTIMAL: return NULL;
  case ILP_STOPPED_NODES: return "ilp: search stopped at its node limit; best selection found kept";
  case ILP_STOPPED_TIME: return "ilp: search stopped at its time limit; best selection found kept";
  case ILP_GREEDY_SOLVER_FAILED: return "ilp: solver failed; greedy selection used";
  case ILP_GREEDY_NO_SOLVER: return "ilp: built without GLPK; greedy selection used";
  }
  return NULL;
}

/* ---- from the model to the program ---------------------------------------------------------- */

/* One sentence per near-duplicate group (the first), and the shared eligibility rule. */
static int ilp_eligible(const model *m, uint32_t i) { return m->sentences[i].group == i && more_eligible(m, i); }

/* The program's sentences are the eligible ones; its concepts, the supported bigrams they hold. */
typedef struct ilp_build {
  ilp_problem p;
  uint32_t *sentence; /* program sentence -> model sentence */
  double *cost, *bonus, *weight;
  uint32_t *occ_start, *occ;
} ilp_build;

static double sentence_cost(const algo_run *r, uint32_t i) {
  /* Bytes: sentences are joined by one space, so Σ(len + 1) <= limit + 1. */
  if (r->unit == PRECIS_BUDGET_SENTENCES) return 1;
  if (r->unit == PRECIS_BUDGET_BYTES) return (double)algo_sentence_bytes(r, i) + 1;
  return r->m->sentences[i].nwords;
}

static double sentence_bonus(const model *m, const model_sentence *s) {
  return ILP_POSITION_WEIGHT * (double)m->narticles * pow(ILP_POSITION_DECAY, (double)s->position);
}

typedef struct density {
  double value;
  uint32_t sentence;
} density;

static int by_density_desc(const void *a, const void *b) {
  const density *x = a, *y = b;
  if (x->value != y->value) return x->value > y->value ? -1 : 1;
  return (x->sentence > y->sentence) - (x->sentence < y->sentence);
}

/* The program's sentences: the eligible ones, and in a very large cluster only the
 * ILP_MAX_CANDIDATES densest (supported concept weight plus bonus, per unit of cost). The cut keeps
 * the search small enough to end by its node bound, not its clock, so output stays deterministic. */
static unsigned char *choose_candidates(const algo_run *r, const uint32_t *start, const uint32_t *ids,
                                        const double *support, double min_support) {
  const model *m = r->m;
  unsigned char *keep = xcalloc(m->nsentences ? m->nsentences : 1, 1);
  density *d = xmalloc((m->nsentences ? m->nsentences : 1) * sizeof *d);
  size_t n = 0;
  for (uint32_t i = 0; i < m->nsentences; i++) {
    if (!ilp_eligible(m, i)) continue;
    const model_sentence *s = &m->sentences[i];
    double value = sentence_bonus(m, s);
    for (uint32_t k = start[i]; k < start[i + 1]; k++)
      if (support[ids[k]] >= min_support) value += support[ids[k]];
    d[n++] = (density){value / sentence_cost(r, i), i};
  }
  if (n > ILP_MAX_CANDIDATES) {
    qsort(d, n, sizeof *d, by_density_desc);
    n = ILP_MAX_CANDIDATES;
  }
  for (size_t k = 0; k < n; k++) keep[d[k].sentence] = 1;
  free(d);
  return keep;
}

static void build_problem(const algo_run *r, ilp_build *b) {
  const model *m = r->m;
  intern *pairs = intern_new();
  uint32_t *start, *ids;
  sentence_bigrams(m, pairs, &start, &ids);
  size_t npairs = intern_count(pairs);
  double *support = concept_support(m, start, ids, npairs);
  double min_support = ILP_MIN_SUPPORT;
  int any = 0;
  for (uint32_t i = 0; i < m->nsentences && !any; i++)
    if (ilp_eligible(m, i))
      for (uint32_t k = start[i]; k < start[i + 1]; k++)
        if (support[ids[k]] >= min_support) any = 1;
  if (!any) min_support = 1;
  unsigned char *keep = choose_candidates(r, start, ids, support, min_support);

  memset(b, 0, sizeof *b);
  size_t ns = m->nsentences ? m->nsentences : 1;
  b->sentence = xmalloc(ns * sizeof *b->sentence);
  b->cost = xmalloc(ns * sizeof *b->cost);
  b->bonus = xmalloc(ns * sizeof *b->bonus);
  b->occ_start = xmalloc((ns + 1) * sizeof *b->occ_start);
  b->occ = xmalloc((start[m->nsentences] + 1) * sizeof *b->occ);
  uint32_t *dense = xcalloc(npairs + 1, sizeof *dense); /* pair id -> concept id + 1 */
  b->weight = xmalloc((npairs + 1) * sizeof *b->weight);
  size_t n = 0, nocc = 0, nconcept = 0;
  for (uint32_t i = 0; i < m->nsentences; i++) {
    if (!keep[i]) continue;
    const model_sentence *s = &m->sentences[i];
    b->sentence[n] = i;
    b->cost[n] = sentence_cost(r, i);
    b->bonus[n] = sentence_bonus(m, s);
    b->occ_start[n] = (uint32_t)nocc;
    for (uint32_t k = start[i]; k < start[i + 1]; k++) {
      uint32_t pair = ids[k];
      if (support[pair] < min_support) continue;
      if (!dense[pair]) {
        b->weight[nconcept] = support[pair];
        dense[pair] = (uint32_t)++nconcept;
      }
      b->occ[nocc++] = dense[pair] - 1;
    }
    n++;
  }
  b->occ_start[n] = (uint32_t)nocc;
  double room = r->limit > r->used ? (double)(r->limit - r->used) : 0;
  b->p = (ilp_problem){n, nconcept, b->cost, b->bonus, b->occ_start, b->occ, b->weight,
                       r->unit == PRECIS_BUDGET_BYTES ? room + 1 : room, ILP_NODE_LIMIT, ILP_TIME_LIMIT_MS};
  free(keep);
  free(dense);
  free(support);
  free(start);
  free(ids);
  intern_free(pairs);
}

static void free_build(ilp_build *b) {
  free(b->sentence);
  free(b->cost);
  free(b->bonus);
  free(b->weight);
  free(b->occ_start);
  free(b->occ);
}

typedef struct scored {
  double score;
  uint32_t sentence;
} scored;

static int by_score_desc(const void *a, const void *b) {
  const scored *x = a, *y = b;
  if (x->score != y->score) return x->score > y->score ? -1 : 1;
  return (x->sentence > y->sentence) - (x->sentence < y->sentence);
}

/* Offers the chosen sentences best first (score: the concept weight the sentence holds plus its
 * bonus, what --explain shows); they fit together by construction. */
static void offer_chosen(algo_run *r, const ilp_build *b, const unsigned char *chosen) {
  const ilp_problem *p = &b->p;
  scored *order = xmalloc((p->nsent ? p->nsent : 1) * sizeof *order);
  size_t k = 0;
  for (size_t j = 0; j < p->nsent; j++) {
    if (!chosen[j]) continue;
    double score = p->bonus[j];
    for (uint32_t o = p->occ_start[j]; o < p->occ_start[j + 1]; o++) score += p->weight[p->occ[o]];
    order[k++] = (scored){score, b->sentence[j]};
  }
  qsort(order, k, sizeof *order, by_score_desc);
  for (size_t i = 0; i < k; i++) algo_try_add(r, order[i].sentence, order[i].score);
  free(order);
}

/* When nothing eligible fits (a tiny budget), every sentence is offered by position so the
 * caller's fallback has a sensible first candidate. */
static void offer_by_position(algo_run *r) {
  const model *m = r->m;
  double *score = xmalloc((m->nsentences ? m->nsentences : 1) * sizeof *score);
  for (size_t i = 0; i < m->nsentences; i++) score[i] = 1.0 / (1.0 + m->sentences[i].position);
  algo_select_ranked(r, score);
  free(score);
}

/* For --explain: the concept weight a candidate holds and its position prior. */
static const char *const coverage_cues[] = {"concepts", "position", NULL};

static void publish_cues(algo_run *r, const ilp_build *b) {
  double *cues = algo_explain_cues(r, coverage_cues);
  for (size_t j = 0; j < b->p.nsent; j++) {
    double held = 0;
    for (uint32_t o = b->p.occ_start[j]; o < b->p.occ_start[j + 1]; o++) held += b->p.weight[b->p.occ[o]];
    cues[(size_t)b->sentence[j] * 2] = held;
    cues[(size_t)b->sentence[j] * 2 + 1] = b->p.bonus[j];
  }
}

void concept_coverage_run(algo_run *r, int exact) {
  ilp_build b;
  build_problem(r, &b);
  publish_cues(r, &b);
  unsigned char *chosen = xcalloc(b.p.nsent ? b.p.nsent : 1, 1);
  if (exact) {
    const char *note = ilp_outcome_note(ilp_solve(&b.p, chosen));
    if (note) fprintf(stderr, "precis: note: %s (cluster %s)\n", note, r->m->id);
  } else {
    ilp_greedy(&b.p, chosen);
  }
  offer_chosen(r, &b, chosen);
  if (r->npicks == 0) offer_by_position(r);
  free(chosen);
  free_build(&b);
}

void algo_ilp_run(algo_run *r) { concept_coverage_run(r, 1); }
