/* test_algo_more.h — running one selection algorithm directly on a prepared corpus, for the
 * tests of the additional algorithms (test_algo_*.c): they check the algorithm itself, whether or
 * not it is registered in the algorithm table. */
#ifndef TEST_ALGO_MORE_H
#define TEST_ALGO_MORE_H
#include "model/model.h"
#include "summarize/algo.h"
#include "summarize/algo_more.h"
#include <stdlib.h>
#include <string.h>

static inline algo_run algo_test_run(precis_corpus *c, void (*run)(algo_run *), precis_budget_unit unit,
                                     size_t limit) {
  model_prepare(c);
  algo_run r;
  memset(&r, 0, sizeof r);
  r.m = c;
  r.seed = 1;
  r.unit = unit;
  r.limit = limit;
  r.group_used = calloc(c->nsentences ? c->nsentences : 1, 1);
  run(&r);
  return r;
}

static inline void algo_test_free(algo_run *r) {
  free(r->group_used);
  free(r->picks);
  free(r->cues);
}

/* Words, sentences or bytes of the picks, as algo_cost counts them. */
static inline size_t algo_test_used(const algo_run *r) {
  size_t used = 0;
  for (size_t k = 0; k < r->npicks; k++) {
    const model_sentence *s = &r->m->sentences[r->picks[k].sentence];
    if (r->unit == PRECIS_BUDGET_SENTENCES) used += 1;
    else if (r->unit == PRECIS_BUDGET_BYTES) used += (s->end - s->start) + (k ? 1 : 0);
    else used += s->nwords;
  }
  return used;
}

/* 1 when no two picks share a near-duplicate group. */
static inline int algo_test_groups_distinct(const algo_run *r) {
  for (size_t a = 0; a < r->npicks; a++)
    for (size_t b = a + 1; b < r->npicks; b++)
      if (r->m->sentences[r->picks[a].sentence].group == r->m->sentences[r->picks[b].sentence].group) return 0;
  return 1;
}

/* Budgets never exceeded, groups once, the run's own bookkeeping right, and the same picks on a
 * second run (determinism), over word, sentence and byte budgets. */
static inline void algo_test_budgets(precis_corpus *c, void (*run)(algo_run *)) {
  static const struct {
    precis_budget_unit unit;
    size_t from, to, step;
  } plans[] = {{PRECIS_BUDGET_WORDS, 3, 150, 7}, {PRECIS_BUDGET_SENTENCES, 1, 8, 1}, {PRECIS_BUDGET_BYTES, 30, 1200, 61}};
  for (size_t p = 0; p < sizeof plans / sizeof plans[0]; p++)
    for (size_t limit = plans[p].from; limit <= plans[p].to; limit += plans[p].step) {
      algo_run a = algo_test_run(c, run, plans[p].unit, limit);
      algo_run b = algo_test_run(c, run, plans[p].unit, limit);
      assert_true(algo_test_used(&a) <= limit);
      assert_int_equal(algo_test_used(&a), a.used);
      assert_true(algo_test_groups_distinct(&a));
      assert_true(a.offered); /* something was offered: the caller's fallback has a candidate */
      assert_int_equal(a.npicks, b.npicks);
      for (size_t k = 0; k < a.npicks; k++) assert_int_equal(a.picks[k].sentence, b.picks[k].sentence);
      algo_test_free(&a);
      algo_test_free(&b);
    }
}

/* 1 when some pick's text starts with `prefix`. */
static inline int algo_test_picked(const algo_run *r, const char *prefix) {
  for (size_t k = 0; k < r->npicks; k++) {
    const model_sentence *s = &r->m->sentences[r->picks[k].sentence];
    if (!strncmp(model_sentence_text(r->m, s), prefix, strlen(prefix))) return 1;
  }
  return 0;
}
#endif
